// The little XML a SpreadsheetML reader needs, scanned in one pass: every function here visits each
// character of its input a bounded number of times, whatever the input (unclosed tags, repeated
// elements, endless attributes), so a hostile part costs time in proportion to its size only.

import { xmlSafe } from '../xmlText';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entities and Excel's _xHHHH_ escapes decoded; characters XML forbids (_x0001_, &#11;) dropped. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return xmlSafe(s
    .replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-z]{1,8});/g, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENTITY[e] ?? m;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** True when the tag starting at `lt` ('<') is named `name` (followed by a space, '>' or '/'). */
export function tagIs(xml: string, lt: number, name: string): boolean {
  if (!xml.startsWith(name, lt + 1)) return false;
  const c = xml.charCodeAt(lt + 1 + name.length);
  return isSpace(c) || c === 62 || c === 47;
}

/** One attribute's value from the inside of a start tag, or undefined. */
export function attr(s: string, name: string): string | undefined {
  let i = s.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? 32 : s.charCodeAt(i - 1);
    let j = i + name.length;
    while (s.charCodeAt(j) === 32) j++;
    if (isSpace(before) && s[j] === '=') {
      j++;
      while (s.charCodeAt(j) === 32) j++;
      const q = s[j];
      if (q === '"' || q === "'") {
        const end = s.indexOf(q, j + 1);
        return decodeXml(s.slice(j + 1, end < 0 ? undefined : end));
      }
    }
    i = s.indexOf(name, i + name.length);
  }
  return undefined;
}

/** Where a start tag's r and t values are in the XML (from -1 when absent); filled by plainAttrs. */
export interface AttrSpans {
  rFrom: number;
  rTo: number;
  tFrom: number;
  tTo: number;
}

const isNameChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 45 || c === 46;

/**
 * Finds the r and t values of a start tag whose inside (xml[from, to), maybe ending in '/') is
 * written the way spreadsheet programs write it: each attribute ` name="value"` after one space,
 * with no space, quote, '&' or '_' in the value. Whitespace then only comes before a name, so attr()
 * would return exactly the first r and t, undecoded: the caller skips its slices and searches.
 * False for any other inside, which must go through attr().
 */
export function plainAttrs(xml: string, from: number, to: number, out: AttrSpans): boolean {
  out.rFrom = out.rTo = out.tFrom = out.tTo = -1;
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (c === 47 && i === to - 1) return true;
    if (c !== 32) return false;
    const name = ++i;
    while (i < to && isNameChar(xml.charCodeAt(i))) i++;
    if (i === name || xml.charCodeAt(i) !== 61 || xml.charCodeAt(i + 1) !== 34) return false;
    const value = (i += 2);
    for (; i < to; i++) {
      c = xml.charCodeAt(i);
      if (c === 34) break;
      if (c <= 32 || c === 38 || c === 39 || c === 95) return false;
    }
    if (i >= to) return false;
    if (value - name === 3) {
      const n = xml.charCodeAt(name);
      if (n === 114 && out.rFrom < 0) {
        out.rFrom = value;
        out.rTo = i;
      } else if (n === 116 && out.tFrom < 0) {
        out.tFrom = value;
        out.tTo = i;
      }
    }
    i++;
  }
  return true;
}

/** Every attribute of a start tag's inside ("name" → decoded value). */
export function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(s.charCodeAt(i)) || s[i] === '/')) i++;
    const nameStart = i;
    while (i < n && s[i] !== '=' && !isSpace(s.charCodeAt(i))) i++;
    const name = s.slice(nameStart, i);
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s[i] !== '=') {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const q = s[i];
    if (q !== '"' && q !== "'") continue;
    const end = s.indexOf(q, i + 1);
    if (end < 0) break;
    if (name) out[name] = decodeXml(s.slice(i + 1, end));
    i = end + 1;
  }
  return out;
}

/** Calls `each` with the attributes text of every <name …> or <name …/> element, in order. */
export function forEachTag(xml: string, name: string, each: (attrs: string) => void): void {
  const open = `<${name}`;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf(open, pos);
    if (lt < 0) return;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return;
    if (tagIs(xml, lt, name)) each(xml.slice(lt + open.length, xml[gt - 1] === '/' ? gt - 1 : gt));
    pos = gt + 1;
  }
}

/** Text of a string item (<si> or <is>): every <t>, phonetic runs (<rPh>) left out. */
export function richText(xml: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    if (tagIs(xml, lt, 'rPh')) {
      const end = xml.indexOf('</rPh>', gt);
      if (end < 0) break;
      pos = end + 6;
    } else if (tagIs(xml, lt, 't') && xml[gt - 1] !== '/') {
      const end = xml.indexOf('</t>', gt);
      if (end < 0) break;
      out += xml.slice(gt + 1, end);
      pos = end + 4;
    } else pos = gt + 1;
  }
  return decodeXml(out);
}
