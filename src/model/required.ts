/**
 * `value`, or an error naming what is missing: for look-ups that the content check has already
 * guaranteed, so the error can only mean content that skipped the check.
 */
export function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null)
    throw new Error(`Missing ${what}. Run \`npm run check\` for details.`);
  return value;
}
