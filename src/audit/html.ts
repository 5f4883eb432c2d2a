/** Validates a built site's HTML with html-validate's recommended rules. */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { BuiltPage } from './pages.ts';

/** The rules the engine's pages are held to. */
export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A claim page's <title> is the claim's neutral restatement, which the content model allows
    // up to 120 characters; cutting it to 70 would truncate the claim mid-sentence in tabs and
    // bookmarks. Search engines truncate long titles on their own.
    'long-title': 'off',
  },
};

export interface HtmlError {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validateHtml(
  pages: readonly BuiltPage[],
  config: ConfigData = HTML_RULES,
): Promise<HtmlError[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const errors: HtmlError[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push({
          page: page.file,
          line: message.line,
          column: message.column,
          rule: message.ruleId,
          message: message.message,
        });
      }
    }
  }
  return errors;
}
