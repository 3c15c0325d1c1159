// The one XML text escaper of every writer (.docx tables, .xlsx parts, document properties) and the
// one filter of the characters XML 1.0 forbids. Text from outside (a title pasted from Word with its
// manual line break U+000B, a NUL from another program, a received workbook's _x0001_) must never
// reach a part: a single such character makes word/document.xml malformed and the file unopenable.

/** C0 controls except tab, LF, CR; U+FFFE/U+FFFF; surrogates that are not part of a pair. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"]/;

/** The text without the characters XML 1.0 cannot carry (everything else is kept as it is). */
export function xmlSafe(s: string): string {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(s) ? s.replace(FORBIDDEN, '') : s;
}

/** Text for an XML element or a double-quoted attribute: forbidden characters dropped, & < > " escaped. */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
