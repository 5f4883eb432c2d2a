// The virtual modules the explainer integration serves (src/integration/vite-plugin.ts).
declare module 'virtual:explainer/input' {
  export const input: import('./model/model.ts').ExplainerInput | null;
  export const contentPath: string;
  export const publicFiles: string[];
}
declare module 'virtual:explainer/topics' {
  export const topics: Record<
    string,
    () => Promise<{
      default: import('astro/runtime/server/index.js').AstroComponentFactory;
      frontmatter?: { hasCode?: boolean };
    }>
  >;
}
