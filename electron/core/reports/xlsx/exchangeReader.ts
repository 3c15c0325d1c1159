// Reads a received exchange workbook (.xlsx) fast and defensively, without exceljs: only the zip's
// central directory and the parts that matter (workbook, its relationships, shared strings, the
// "Biểu số liệu" sheet and the hidden _meta sheet) are inflated, each under a size cap, so a zip
// bomb, a renamed .xls/.docx/.pdf, a password-protected file or a huge sheet is refused with a
// Vietnamese sentence naming the file, the sheet and the cell, and what to do about it.
import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { Inflate, inflateSync, strFromU8 } from 'fflate';
import { entryBytes, readZipDirectory, ZipFormatError, type ZipDirEntry } from '../zip/zipReader';
import { CATALOG, FIGURE_RULES, figureDef, type FigureDef } from '../../../../shared/domain/catalog';
import { isUnitKind, foldVietnamese } from '../../../../shared/domain/units';
import { parseVietnameseNumber } from '../../../../shared/format/vi';
import {
  canonicalFigureText,
  CELL_PERIOD_ID,
  CELL_UNIT_CODE,
  CELL_UNIT_NAME,
  COL_CODE,
  COL_NOTE,
  COL_VALUE,
  consolidationMetaSchema,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  FIGURES_HEADER_ROW,
  META_FIGURE_UNITS,
  META_INCLUDES_SELF,
  META_KEYS,
  META_SCOPE,
  META_UNIT_COUNT,
  META_UNITS,
  NONE_NOTE,
  NONE_WORDS,
  SHEET_FIGURES,
  SHEET_META,
  type ConsolidationMeta,
  type ExchangeMeta,
} from '../../../../shared/exchange';

/** Limits that keep a hostile or broken file from eating the machine. */
export const READ_LIMITS = {
  /** Whole file on disk. A real exchange workbook is 15–60 KB. */
  fileBytes: 30 * 1024 * 1024,
  /** Entries in the zip directory. */
  zipEntries: 5_000,
  /** Declared uncompressed size of any one part we inflate. */
  partBytes: 16 * 1024 * 1024,
  /** Sum of the parts we inflate. */
  totalBytes: 40 * 1024 * 1024,
  /** Rows and cells of the figures sheet. */
  sheetRows: 10_000,
  sheetCells: 200_000,
};

export type EntryState = 'value' | 'none' | 'blank';

export interface ReadEntry {
  code: string;
  state: EntryState;
  /** The number for 'value'; null for 'none' and 'blank'. */
  value: number | null;
  /** Where it was read: "E12". */
  cell: string;
  /** The Ghi chú column, as written. */
  note: string;
}

export interface ExchangeIdentity {
  unitName: string;
  unitCode: string;
  periodId: string;
}

export interface ExchangeRead {
  fileName: string;
  /** False when errors is not empty: the file must not be used. */
  ok: boolean;
  meta: ExchangeMeta | null;
  /** What the identity cells of the figures sheet say (a hand-filled template is identified by them). */
  identity: ExchangeIdentity;
  /** Every catalogue figure the sheet has, except the computed rates, in catalogue order. */
  entries: ReadEntry[];
  /** The digest in _meta matches the figures (null for a template, which has none). */
  digestOk: boolean | null;
  warnings: string[];
  errors: string[];
}

/** A problem that stops reading; the message is the user's sentence. */
class ReadError extends Error {}

// ---------------------------------------------------------------------------------------------
// Zip

type ZipEntry = ZipDirEntry;


function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** True when the UTF-16LE form of `text` occurs in the bytes (names inside an OLE2 container). */
function hasUtf16(bytes: Uint8Array, text: string, limit = 1 << 20): boolean {
  const pat = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pat[i * 2] = text.charCodeAt(i);
  const end = Math.min(bytes.length, limit) - pat.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** Says what a file that is not a zip really is, so the message can tell the clerk what to do. */
function sniffNonZip(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) return `Tệp ${file} rỗng (0 byte). Có thể tệp chưa tải xong hoặc bị lỗi khi gửi; hãy đề nghị đơn vị gửi lại.`;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage')) {
      return `Tệp ${file} được đặt mật khẩu (mã hóa) nên không đọc được. Hãy đề nghị đơn vị bỏ mật khẩu (Excel: Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi gửi lại.`;
    }
    if (hasUtf16(bytes, 'WordDocument')) return `Tệp ${file} là văn bản Word cũ (.doc) bị đặt tên .xlsx, không phải biểu số liệu. Hãy nhập tệp .xlsx do ứng dụng xuất ra.`;
    return `Tệp ${file} là tệp Excel 97-2003 (.xls) hoặc định dạng cũ, không phải biểu số liệu .xlsx của ứng dụng. Hãy đề nghị đơn vị gửi tệp .xlsx do ứng dụng xuất ra (hoặc điền biểu mẫu "dcs template").`;
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `Tệp ${file} là tệp PDF bị đặt tên .xlsx. Tệp PDF (bản ký, quét) được nhận kèm theo biểu số liệu; hãy đổi lại đuôi .pdf và nhập cùng tệp .xlsx của đơn vị.`;
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return `Tệp ${file} là tệp nén RAR, không phải biểu số liệu. Hãy giải nén rồi nhập tệp .xlsx bên trong.`;
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return `Tệp ${file} là tệp nén 7z, không phải biểu số liệu. Hãy giải nén rồi nhập tệp .xlsx bên trong.`;
  const head = strFromU8(bytes.subarray(0, Math.min(bytes.length, 512)), true).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<html') || head.startsWith('<!doctype') || head.includes('<table')) {
    return `Tệp ${file} là trang HTML (thường do phần mềm khác "xuất Excel") chứ không phải tệp .xlsx. Hãy đề nghị đơn vị gửi tệp .xlsx do ứng dụng xuất ra.`;
  }
  if (head.startsWith('<?xml')) return `Tệp ${file} là tệp XML (có thể là "XML Spreadsheet 2003"), không phải tệp .xlsx. Hãy mở bằng Excel, lưu lại dạng "Excel Workbook (.xlsx)" rồi nhập lại.`;
  // Mostly printable text: a CSV or a text file renamed.
  let printable = 0;
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 9 || c === 10 || c === 13 || c >= 32) printable++;
  }
  if (printable / n > 0.95) return `Tệp ${file} là tệp văn bản (ví dụ .csv) bị đặt tên .xlsx, không phải biểu số liệu. Hãy nhập tệp .xlsx do ứng dụng xuất ra.`;
  return `Tệp ${file} không phải tệp Excel (.xlsx) hoặc đã bị hỏng. Hãy đề nghị đơn vị gửi lại tệp .xlsx do ứng dụng xuất ra.`;
}

