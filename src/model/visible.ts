/**
 * The article as a page can show it. An article is kept exactly as received, whatever it holds,
 * but HTML forbids some code points in a page: the C0 controls other than tab, line feed, form
 * feed and carriage return, DEL, the C1 controls, noncharacters and lone surrogates. On the page
 * each is shown as a visible stand-in of the same length, so every offset into the text (where
 * a quote was found, where a sentence starts) stays true:
 *
 * - a C0 control or DEL as its Unicode control picture: NUL as ␀, ESC as ␛, BEL as ␇, DEL as ␡;
 * - anything else as the replacement character, �, once per UTF-16 code unit.
 *
 * content/article.txt is not changed: the record keeps the bytes received.
 */
const FORBIDDEN =
  // The point of this expression is to match control characters.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function visible(text: string): string {
  return text.replace(FORBIDDEN, (c) => {
    const code = c.charCodeAt(0);
    if (c.length === 1 && code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd'.repeat(c.length);
  });
}
