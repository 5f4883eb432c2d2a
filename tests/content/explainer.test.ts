/**
 * The explainer in content/, and its site as the global setup built it: the engine's own
 * content suite, exactly as every new explainer runs it. Nothing here names this article.
 */
import { inject } from 'vitest';
import { describeExplainer } from '../../src/testing/content-suite.ts';

describeExplainer({ content: 'content', site: () => inject('contentSiteDir') });