function readCentralDirectory(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
  try {
    return readZipDirectory(bytes, READ_LIMITS.zipEntries);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    if (e.problem === 'zip64') throw new ReadError(`Tệp ${file} dùng định dạng nén ZIP64, không phải biểu số liệu thông thường. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi nhập lại.`);
    if (e.problem === 'too-many-entries') throw new ReadError(`Tệp ${file} chứa quá nhiều thành phần so với một biểu số liệu; tệp có thể bị hỏng hoặc không an toàn. Không nhập tệp này.`);
    throw new ReadError(`Tệp ${file} bị hỏng (cấu trúc tệp nén .xlsx không đọc được, có thể tải về chưa hết). Hãy đề nghị đơn vị gửi lại.`);
  }
}

/** Inflates in small steps and stops as soon as the output passes the size the directory declared. */
function inflateStreaming(comp: Uint8Array, declared: number, onTooBig: () => never): Uint8Array {
  const out = new Uint8Array(declared);
  let pos = 0;
  const inf = new Inflate((chunk) => {
    if (pos + chunk.length > declared) onTooBig();
    out.set(chunk, pos);
    pos += chunk.length;
  });
  const STEP = 64 * 1024;
  if (comp.length === 0) inf.push(comp, true);
  for (let i = 0; i < comp.length; i += STEP) inf.push(comp.subarray(i, i + STEP), i + STEP >= comp.length);
  return pos === declared ? out : out.subarray(0, pos);
}

/**
 * Small parts (every part of a real exchange workbook) inflate in one call into a buffer of the
 * declared size; the work is bounded by the compressed size and the CRC catches a part whose real
 * size differs from the declared one. Larger parts are inflated in steps under the cap.
 */
function inflatePart(comp: Uint8Array, declared: number, crc: number, onTooBig: () => never, onDamaged: () => never): Uint8Array {
  let data: Uint8Array;
  if (comp.length <= 256 * 1024) {
    try {
      data = inflateSync(comp, { out: new Uint8Array(declared) });
    } catch {
      onDamaged();
    }
  } else data = inflateStreaming(comp, declared, onTooBig);
  if (data.length !== declared || zlibCrc32(data) !== crc) onDamaged();
  return data;
}

class ZipReader {
  private inflated = 0;
  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
    private readonly file: string,
  ) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The text of one part, or null when absent. Refuses encrypted parts and anything over the caps. */
  text(name: string, label: string): string | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const file = this.file;
    if (e.flags & 1) {
      throw new ReadError(`Tệp ${file} được đặt mật khẩu (mã hóa) nên không đọc được. Hãy đề nghị đơn vị bỏ mật khẩu rồi gửi lại.`);
    }
    const bomb = (): never => {
      throw new ReadError(
        `Tệp ${file}: phần "${label}" khi giải nén lớn bất thường (khai báo ${Math.round(e.size / 1024)} KB, nén ${Math.round(e.compSize / 1024)} KB), có thể là tệp độc hại ("zip bomb") hoặc trang tính quá lớn. Không nhập tệp này; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`,
      );
    };
    if (e.size > READ_LIMITS.partBytes || this.inflated + e.size > READ_LIMITS.totalBytes) bomb();
    // Deflate cannot expand more than ~1032 times: a larger declared ratio is a lie.
    if (e.compSize > 0 && e.size / e.compSize > 1100 && e.size > 1024 * 1024) bomb();
    this.inflated += e.size;
    const comp = entryBytes(this.bytes, e);
    if (!comp) throw new ReadError(`Tệp ${file} bị hỏng hoặc bị cắt cụt (thiếu dữ liệu của phần "${label}"), có thể tải về chưa hết. Hãy đề nghị đơn vị gửi lại.`);
    const damaged = (): never => {
      throw new ReadError(`Tệp ${file} bị hỏng (phần "${label}" không giải nén được hoặc sai mã kiểm tra), có thể tải về chưa hết. Hãy đề nghị đơn vị gửi lại.`);
    };
    let data: Uint8Array;
    if (e.method === 0) {
      data = comp;
      if (e.size !== e.compSize || zlibCrc32(data) !== e.crc) damaged();
    } else if (e.method === 8) data = inflatePart(comp, e.size, e.crc, bomb, damaged);
    else throw new ReadError(`Tệp ${file} dùng kiểu nén không hỗ trợ (${e.method}). Hãy mở bằng Excel, lưu lại dạng .xlsx rồi nhập lại.`);
    return strFromU8(data);
  }
}

