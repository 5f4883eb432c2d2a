// The engine's tests of this explainer's content and of the site `astro build` wrote to dist/.
import { describeExplainer } from 'explainer-engine/testing';

describeExplainer({ content: 'content', site: 'dist' });
