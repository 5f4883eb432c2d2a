// @ts-check
import { defineConfig } from 'astro/config';
import explainer from './src/index.ts';

export default defineConfig({ integrations: [explainer({ content: './content' })] });