// ---------------------------------------------------------------------------------------------
// XML (only the handful of SpreadsheetML shapes a workbook uses)

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENTITY[e] ?? m;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** One attribute's value from the inside of a start tag, or undefined. */
function attr(s: string, name: string): string | undefined {
  let i = s.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? ' ' : s[i - 1]!;
    let j = i + name.length;
    while (s[j] === ' ') j++;
    if ((before === ' ' || before === '\t' || before === '\n' || before === '\r') && s[j] === '=') {
      j++;
      while (s[j] === ' ') j++;
      const q = s[j];
      if (q === '"' || q === "'") {
        const end = s.indexOf(q, j + 1);
        return decodeXml(s.slice(j + 1, end < 0 ? undefined : end));
      }
    }
    i = s.indexOf(name, i + 1);
  }
  return undefined;
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out[m[1]!] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Text of a string item (<si> or <is>): every <t>, phonetic runs left out. */
function richText(xml: string): string {
  const body = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ?? '';
  return decodeXml(out);
}

/** Shared strings, decoded only when a cell asks for one. */
class SharedStrings {
  private readonly starts: number[] = [];
  private readonly cache = new Map<number, string>();
  constructor(private readonly xml: string) {
    const re = /<si\b/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) this.starts.push(m.index);
  }
  get count(): number {
    return this.starts.length;
  }
  get(i: number): string | null {
    if (!Number.isInteger(i) || i < 0 || i >= this.starts.length) return null;
    const hit = this.cache.get(i);
    if (hit !== undefined) return hit;
    const from = this.starts[i]!;
    const openEnd = this.xml.indexOf('>', from);
    let text = '';
    if (openEnd > 0 && this.xml[openEnd - 1] !== '/') {
      const close = this.xml.indexOf('</si>', openEnd);
      text = richText(this.xml.slice(openEnd + 1, close < 0 ? undefined : close));
    }
    this.cache.set(i, text);
    return text;
  }
}

export type CellValue =
  | { kind: 'number'; n: number }
  | { kind: 'text'; s: string }
  | { kind: 'bool'; b: boolean }
  | { kind: 'error'; s: string }
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
class LazyCell implements Cell {
  private decoded: CellValue | null = null;
  constructor(
    readonly row: number,
    readonly col: number,
    private readonly t: string,
    private readonly inner: string,
    private readonly sst: SharedStrings | null,
  ) {}

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
          const n = Number(raw);
          value = Number.isFinite(n) && raw.trim() !== '' ? { kind: 'number', n } : { kind: 'error', s: raw };
        }
      }
    }
    if (value.kind === 'text' && value.s === '') value = { kind: 'empty' };
    this.decoded = value;
    return value;
  }
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  if (ref.charCodeAt(0) === 36) i++; // $
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (col === 0) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return i > start && row > 0 ? { row, col } : null;
}

interface SheetLimits {
  rows: number;
  cells: number;
}

/** The cells of a worksheet's <sheetData>, keyed by row, each row's cells in column order. */
export function parseSheetCells(xml: string, sst: SharedStrings | null, limits: SheetLimits, onTooBig: (what: string) => never): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  const start = xml.indexOf('<sheetData');
  if (start < 0) return rows;
  const end = xml.indexOf('</sheetData>', start);
  const data = xml.slice(start, end < 0 ? undefined : end);
  const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  // Self-closing cells (<c r="B6" s="9"/>) are empty styled cells: skipped without a second look.
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let rowNo = 0;
  let cells = 0;
  for (let rm = rowRe.exec(data); rm; rm = rowRe.exec(data)) {
    const rAttr = attr(rm[1]!, 'r');
    rowNo = rAttr ? Number(rAttr) : rowNo + 1;
    if (!Number.isInteger(rowNo) || rowNo < 1) continue;
    if (rows.size >= limits.rows) onTooBig(`${rows.size} dòng`);
    const body = rm[2];
    if (!body) continue;
    const list: Cell[] = [];
    let col = 0;
    cellRe.lastIndex = 0;
    for (let cm = cellRe.exec(body); cm; cm = cellRe.exec(body)) {
      if (++cells > limits.cells) onTooBig(`${cells} ô`);
      const a = cm[1]!;
      const r = attr(a, 'r');
      const pos = r ? parseRef(r) : null;
      col = pos ? pos.col : col + 1;
      const inner = cm[2];
      if (inner === undefined || inner === '') continue;
      list.push(new LazyCell(rowNo, col, attr(a, 't') ?? 'n', inner, sst));
    }
    if (list.length) {
      const prev = rows.get(rowNo);
      rows.set(rowNo, prev ? [...prev, ...list] : list);
    }
  }
  return rows;
}

function cellAt(rows: Map<number, Cell[]>, row: number, col: number): Cell | undefined {
  return rows.get(row)?.find((c) => c.col === col);
}

