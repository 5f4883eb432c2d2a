/** Validates a built site's HTML with html-validate, using the project's .htmlvalidate.mjs. */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { BuiltPage } from './pages.ts';

export interface HtmlError {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function validateHtml(
  pages: readonly BuiltPage[],
  config: ConfigData,
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
