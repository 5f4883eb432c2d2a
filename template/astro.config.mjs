// @ts-check
import { defineConfig } from 'astro/config';
import explainer from 'explainer-engine';

export default defineConfig({ integrations: [explainer({ content: './content' })] });