export function cellText(c: Cell | undefined): string {
  if (!c) return '';
  const v = c.value;
  if (v.kind === 'text') return v.s.normalize('NFC').trim();
  if (v.kind === 'number') return String(v.n);
  if (v.kind === 'bool') return v.b ? 'TRUE' : 'FALSE';
  if (v.kind === 'error') return v.s;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Workbook

interface SheetRef {
  name: string;
  path: string;
  state: string;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function listSheets(zip: ZipReader, file: string): SheetRef[] {
  const wbXml = zip.text('xl/workbook.xml', 'workbook');
  if (wbXml === null) {
    if (zip.has('word/document.xml')) throw new ReadError(`Tệp ${file} là văn bản Word (.docx) bị đặt tên .xlsx. Văn bản báo cáo được nhận kèm theo; hãy đổi lại đuôi .docx và nhập cùng tệp .xlsx của đơn vị.`);
    if (zip.has('ppt/presentation.xml')) throw new ReadError(`Tệp ${file} là tệp PowerPoint bị đặt tên .xlsx, không phải biểu số liệu.`);
    if (zip.has('content.xml') || zip.has('mimetype')) throw new ReadError(`Tệp ${file} là tệp OpenDocument (.ods/.odt), không phải .xlsx. Hãy mở bằng LibreOffice/Excel và lưu lại dạng "Excel 2007-365 (.xlsx)".`);
    throw new ReadError(`Tệp ${file} là tệp nén nhưng không phải sổ tính Excel (.xlsx). Hãy nhập tệp .xlsx do ứng dụng xuất ra.`);
  }
  const relsXml = zip.text('xl/_rels/workbook.xml.rels', 'workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  const relRe = /<Relationship\b([^>]*?)\/?>/g;
  for (let m = relRe.exec(relsXml); m; m = relRe.exec(relsXml)) {
    const a = attrs(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, resolveTarget(a.Target));
  }
  const sheets: SheetRef[] = [];
  const sheetRe = /<sheet\b([^>]*?)\/?>/g;
  for (let m = sheetRe.exec(wbXml); m; m = sheetRe.exec(wbXml)) {
    const a = attrs(m[1]!);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (a.name && path) sheets.push({ name: a.name.normalize('NFC'), path, state: a.state ?? 'visible' });
  }
  return sheets;
}

const fold = (s: string): string => foldVietnamese(s).replace(/[.:]+$/, '').trim();
const NONE_FOLDED = new Set(NONE_WORDS.map(fold));
const NONE_NOTE_FOLDED = fold(NONE_NOTE);
const YES = new Set(['co', 'x', 'yes', 'true', 'dung', 'da ban hanh', 'da co', 'co (1)']);
const NO = new Set(['khong', 'no', 'false', 'chua', 'chua co', 'khong (0)']);

function readMeta(zip: ZipReader, sheets: SheetRef[], sst: SharedStrings | null, file: string): { meta: Record<string, string>; found: boolean } {
  const ref = sheets.find((s) => s.name === SHEET_META);
  if (!ref) return { meta: {}, found: false };
  const xml = zip.text(ref.path, SHEET_META);
  if (xml === null) throw new ReadError(`Tệp ${file} bị hỏng: thiếu nội dung trang ${SHEET_META}. Hãy đề nghị đơn vị xuất lại biểu số liệu.`);
  const rows = parseSheetCells(xml, sst, { rows: 200, cells: 1000 }, () => {
    throw new ReadError(`Tệp ${file}, trang ${SHEET_META}: có quá nhiều dòng, không phải trang thông tin của ứng dụng. Hãy đề nghị đơn vị xuất lại biểu số liệu.`);
  });
  const meta: Record<string, string> = {};
  for (const cells of rows.values()) {
    const key = cellText(cells.find((c) => c.col === 1));
    if (key) meta[key] = cellText(cells.find((c) => c.col === 2));
  }
  return { meta, found: true };
}

function buildMeta(raw: Record<string, string>, file: string, errors: string[]): ExchangeMeta | null {
  const where = `Tệp ${file}, trang ẩn ${SHEET_META}`;
  if (raw.format !== EXCHANGE_FORMAT) {
    errors.push(`${where}: không có dấu hiệu định dạng "${EXCHANGE_FORMAT}" (đang ghi "${(raw.format ?? '').slice(0, 40)}"), tệp không phải biểu số liệu của ứng dụng. Hãy nhập tệp .xlsx do ứng dụng xuất ra.`);
    return null;
  }
  const version = Number(raw.version);
  if (!Number.isInteger(version) || version < 1) {
    errors.push(`${where}, dòng "version": phiên bản định dạng "${raw.version ?? ''}" không hợp lệ. Hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
    return null;
  }
  if (version > EXCHANGE_VERSION) {
    errors.push(`${where}: biểu số liệu theo định dạng phiên bản ${version}, mới hơn phiên bản ${EXCHANGE_VERSION} mà ứng dụng này đọc được. Hãy cập nhật ứng dụng rồi nhập lại.`);
    return null;
  }
  const revision = Number(raw.revision ?? '1');
  const meta: ExchangeMeta = {
    format: EXCHANGE_FORMAT,
    version,
    unitCode: (raw.unitCode ?? '').trim(),
    unitName: (raw.unitName ?? '').normalize('NFC').trim(),
    unitKind: (raw.unitKind ?? '').trim(),
    parentBody: (raw.parentBody ?? '').normalize('NFC').trim(),
    profileId: (raw.profileId ?? '').trim(),
    periodId: (raw.periodId ?? '').trim(),
    periodFrom: (raw.periodFrom ?? '').trim(),
    periodTo: (raw.periodTo ?? '').trim(),
    generatedAt: (raw.generatedAt ?? '').trim(),
    appVersion: (raw.appVersion ?? '').trim(),
    revision: Number.isInteger(revision) && revision >= 1 ? revision : 1,
    template: (raw.template ?? '').trim().toLowerCase() === 'true',
    digest: (raw.digest ?? '').trim().toLowerCase(),
    scope: 'own',
    consolidation: null,
  };
  readScope(raw, meta, where, errors);
  const missing = META_KEYS.filter((k) => raw[k] === undefined && k !== 'digest');
  if (missing.length) errors.push(`${where}: thiếu các dòng ${missing.join(', ')}. Trang này không được sửa tay; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
  if (meta.unitKind && !isUnitKind(meta.unitKind)) errors.push(`${where}, dòng "unitKind": loại đơn vị "${meta.unitKind}" không hợp lệ. Hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
  return meta;
}

/**
 * A consolidation's rows of _meta: which units its figures rest on. Files written before these rows
 * existed have none and are a unit's own report.
 */
function readScope(raw: Record<string, string>, meta: ExchangeMeta, where: string, errors: string[]): void {
  const scope = (raw[META_SCOPE] ?? '').trim();
  if (scope === '' || scope === 'own') return;
  const redo = 'Trang này không được sửa tay; hãy đề nghị đơn vị xuất lại báo cáo tổng hợp từ ứng dụng.';
  if (scope !== 'consolidated') {
    errors.push(`${where}, dòng "${META_SCOPE}": giá trị "${scope.slice(0, 40)}" không hợp lệ (chỉ nhận "own" hoặc "consolidated"). ${redo}`);
    return;
  }
  const chunks = Object.keys(raw)
    .filter((k) => k === META_UNITS || k.startsWith(`${META_UNITS}.`))
    .sort((a, b) => Number(a.split('.')[1] ?? 1) - Number(b.split('.')[1] ?? 1));
  const units = chunks.map((k) => raw[k]).join('').split('\n').map((c) => c.trim()).filter(Boolean);
  let figures: unknown;
  try {
    figures = JSON.parse(raw[META_FIGURE_UNITS] ?? '');
  } catch {
    figures = undefined;
  }
  const parsed = consolidationMetaSchema.safeParse({ units, includesSelf: (raw[META_INCLUDES_SELF] ?? '').trim().toLowerCase() === 'true', figures });
  const declared = Number(raw[META_UNIT_COUNT]);
  if (!parsed.success) {
    errors.push(`${where}, dòng "${META_FIGURE_UNITS}": không đọc được số đơn vị của từng chỉ số tổng hợp. ${redo}`);
    return;
  }
  if (declared !== units.length) {
    errors.push(`${where}, dòng "${META_UNIT_COUNT}": ghi ${raw[META_UNIT_COUNT] ?? '(trống)'} đơn vị nhưng danh sách mã đơn vị có ${units.length} mã. ${redo}`);
    return;
  }
  const consolidation: ConsolidationMeta = parsed.data;
  meta.scope = 'consolidated';
  meta.consolidation = consolidation;
}

/** Finds the title row ("Mã" … "Giá trị") in case rows or columns were moved by hand. */
function findHeader(rows: Map<number, Cell[]>): { row: number; code: number; value: number; note: number } | null {
  const at = (r: number): { row: number; code: number; value: number; note: number } | null => {
    const cells = rows.get(r) ?? [];
    let code = 0;
    let value = 0;
    let note = 0;
    for (const c of cells) {
      const t = cellText(c);
      if (!t || t.length > 12) continue;
      const f = fold(t);
      if (f === 'ma' && !code) code = c.col;
      else if (f === 'gia tri' && !value) value = c.col;
      else if (f === 'ghi chu' && !note) note = c.col;
    }
    return code && value ? { row: r, code, value, note: note || value + 1 } : null;
  };
  const expected = at(FIGURES_HEADER_ROW);
  if (expected) return expected;
  for (let r = 1; r <= 40; r++) {
    const h = at(r);
    if (h) return h;
  }
  return null;
}

/** The identity block: by its labels when present, else by the fixed cells. */
function readIdentity(rows: Map<number, Cell[]>, headerRow: number): ExchangeIdentity {
  const found: Partial<Record<keyof ExchangeIdentity, string>> = {};
  const labels: Array<[string, keyof ExchangeIdentity]> = [
    ['don vi bao cao', 'unitName'],
    ['ma don vi', 'unitCode'],
    ['ma ky', 'periodId'],
  ];
  const isLabel = (f: string): boolean => /^(don vi bao cao|ma don vi|ky bao cao|ma ky)$/.test(f);
  for (let r = 1; r < headerRow; r++) {
    const cells = (rows.get(r) ?? []).slice().sort((a, b) => a.col - b.col);
    // Labels are short; long texts (the title, the hint) are never folded.
    const folded = cells.map((c) => {
      const t = cellText(c);
      return t.length <= 20 ? fold(t) : '';
    });
    cells.forEach((_, i) => {
      const key = labels.find(([l]) => folded[i] === l)?.[1];
      if (!key) return;
      let j = i + 1;
      while (j < cells.length && cellText(cells[j]) === '') j++;
      found[key] = j < cells.length && !isLabel(folded[j]!) ? cellText(cells[j]) : '';
    });
  }
  return {
    unitName: found.unitName ?? cellText(cellAt(rows, CELL_UNIT_NAME.row, CELL_UNIT_NAME.col)),
    unitCode: (found.unitCode ?? cellText(cellAt(rows, CELL_UNIT_CODE.row, CELL_UNIT_CODE.col))).trim(),
    periodId: (found.periodId ?? cellText(cellAt(rows, CELL_PERIOD_ID.row, CELL_PERIOD_ID.col))).trim(),
  };
}

/** The numeric checks of one value, for any figure that is not a computed rate. */
export function valueProblem(def: FigureDef, value: number): string | null {
  if (!Number.isFinite(value)) return 'phải là một số';
  if (value < 0) return 'không được âm';
  if (def.boolean && value !== 0 && value !== 1) return 'chỉ nhận Có (1) hoặc Không (0)';
  if (!def.fractional && !Number.isInteger(value)) return `phải là số nguyên (đơn vị tính: ${def.unit})`;
  if (value > 1e15) return 'quá lớn';
  return null;
}

const CATALOG_ORDER = new Map(CATALOG.map((d, i) => [d.code, i]));

/** sha256 of the canonical text, the same way the writer computes `figureDigest`. */
export function entriesDigest(entries: readonly ReadEntry[]): string {
  const sorted = [...entries].sort((a, b) => CATALOG_ORDER.get(a.code)! - CATALOG_ORDER.get(b.code)!);
  return createHash('sha256').update(canonicalFigureText(sorted.map((e) => ({ code: e.code, state: e.state, value: e.state === 'value' ? e.value : null })))).digest('hex');
}

function readFigures(rows: Map<number, Cell[]>, file: string, errors: string[], warnings: string[]): ReadEntry[] {
  const sheet = `trang "${SHEET_FIGURES}"`;
  const header = findHeader(rows);
  if (!header) {
    errors.push(`Tệp ${file}, ${sheet}: không tìm thấy dòng tiêu đề có cột "Mã" và cột "Giá trị" (dòng ${FIGURES_HEADER_ROW} của biểu). Các cột của biểu không được xóa hoặc đổi tên; hãy đề nghị đơn vị dùng lại biểu của ứng dụng.`);
    return [];
  }
  if (header.row !== FIGURES_HEADER_ROW || header.code !== COL_CODE || header.value !== COL_VALUE) {
    warnings.push(`Tệp ${file}, ${sheet}: dòng tiêu đề ở ô ${columnLetters(header.code)}${header.row} (biểu gốc ở dòng ${FIGURES_HEADER_ROW}); các dòng hoặc cột đã bị chèn, xóa. Số liệu vẫn đọc theo cột "Mã" và "Giá trị", hãy kiểm tra lại.`);
  }
  const entries: ReadEntry[] = [];
  const seen = new Map<string, string>();
  const sortedRows = [...rows.keys()].filter((r) => r > header.row).sort((a, b) => a - b);
  for (const r of sortedRows) {
    const cells = rows.get(r)!;
    const codeCell = cells.find((c) => c.col === header.code);
    const code = cellText(codeCell).toUpperCase();
    if (!code) continue;
    const def = figureDef(code);
    if (!def) {
      if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-L][0-9]$/.test(code)) {
        warnings.push(`Tệp ${file}, ${sheet}, ô ${codeCell!.ref}: mã "${code}" không có trong danh mục chỉ số, dòng này được bỏ qua.`);
      }
      continue;
    }
    const valueCell = cells.find((c) => c.col === header.value);
    const ref = valueCell?.ref ?? `${columnLetters(header.value)}${r}`;
    const where = `Tệp ${file}, ${sheet}, ô ${ref} (mã ${code}, "${def.label}")`;
    if (seen.has(code)) {
      errors.push(`${where}: mã ${code} xuất hiện hai lần (đã có ở ô ${seen.get(code)}). Mỗi chỉ số chỉ ghi một dòng; hãy đề nghị đơn vị xóa dòng thừa rồi gửi lại.`);
      continue;
    }
    seen.set(code, ref);
    if (def.source.type === 'ratio') continue; // Rates are recomputed from their parts.
    const note = cellText(cells.find((c) => c.col === header.note));
    const noteIsNone = note !== '' && /^kh/i.test(note) && fold(note).startsWith(NONE_NOTE_FOLDED);
    const push = (state: EntryState, value: number | null): void => {
      entries.push({ code, state, value, cell: ref, note });
    };
    if (valueCell?.formulaNoCache) {
      errors.push(`${where}: ô có công thức nhưng không có giá trị đã tính (tệp được tạo bởi phần mềm không tính công thức). Hãy đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại, hoặc ghi số trực tiếp.`);
      continue;
    }
    const v: CellValue = valueCell?.value ?? { kind: 'empty' };
    const bad = (why: string): void => {
      errors.push(`${where}: ${why}. Hãy đề nghị đơn vị sửa ô này (ghi số, "Không phát sinh" hoặc để trống nếu chưa có số liệu) rồi gửi lại.`);
    };
    let n: number | null = null;
    if (v.kind === 'empty') {
      if (noteIsNone) push('none', null);
      else push('blank', null);
      continue;
    } else if (v.kind === 'error') {
      bad(`ô có lỗi "${v.s}" thay vì số liệu`);
      continue;
    } else if (v.kind === 'bool') {
      if (!def.boolean) {
        bad(`ô ghi đúng/sai (${v.b ? 'TRUE' : 'FALSE'}) nhưng chỉ số này là số đếm`);
        continue;
      }
      n = v.b ? 1 : 0;
    } else if (v.kind === 'number') {
      n = v.n;
      if (n === 0 && noteIsNone) {
        push('none', null);
        continue;
      }
    } else {
      const t = v.s;
      const f = fold(t);
      if (NONE_FOLDED.has(f)) {
        push('none', null);
        continue;
      }
      if (def.boolean && YES.has(f)) n = 1;
      else if (def.boolean && NO.has(f)) n = 0;
      else {
        n = parseVietnameseNumber(t);
        if (n === null) {
          bad(`giá trị "${t.slice(0, 60)}" không phải là số`);
          continue;
        }
        warnings.push(`${where}: số được ghi dạng chữ "${t.slice(0, 30)}", đã đọc là ${String(n)}.`);
      }
    }
    const problem = valueProblem(def, n);
    if (problem) {
      bad(`giá trị ${String(n)} ${problem}`);
      continue;
    }
    push('value', n);
  }
  entries.sort((a, b) => CATALOG_ORDER.get(a.code)! - CATALOG_ORDER.get(b.code)!);
  return entries;
}

/** Checks the catalogue's "left ≤ right" rules, naming both cells. "Không phát sinh" counts as 0. */
function checkRules(entries: readonly ReadEntry[], file: string, errors: string[]): void {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const num = (e: ReadEntry | undefined): number | null => (!e ? null : e.state === 'value' ? e.value : e.state === 'none' ? 0 : null);
  for (const rule of FIGURE_RULES) {
    const l = byCode.get(rule.left);
    const r = byCode.get(rule.right);
    const lv = num(l);
    const rv = num(r);
    if (lv === null || rv === null || lv <= rv) continue;
    errors.push(
      `Tệp ${file}, trang "${SHEET_FIGURES}", ô ${l!.cell} (${rule.left} = ${String(lv)}) lớn hơn ô ${r!.cell} (${rule.right} = ${String(rv)}): ${rule.message} Hãy đề nghị đơn vị kiểm tra, sửa lại rồi gửi lại.`,
    );
  }
}

const EMPTY_IDENTITY: ExchangeIdentity = { unitName: '', unitCode: '', periodId: '' };

/**
 * Reads one exchange workbook from its bytes. Never throws for a bad file: problems come back as
 * `errors` (the file must be refused) and `warnings` (it may be used, with a note on the board).
 */
export function readExchangeWorkbook(bytes: Uint8Array, fileName: string): ExchangeRead {
  const errors: string[] = [];
  const warnings: string[] = [];
  const result = (meta: ExchangeMeta | null, identity: ExchangeIdentity, entries: ReadEntry[], digestOk: boolean | null): ExchangeRead => ({
    fileName,
    ok: errors.length === 0,
    meta,
    identity,
    entries,
    digestOk,
    warnings,
    errors,
  });
  try {
    if (bytes.length > READ_LIMITS.fileBytes) {
      throw new ReadError(`Tệp ${fileName} có dung lượng ${Math.round(bytes.length / 1024 / 1024)} MB, quá lớn so với một biểu số liệu (thường dưới 100 KB). Không nhập tệp này; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
    }
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) throw new ReadError(sniffNonZip(bytes, fileName));
    const zip = new ZipReader(bytes, readCentralDirectory(bytes, fileName), fileName);
    if (zip.has('EncryptionInfo') || zip.has('EncryptedPackage')) throw new ReadError(`Tệp ${fileName} được đặt mật khẩu nên không đọc được. Hãy đề nghị đơn vị bỏ mật khẩu rồi gửi lại.`);
    const sheets = listSheets(zip, fileName);
    const figuresRef = sheets.find((s) => s.name === SHEET_FIGURES) ?? sheets.find((s) => fold(s.name) === fold(SHEET_FIGURES));
    const sstXml = zip.text('xl/sharedStrings.xml', 'sharedStrings');
    const sst = sstXml === null ? null : new SharedStrings(sstXml);
    const { meta: rawMeta, found: hasMeta } = readMeta(zip, sheets, sst, fileName);
    if (!figuresRef) {
      throw new ReadError(
        `Tệp ${fileName}: không có trang "${SHEET_FIGURES}" (các trang có trong tệp: ${sheets.map((s) => `"${s.name}"`).join(', ') || 'không có'}). Trang này không được đổi tên hoặc xóa; hãy đề nghị đơn vị dùng lại biểu của ứng dụng.`,
      );
    }
    if (!hasMeta) {
      throw new ReadError(
        `Tệp ${fileName}: thiếu trang ẩn "${SHEET_META}" nên không phải biểu số liệu do ứng dụng xuất ra (có thể trang số liệu đã được chép sang tệp khác). Hãy đề nghị đơn vị gửi đúng tệp .xlsx do ứng dụng xuất ra, hoặc điền biểu mẫu trống tạo bằng "dcs template".`,
      );
    }
    const meta = buildMeta(rawMeta, fileName, errors);
    if (!meta) return result(null, EMPTY_IDENTITY, [], null);
    const xml = zip.text(figuresRef.path, SHEET_FIGURES);
    if (xml === null) throw new ReadError(`Tệp ${fileName} bị hỏng: thiếu nội dung trang "${SHEET_FIGURES}". Hãy đề nghị đơn vị gửi lại.`);
    const rows = parseSheetCells(xml, sst, { rows: READ_LIMITS.sheetRows, cells: READ_LIMITS.sheetCells }, (what) => {
      throw new ReadError(`Tệp ${fileName}, trang "${SHEET_FIGURES}": có quá nhiều dữ liệu (hơn ${what}), không phải biểu số liệu của ứng dụng (biểu có khoảng 80 dòng). Hãy đề nghị đơn vị xóa phần thừa hoặc xuất lại biểu từ ứng dụng.`);
    });
    const headerRow = findHeader(rows)?.row ?? FIGURES_HEADER_ROW;
    const identity = readIdentity(rows, headerRow);
    const entries = readFigures(rows, fileName, errors, warnings);
    if (errors.length === 0) checkRules(entries, fileName, errors);
    let digestOk: boolean | null = null;
    if (!meta.template) {
      digestOk = meta.digest !== '' && entriesDigest(entries) === meta.digest;
      if (!digestOk) {
        warnings.push(`Tệp ${fileName}: số liệu trên trang "${SHEET_FIGURES}" đã sửa sau khi xuất (không khớp mã kiểm tra trong tệp). Số liệu vẫn được nhận; hãy xác nhận với đơn vị rằng đây là số liệu chính thức.`);
      }
      if (identity.unitCode && meta.unitCode && identity.unitCode !== meta.unitCode) {
        warnings.push(`Tệp ${fileName}, trang "${SHEET_FIGURES}", ô ${columnLetters(CELL_UNIT_CODE.col)}${CELL_UNIT_CODE.row}: mã đơn vị "${identity.unitCode}" khác mã lúc xuất "${meta.unitCode}"; dùng mã lúc xuất.`);
      }
    } else if (entries.length > 0 && entries.every((e) => e.state === 'blank')) {
      errors.push(`Tệp ${fileName}: biểu mẫu trống, chưa điền số liệu nào ở cột "Giá trị" của trang "${SHEET_FIGURES}". Hãy đề nghị đơn vị điền số liệu rồi gửi lại.`);
    }
    if (entries.length === 0 && errors.length === 0) {
      errors.push(`Tệp ${fileName}, trang "${SHEET_FIGURES}": không có dòng chỉ số nào có mã trong danh mục (cột "Mã"). Hãy đề nghị đơn vị dùng lại biểu của ứng dụng.`);
    }
    return result(meta, identity, entries, digestOk);
  } catch (e) {
    if (e instanceof ReadError) {
      errors.push(e.message);
      return result(null, EMPTY_IDENTITY, [], null);
    }
    errors.push(`Tệp ${fileName} không đọc được (${e instanceof Error ? e.message : String(e)}). Hãy đề nghị đơn vị gửi lại tệp .xlsx do ứng dụng xuất ra.`);
    return result(null, EMPTY_IDENTITY, [], null);
  }
}

/** What a .docx/.pdf sent beside the workbook really is; null when it is what its name says. */
export function attachmentProblem(bytes: Uint8Array, fileName: string, kind: 'docx' | 'pdf'): string | null {
  if (bytes.length === 0) return `Tệp ${fileName} rỗng (0 byte); hãy đề nghị đơn vị gửi lại.`;
  if (bytes.length > 60 * 1024 * 1024) return `Tệp ${fileName} lớn hơn 60 MB; hãy đề nghị đơn vị gửi bản nhỏ hơn (ví dụ quét ở độ phân giải 150 dpi).`;
  if (kind === 'pdf') return startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) ? null : `Tệp ${fileName} có đuôi .pdf nhưng không phải tệp PDF; hãy đề nghị đơn vị gửi lại.`;
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return `Tệp ${fileName} là văn bản Word cũ (.doc) hoặc được đặt mật khẩu; hãy lưu lại dạng .docx không mật khẩu hoặc gửi bản PDF.`;
    return `Tệp ${fileName} có đuôi .docx nhưng không phải văn bản Word; hãy đề nghị đơn vị gửi lại.`;
  }
  try {
    const dir = readCentralDirectory(bytes, fileName);
    if (!dir.has('word/document.xml')) return `Tệp ${fileName} có đuôi .docx nhưng không phải văn bản Word; hãy đề nghị đơn vị gửi lại.`;
  } catch (e) {
    return e instanceof ReadError ? e.message : `Tệp ${fileName} bị hỏng; hãy đề nghị đơn vị gửi lại.`;
  }
  return null;
}

/** Rows of the first (or named) sheet as text, for small lists such as the expected units. */
export function readSheetRows(bytes: Uint8Array, fileName: string, sheetName?: string): { sheet: string; rows: Array<{ line: number; cells: string[] }> } {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ReadError(sniffNonZip(bytes, fileName));
  const zip = new ZipReader(bytes, readCentralDirectory(bytes, fileName), fileName);
  const sheets = listSheets(zip, fileName).filter((s) => s.state === 'visible' || s.state === '');
  const ref = (sheetName ? sheets.find((s) => s.name === sheetName) : undefined) ?? sheets[0];
  if (!ref) throw new ReadError(`Tệp ${fileName} không có trang tính nào.`);
  const sstXml = zip.text('xl/sharedStrings.xml', 'sharedStrings');
  const sst = sstXml === null ? null : new SharedStrings(sstXml);
  const xml = zip.text(ref.path, ref.name) ?? '';
  const rows = parseSheetCells(xml, sst, { rows: 100_000, cells: 1_000_000 }, (what) => {
    throw new ReadError(`Tệp ${fileName}, trang "${ref.name}": quá nhiều dữ liệu (hơn ${what}).`);
  });
  const out: Array<{ line: number; cells: string[] }> = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(r)!;
    const width = Math.max(...cells.map((c) => c.col));
    const texts = new Array<string>(width).fill('');
    for (const c of cells) texts[c.col - 1] = cellText(c);
    if (texts.some((t) => t !== '')) out.push({ line: r, cells: texts });
  }
  return { sheet: ref.name, rows: out };
}

export { ReadError as ExchangeReadError };
