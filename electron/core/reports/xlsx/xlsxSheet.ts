// Worksheets of an .xlsx: shared strings, cells decoded on demand, and the <sheetData> scanned once
// under the read's budgets (row elements, cells, shared strings, time). A cell reference past
// Excel's last column (XFD) or row (1,048,576) is refused, never turned into an array size.
import { columnLetters } from './cellRef';
import { attr, decodeXml, plainAttrs, richText, tagIs, type AttrSpans } from './xmlScan';
import { ReadError, READ_LIMITS, type ReadBudget } from './xlsxZip';

/** Excel's last column (XFD) and row. */
export const MAX_COL = 16_384;
export const MAX_ROW = 1_048_576;

/** Bytes of the shared strings part searched at a time. */
const SCAN_WINDOW = 1 << 20;

function tooManyStrings(budget: ReadBudget, n: number, max: number): never {
  throw new ReadError(
    `Tệp ${budget.file}: bảng chuỗi dùng chung (xl/sharedStrings.xml) có ${n > max ? `hơn ${max.toLocaleString('vi-VN')}` : n} chuỗi, quá nhiều so với ${budget.words.kind} (thường vài trăm đến vài chục nghìn); tệp có thể bị hỏng hoặc không an toàn. ${budget.words.advice}`,
  );
}

/**
 * Shared strings, decoded only when a cell asks for one: the part stays bytes (a unit's activities
 * put thousands of strings there that the figures sheet never uses), and only the items' offsets
 * are found.
 */
export class SharedStrings {
  private readonly starts: number[] = [];
  private readonly cache = new Map<number, string>();
  constructor(
    private readonly bytes: Buffer,
    budget: ReadBudget,
    max: number = READ_LIMITS.sharedStrings,
  ) {
    const head = bytes.toString('utf8', 0, Math.min(bytes.length, 1024));
    const sst = head.indexOf('<sst');
    if (sst >= 0) {
      const gt = head.indexOf('>', sst);
      const declared = Number(attr(head.slice(sst + 4, gt < 0 ? undefined : gt), 'uniqueCount') ?? '0');
      if (declared > max) tooManyStrings(budget, declared, max);
    }
    for (let from = 0; from < bytes.length; from += SCAN_WINDOW) this.findItems(from, budget, max);
  }

  /**
   * The items starting in one window of the part, searched in a one-byte (latin1) copy whose
   * offsets are byte offsets: several times faster than Buffer.indexOf, which crosses into C++ for
   * every item, while the copy stays small whatever the part's size.
   */
  private findItems(from: number, budget: ReadBudget, max: number): void {
    // Three bytes more, to see what follows an item starting at the window's end.
    const text = this.bytes.toString('latin1', from, Math.min(this.bytes.length, from + SCAN_WINDOW + 3));
    for (let lt = text.indexOf('<si'); lt >= 0 && lt < SCAN_WINDOW; lt = text.indexOf('<si', lt + 3)) {
      budget.step();
      const next = text.charCodeAt(lt + 3);
      // "<si>", "<si/>", "<si …>": not "<sins…>".
      if (next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13) {
        if (this.starts.length >= max) tooManyStrings(budget, max + 1, max);
        this.starts.push(from + lt);
      }
    }
  }
  get count(): number {
    return this.starts.length;
  }
  get(i: number): string | null {
    if (!Number.isInteger(i) || i < 0 || i >= this.starts.length) return null;
    const hit = this.cache.get(i);
    if (hit !== undefined) return hit;
    // Only this item's own stretch of the part is looked at, even when it is not closed.
    const item = this.bytes.toString('utf8', this.starts[i]!, this.starts[i + 1] ?? this.bytes.length);
    const openEnd = item.indexOf('>');
    let text = '';
    if (openEnd > 0 && item[openEnd - 1] !== '/') {
      const close = item.indexOf('</si>', openEnd);
      text = richText(item.slice(openEnd + 1, close < 0 ? undefined : close));
    }
    this.cache.set(i, text);
    return text;
  }
}

export type CellValue =
  | { kind: 'number'; n: number }
  | { kind: 'text'; s: string }
  | { kind: 'bool'; b: boolean }
  /** An Excel error (#N/A), or, with `notANumber`, a value stored as a number that is not one ("0x10"). */
  | { kind: 'error'; s: string; notANumber?: true }
  | { kind: 'empty' };

export interface Cell {
  ref: string;
  row: number;
  col: number;
  value: CellValue;
  /** A formula without a cached result (the value is then empty). */
  formulaNoCache: boolean;
}

/** A cell whose value is decoded only when asked for: most cells of the sheet (labels) never are. */
export class LazyCell implements Cell {
  private decoded: CellValue | null = null;
  private innerText: string | null = null;
  constructor(
    readonly row: number,
    readonly col: number,
    private readonly t: string,
    private readonly xml: string,
    private readonly innerFrom: number,
    private readonly innerTo: number,
    private readonly sst: SharedStrings | null,
  ) {}

