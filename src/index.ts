/**
 * The explainer engine, as an Astro integration:
 *
 *   import explainer from 'explainer-engine';
 *   export default defineConfig({ integrations: [explainer({ content: './content' })] });
 */
export { default } from './integration/index.ts';
export type { ExplainerOptions } from './integration/index.ts';
