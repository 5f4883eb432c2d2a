/**
 * The explainer integration's options, validated with Zod so a typo in astro.config.mjs gets
 * a message that names the option, not a stack trace.
 */
import { z } from 'astro/zod';

export const optionsSchema = z
  .strictObject({
    /** The content folder, relative to the project's root: `./content`. */
    content: z.string().min(1).default('./content'),
    /**
     * Whether `astro build` writes the Pagefind search index that the search page reads.
     * Off only for builds that no reader searches, such as the benchmark's.
     */
    search: z.boolean().default(true),
  })
  .default({ content: './content', search: true });

export type ExplainerOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;

/** The options, or a message for each mistake in them. */
export function parseOptions(
  options: unknown,
): { ok: true; value: ResolvedOptions } | { ok: false; messages: string[] } {
  const parsed = optionsSchema.safeParse(options);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    messages: parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'options';
      if (issue.code === 'unrecognized_keys')
        return `unknown option ${issue.keys.map((k) => `"${k}"`).join(', ')}; the options are content and search`;
      return `option ${name}: ${issue.message}`;
    }),
  };
}