  /** What is between <c …> and </c>, cut out of the sheet only for the cells that are read. */
  private get inner(): string {
    return (this.innerText ??= this.xml.slice(this.innerFrom, this.innerTo));
  }

  get ref(): string {
    return `${columnLetters(this.col)}${this.row}`;
  }

  private raw(): string | null {
    const inner = this.inner;
    const vStart = inner.indexOf('<v');
    if (vStart < 0) return null;
    const open = inner.indexOf('>', vStart);
    if (inner[open - 1] === '/') return '';
    const close = inner.indexOf('</v>', open);
    return decodeXml(inner.slice(open + 1, close < 0 ? undefined : close));
  }

  get formulaNoCache(): boolean {
    if (this.inner.indexOf('<f') < 0 || this.t === 'inlineStr') return false;
    const raw = this.raw();
    return raw === null || raw === '';
  }

  get value(): CellValue {
    if (this.decoded) return this.decoded;
    const t = this.t;
    let value: CellValue = { kind: 'empty' };
    if (t === 'inlineStr') {
      const is = /<is>([\s\S]*?)<\/is>/.exec(this.inner);
      value = { kind: 'text', s: is ? richText(is[1]!) : '' };
    } else {
      const raw = this.raw();
      if (raw !== null && raw !== '') {
        if (t === 's') {
          const s = this.sst?.get(Number(raw));
          value = s === null || s === undefined ? { kind: 'error', s: `#SST${raw}` } : { kind: 'text', s };
        } else if (t === 'str' || t === 'd') value = { kind: 'text', s: raw };
        else if (t === 'b') value = { kind: 'bool', b: raw.trim() === '1' || raw.trim().toLowerCase() === 'true' };
        else if (t === 'e') value = { kind: 'error', s: raw };
        else {
          const n = parseXmlNumber(raw);
          value = n === null ? { kind: 'error', s: raw, notANumber: true } : { kind: 'number', n };
        }
      }
    }
    if (value.kind === 'text' && value.s === '') value = { kind: 'empty' };
    this.decoded = value;
    return value;
  }
}

/**
 * A numeric cell as the file format writes it (an xsd:double: "12", "-3.5", "1E3"). Number()
 * would also take "0x10", "0b11", "0o12" or "Infinity", which no spreadsheet writes as a value.
 */
export function parseXmlNumber(raw: string): number | null {
  const t = raw.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export { columnLetters };

/** Where a cell reference points; filled by refIn. */
interface RefPoint {
  row: number;
  col: number;
}

/** parseRef of s[from, to), into `out`: false when it is not a cell reference. */
function refIn(s: string, from: number, to: number, out: RefPoint): boolean {
  let i = from;
  let col = 0;
  if (i < to && s.charCodeAt(i) === 36) i++; // $
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    if (col <= MAX_COL) col = col * 26 + (c - 64);
  }
  if (col === 0) return false;
  if (i < to && s.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    if (row <= MAX_ROW) row = row * 10 + (c - 48);
  }
  if (i === start || row === 0) return false;
  out.row = row;
  out.col = col;
  return true;
}

/** "B12" → { row: 12, col: 2 }; null when it is not a cell reference. Columns and rows stop counting past Excel's last. */
export function parseRef(ref: string): RefPoint | null {
  const p = { row: 0, col: 0 };
  return refIn(ref, 0, ref.length, p) ? p : null;
}

/**
 * The r and t attributes of one start tag at a time: read in place when the tag is plainly written
 * (plainAttrs), else by attr(). Reused from tag to tag of a sheet, so that a cell's reference costs
 * no string unless a message needs it.
 */
class TagAttrs implements RefPoint {
  private readonly spans: AttrSpans = { rFrom: -1, rTo: -1, tFrom: -1, tTo: -1 };
  private xml = '';
  private plain = false;
  private r: string | undefined;
  private t: string | undefined;
  /** The reference's row and column, after ref() said there is one. */
  row = 0;
  col = 0;

  /** Reads the start tag whose inside is xml[from, to). */
  read(xml: string, from: number, to: number): void {
    this.xml = xml;
    this.plain = plainAttrs(xml, from, to, this.spans);
    if (!this.plain) {
      const a = xml.slice(from, to);
      this.r = attr(a, 'r');
      this.t = attr(a, 't');
    }
  }

  /** attr(inside, 'r'). */
  rText(): string | undefined {
    if (!this.plain) return this.r;
    return this.spans.rFrom < 0 ? undefined : this.xml.slice(this.spans.rFrom, this.spans.rTo);
  }

  /** attr(inside, 't'). */
  tText(): string | undefined {
    if (!this.plain) return this.t;
    return this.spans.tFrom < 0 ? undefined : this.xml.slice(this.spans.tFrom, this.spans.tTo);
  }

