/**
 * Content-layer loaders for the explainer's YAML and article, using the same safe YAML parser
 * as `npm run check`. They load; the check (run before every build) reports problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LAYOUT } from '../gate/files.ts';
import { parseYaml, takeYaml } from '../gate/yaml.ts';

/** Loads every item of the YAML lists in `files()` as one entry each, keyed by `id`. */
export function yamlListLoader(name: string, files: () => string[]): Loader {
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        context.store.clear();
        for (const file of files()) {
          const items = readYaml(file, context);
          if (!Array.isArray(items)) continue;
          for (const item of items) {
            const id = (item as { id?: unknown })?.id;
            if (typeof id !== 'string') continue;
            const data = await context.parseData({
              id,
              data: item as Record<string, unknown>,
              filePath: file,
            });
            context.store.set({ id, data, filePath: path.relative(process.cwd(), file) });
          }
        }
      };
      await sync();
      watch(context, files, sync);
    },
  };
}

/** Loads explainer.yaml, with the article's text beside it, as the single entry `explainer`. */
export function explainerLoader(contentDir: string): Loader {
  const metaFile = path.join(contentDir, LAYOUT.explainer);
  const articleFile = path.join(contentDir, LAYOUT.article);
  return {
    name: 'explainer',
    load: async (context) => {
      const sync = async () => {
        context.store.clear();
        const meta = readYaml(metaFile, context);
        if (!meta || typeof meta !== 'object' || !existsSync(articleFile)) return;
        const data = await context.parseData({
          id: 'explainer',
          data: meta as Record<string, unknown>,
          filePath: metaFile,
        });
        context.store.set({ id: 'explainer', data, body: readFileSync(articleFile, 'utf8') });
      };
      await sync();
      watch(context, () => [metaFile, articleFile], sync);
    },
  };
}

/** Loads an optional YAML mapping as the single entry `name`; no entry when the file is absent. */
export function yamlEntryLoader(name: string, file: string): Loader {
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        context.store.clear();
        const data = readYaml(file, context);
        if (!data || typeof data !== 'object' || Array.isArray(data)) return;
        const parsed = await context.parseData({
          id: name,
          data: data as Record<string, unknown>,
          filePath: file,
        });
        context.store.set({ id: name, data: parsed, filePath: path.relative(process.cwd(), file) });
      };
      await sync();
      watch(context, () => [file], sync);
    },
  };
}

function readYaml(file: string, context: LoaderContext): unknown {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  // The build's content check has usually just parsed this very text (see takeYaml).
  const checked = takeYaml(path.resolve(file), text);
  if (checked) return checked.data;
  const parsed = parseYaml(text, path.relative(process.cwd(), file));
  if (parsed.ok) return parsed.file.data;
  context.logger.error(`${file} has problems; run \`npm run check\` to see them`);
  return undefined;
}

function watch(context: LoaderContext, files: () => string[], sync: () => Promise<void>) {
  const watcher = context.watcher;
  if (!watcher) return;
  watcher.add(files());
  watcher.on('all', (_event, changed) => {
    if (files().includes(path.resolve(changed))) void sync();
  });
}
