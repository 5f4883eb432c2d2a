/** How dates, counts and lists read on the page. */
import { isRealDate } from '../core/schema.ts';

const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 January 2026", "January 2026", "2026", or "date not known" for `unknown`. */
export function formatDate(iso: string): string {
  if (iso === 'unknown') return 'date not known';
  // The gate refuses dates that do not exist; a page never fails on one that slipped past.
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(iso) || !isRealDate(iso)) return iso;
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return month.format(new Date(`${iso}-01T00:00:00Z`));
  return day.format(new Date(`${iso}T00:00:00Z`));
}

/** "1 claim", "3 claims". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