  /** parseRef(r) for a non-empty r, into row and col: false when there is none or it is not a reference. */
  ref(): boolean {
    if (!this.plain) return !!this.r && refIn(this.r, 0, this.r.length, this);
    return this.spans.rTo > this.spans.rFrom && refIn(this.xml, this.spans.rFrom, this.spans.rTo, this);
  }
}

/** True for 1 to 8 ASCII digits and nothing else: the usual row number, checked without a regex. */
function isPlainRowNumber(r: string): boolean {
  if (r.length < 1 || r.length > 8) return false;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A <row>'s number from its r attribute: 1 to 8 digits, maybe with spaces around; else NaN. */
function rowNumber(r: string): number {
  return isPlainRowNumber(r) || /^\d{1,8}$/.test(r.trim()) ? Number(r) : NaN;
}

export interface SheetLimits {
  rows: number;
  cells: number;
}

/** Why a sheet is refused: too much of something, a cell beyond Excel's grid, or a cell never closed. */
export type SheetProblem = { kind: 'too-big'; what: string } | { kind: 'out-of-grid'; ref: string } | { kind: 'unclosed'; ref: string };

/**
 * The cells of a worksheet's <sheetData>, keyed by row, each row's cells in document order. Row
 * elements are counted, not distinct row numbers: 150,000 repeats of <row r="7"> are 150,000 rows.
 */
export function parseSheetCells(xml: string, sst: SharedStrings | null, limits: SheetLimits, budget: ReadBudget, fail: (p: SheetProblem) => never): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  // One per sheet, not per module: it would keep the last sheet's text alive.
  const tag = new TagAttrs();
  const start = xml.indexOf('<sheetData');
  if (start < 0) return rows;
  const end = xml.indexOf('</sheetData>', start);
  const stop = end < 0 ? xml.length : end;
  let pos = start + 10;
  let rowNo = 0;
  let list: Cell[] | null = null;
  let col = 0;
  let rowElements = 0;
  let cells = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0 || lt >= stop) break;
    budget.step();
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt > stop) break;
    pos = gt + 1;
    const first = xml.charCodeAt(lt + 1);
    if (first === 114 && tagIs(xml, lt, 'row')) {
      if (++rowElements > limits.rows) fail({ kind: 'too-big', what: `${limits.rows.toLocaleString('vi-VN')} dòng` });
      tag.read(xml, lt + 4, gt);
      const rAttr = tag.rText();
      const n = rAttr === undefined ? rowNo + 1 : rowNumber(rAttr);
      if (n > MAX_ROW) fail({ kind: 'out-of-grid', ref: `dòng ${rAttr}` });
      col = 0;
      if (!Number.isInteger(n) || n < 1) {
        list = null;
        continue;
      }
      rowNo = n;
      list = rows.get(rowNo) ?? null;
      if (!list && xml[gt - 1] !== '/') rows.set(rowNo, (list = []));
    } else if (first === 99 && tagIs(xml, lt, 'c')) {
      if (++cells > limits.cells) fail({ kind: 'too-big', what: `${limits.cells.toLocaleString('vi-VN')} ô` });
      tag.read(xml, lt + 2, xml[gt - 1] === '/' ? gt - 1 : gt);
      const hasRef = tag.ref();
      col = hasRef ? tag.col : col + 1;
      if (col > MAX_COL || (hasRef && tag.row > MAX_ROW)) fail({ kind: 'out-of-grid', ref: tag.rText()?.slice(0, 20) || `cột thứ ${col} của dòng ${rowNo}` });
      if (xml[gt - 1] === '/') continue;
      const close = xml.indexOf('</c>', gt);
      // A cell never closed: the sheet is not well-formed (Excel would not open it either).
      if (close < 0 || close > stop) fail({ kind: 'unclosed', ref: `${columnLetters(Math.min(col, MAX_COL))}${rowNo}` });
      pos = close + 4;
      if (!list || close === gt + 1) continue;
      list.push(new LazyCell(rowNo, col, tag.tText() ?? 'n', xml, gt + 1, close, sst));
    }
  }
  for (const [r, l] of rows) if (l.length === 0) rows.delete(r);
  return rows;
}

/** The first cell of a row's list in column `col`. */
export function cellOf(cells: readonly Cell[], col: number): Cell | undefined {
  for (const c of cells) if (c.col === col) return c;
  return undefined;
}

export function cellAt(rows: Map<number, Cell[]>, row: number, col: number): Cell | undefined {
  const cells = rows.get(row);
  return cells && cellOf(cells, col);
}

const BEYOND_LATIN = /[^\u0000-\u02ff]/;

export function cellText(c: Cell | undefined): string {
  if (!c) return '';
  const v = c.value;
  // Text without a character from U+0300 up (codes, numbers, plain Latin) is already NFC.
  if (v.kind === 'text') return (BEYOND_LATIN.test(v.s) ? v.s.normalize('NFC') : v.s).trim();
  if (v.kind === 'number') return String(v.n);
  if (v.kind === 'bool') return v.b ? 'TRUE' : 'FALSE';
  if (v.kind === 'error') return v.s;
  return '';
}
