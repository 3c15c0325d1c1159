// Generates test inboxes for the aggregator: units of every kind with known numbers, their exchange
// workbooks written by the real writer, and the cases an inbox really holds: on time, late,
// missing, resubmitted, duplicated, hand-filled, edited after export, mapped codes, attachments,
// and more than twenty kinds of broken files. Every expected outcome and every number is recorded
// here, so the tests compare the aggregator against the generator's own input.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ImportOutcome } from '../../shared/aggregate/api';
import type { ExpectedUnit } from '../../shared/aggregate/types';
import { CATALOG, FIGURE_RULES, figuresFor, type ResolvedFigure } from '../../shared/domain/catalog';
import { describePeriod } from '../../shared/domain/periods';
import { planPeriodSettings } from '../../shared/plans/resolve';
import { BINH_LU } from '../../shared/domain/profiles';
import { UNIT_KINDS, type UnitKind } from '../../shared/domain/units';
import { roundPercent } from '../../shared/format/vi';
import { writeExchangeWorkbook } from '../../electron/core/reports/xlsx/exchangeWriter';
import { writeBlankTemplate } from '../../electron/core/reports/unitReport';

export type Value = number | 'none' | null;
export type Values = Record<string, Value>;

export const PERIOD = '2026-H1';
/** Lai Châu's H1 deadline (the profile's "trước ngày 05/5"). */
export const DEADLINE = '2026-05-04';
export const ON_TIME = '2026-04-28';
export const LATE = '2026-05-08';

export interface GenUnit extends ExpectedUnit {
  values: Values;
}

export interface ExpectedFile {
  path: string;
  batch: 1 | 2;
  outcome: ImportOutcome;
  /** The unit it should be filed under (when accepted). */
  unit?: string;
  /** A fragment of the Vietnamese reason (rejected) or warning. */
  why?: string;
  /** What the case is, for test names. */
  label: string;
}

export interface Inbox {
  root: string;
  batch1: string;
  batch2: string;
  units: GenUnit[];
  /** Code in a file → unit code, to store with aggregate.mapUnit before importing. */
  aliases: Array<{ alias: string; unitCode: string }>;
  /** Units removed from the list before importing. */
  removed: string[];
  files: ExpectedFile[];
  /** The figures of each unit's current submission after both batches (the totals' source of truth). */
  final: Map<string, Values>;
  /** Received date of each unit's first submission. */
  received: Map<string, string>;
  missing: string[];
  /** The units whose current figures were typed by hand / edited after export. */
  template: string[];
  edited: string[];
}

// ---------------------------------------------------------------------------------------------
// Numbers

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random values for every non-rate figure of a kind; some blank, some "không phát sinh"; rules hold. */
export function randomValues(kind: UnitKind, seed: number): Values {
  const r = rng(seed);
  const out: Values = {};
  for (const d of figuresFor(kind)) {
    if (d.source.type === 'ratio') continue;
    const x = r();
    if (x < 0.12) out[d.code] = null;
    else if (x < 0.2) out[d.code] = 'none';
    else if (d.boolean) out[d.code] = r() < 0.75 ? 1 : 0;
    else if (d.fractional) out[d.code] = Math.round(r() * 5_000_000_00) / 100;
    else out[d.code] = Math.floor(r() * 400);
  }
  const num = (v: Value | undefined): number | null => (v === undefined || v === null ? null : v === 'none' ? 0 : v);
  for (let pass = 0; pass < 5; pass++) {
    for (const rule of FIGURE_RULES) {
      const l = num(out[rule.left]);
      const rv = num(out[rule.right]);
      if (l !== null && rv !== null && l > rv) out[rule.left] = rv === 0 ? 'none' : rv;
    }
  }
  return out;
}

export function resolved(kind: UnitKind, values: Values): ResolvedFigure[] {
  const num = (code: string): number | null => {
    const v = values[code];
    return v === undefined || v === null ? null : v === 'none' ? 0 : v;
  };
  return figuresFor(kind).map((d): ResolvedFigure => {
    const base = { code: d.code, label: d.label, unit: d.unit, group: d.group };
    if (d.source.type === 'ratio') {
      const n = num(d.source.num);
      const den = num(d.source.den);
      return { ...base, value: n !== null && den !== null && den > 0 ? Math.min(100, (n / den) * 100) : null, source: 'computed' };
    }
    const v = values[d.code];
    if (v === undefined || v === null) return { ...base, value: null, source: 'blank' };
    if (v === 'none') return { ...base, value: 0, source: 'none' };
    return { ...base, value: v, source: d.source.type === 'derived' ? 'derived' : 'entered', ...(d.source.type === 'derived' ? { activityIds: [] } : {}) };
  });
}

export async function unitWorkbook(u: ExpectedUnit, values: Values, opts: { period?: string; revision?: number; generatedAt?: string } = {}): Promise<Buffer> {
  const period = describePeriod(opts.period ?? PERIOD, planPeriodSettings(BINH_LU));
  return writeExchangeWorkbook({
    meta: {
      unitCode: u.code,
      unitName: u.name,
      unitKind: u.kind,
      parentBody: u.parent,
      profileId: 'lai-chau-binh-lu',
      periodId: period.id,
      periodFrom: period.from,
      periodTo: period.to,
      generatedAt: opts.generatedAt ?? '2026-04-25T08:00:00.000Z',
      appVersion: '0.1.0',
      revision: opts.revision ?? 1,
      template: false,
    },
    title: `Biểu số liệu kết quả thực hiện dân chủ ở cơ sở ${period.titlePhrase}`,
    periodLabel: period.label,
    figures: resolved(u.kind, values),
    activities: [],
    checklist: [],
    inspections: [],
    targets: [],
  });
}

// ---------------------------------------------------------------------------------------------
// Editing a workbook's XML, the way a clerk's Excel (or a broken mailer) would change it

export type Parts = Record<string, Uint8Array>;

export const parts = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const pack = (p: Parts): Uint8Array => zipSync(p as Zippable, { level: 6 });
const text = (p: Parts, name: string): string => strFromU8(p[name]!);
const put = (p: Parts, name: string, s: string): void => {
  p[name] = strToU8(s);
};

/** Shared-string index of an exact text. */
function sstIndex(p: Parts, s: string): number {
  const items = text(p, 'xl/sharedStrings.xml').match(/<si>[\s\S]*?<\/si>/g) ?? [];
  return items.findIndex((si) => si.replace(/<[^>]+>/g, '') === s);
}

/** The row of a figure code on the figures sheet (sheet1). */
export function rowOfCode(p: Parts, code: string): number {
  const i = sstIndex(p, code);
  const m = new RegExp(`<c r="B(\\d+)"[^>]*t="s"[^>]*><v>${i}</v></c>`).exec(text(p, 'xl/worksheets/sheet1.xml'));
  if (!m) throw new Error(`no row for ${code}`);
  return Number(m[1]);
}

/** Replaces the cell `ref` on a sheet with new cell XML (or inserts it at the end of its row). */
export function setCell(p: Parts, ref: string, cellXml: string, sheet = 'xl/worksheets/sheet1.xml'): void {
  const xml = text(p, sheet);
  const re = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
  if (re.test(xml)) put(p, sheet, xml.replace(re, cellXml));
  else {
    const row = ref.replace(/^[A-Z]+/, '');
    put(p, sheet, xml.replace(new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(</row>)`), `$1${cellXml}$2`));
  }
}

export const numberCell = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;
export const textCell = (ref: string, s: string): string => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

function editValue(bytes: Uint8Array, code: string, cellXml: (ref: string) => string): Uint8Array {
  const p = parts(bytes);
  const ref = `E${rowOfCode(p, code)}`;
  setCell(p, ref, cellXml(ref));
  return pack(p);
}

function replaceIn(bytes: Uint8Array, name: string, from: string | RegExp, to: string): Uint8Array {
  const p = parts(bytes);
  const before = text(p, name);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`nothing replaced in ${name}: ${String(from)}`);
  put(p, name, after);
  return pack(p);
}

/** Sets a bit of the general-purpose flags of one entry (bit 0: encrypted), in both headers. */
function setZipFlag(zip: Uint8Array, entry: string, bit: number): Uint8Array {
  const out = new Uint8Array(zip);
  const name = strToU8(entry);
  const matchAt = (o: number, nameOff: number): boolean => name.every((b, i) => out[o + nameOff + i] === b);
  for (let o = 0; o + 46 < out.length; o++) {
    const sig = out[o]! | (out[o + 1]! << 8) | (out[o + 2]! << 16) | (out[o + 3]! << 24);
    if (sig === 0x04034b50 && matchAt(o, 30)) out[o + 6]! |= bit;
    if (sig === 0x02014b50 && matchAt(o, 46)) out[o + 8]! |= bit;
  }
  return out;
}

/** Sets the declared uncompressed size of one entry in the central directory. */
function setDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const name = strToU8(entry);
  for (let o = 0; o + 46 < out.length; o++) {
    const sig = out[o]! | (out[o + 1]! << 8) | (out[o + 2]! << 16) | (out[o + 3]! << 24);
    if (sig === 0x02014b50 && name.every((b, i) => out[o + 46 + i] === b)) new DataView(out.buffer).setUint32(o + 24, size, true);
  }
  return out;
}

/** An OLE2 (CFB) container with the given stream names, as old .xls and encrypted .xlsx files are. */
function cfb(streams: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let o = 1024;
  for (const s of streams) {
    for (let i = 0; i < s.length; i++) out[o + i * 2] = s.charCodeAt(i);
    o += 128;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const KIND_NAMES: Record<UnitKind, string> = {
  xa: 'Ủy ban nhân dân xã',
  co_quan: 'Văn phòng',
  su_nghiep: 'Trường Tiểu học',
  dnnn: 'Công ty TNHH MTV',
  dn_khac: 'Công ty Cổ phần',
};

export function makeUnits(count: number, seed = 1): GenUnit[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = UNIT_KINDS[i % UNIT_KINDS.length]!;
    const code = `DV-${String(i + 1).padStart(3, '0')}`;
    return { code, name: `${KIND_NAMES[kind]} số ${i + 1}`, kind, parent: i % 3 === 0 ? 'Sở Nội vụ' : '', values: randomValues(kind, seed * 1000 + i) };
  });
}

/**
 * Writes the inbox under `root`: batch 1 (received before the deadline) and batch 2 (after it).
 * `units` of every kind; the last two never report; the broken files are in batch 1.
 */
export async function generateInbox(root: string, unitCount = 24): Promise<Inbox> {
  const batch1 = join(root, 'dot-1');
  const batch2 = join(root, 'dot-2');
  mkdirSync(batch1, { recursive: true });
  mkdirSync(batch2, { recursive: true });
  const units = makeUnits(unitCount);
  const files: ExpectedFile[] = [];
  const final = new Map<string, Values>();
  const received = new Map<string, string>();
  const template: string[] = [];
  const edited: string[] = [];
  const write = (dir: string, name: string, bytes: Uint8Array): string => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const [late, resubmit, dupOf, handFilled, editedUnit, aliased, byName, attached, missing1, missing2] = units.slice(-10);
  const missing = [missing1!.code, missing2!.code];
  const special = new Set([late!.code, handFilled!.code, editedUnit!.code, aliased!.code, byName!.code, ...missing]);

  // Ordinary on-time reports, most with the signed .docx beside them (a real .docx from the renderer is not needed:
  // any zip with word/document.xml is a Word file to the importer).
  const docx = pack({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
  let good: Buffer | null = null;
  for (const [i, u] of units.entries()) {
    if (special.has(u.code)) continue;
    const bytes = await unitWorkbook(u, u.values);
    good ??= bytes;
    files.push({ path: write(batch1, `${u.code}_2026-H1.xlsx`, bytes), batch: 1, outcome: 'accepted', unit: u.code, label: `on time (${u.kind})` });
    if (i % 2 === 0) files.push({ path: write(batch1, `${u.code}_2026-H1.docx`, docx), batch: 1, outcome: 'accepted', unit: u.code, label: 'signed .docx beside it' });
    final.set(u.code, u.values);
    received.set(u.code, ON_TIME);
  }
  files.push({ path: write(batch1, `${attached!.code}_2026-H1 (ban quet).pdf`, strToU8('%PDF-1.4\n%test\n')), batch: 1, outcome: 'accepted', unit: attached!.code, label: 'scanned .pdf beside it' });


  // Hand-filled blank template: name and code typed in; "Có", "kps", a number typed as text.
  {
    const u = handFilled!;
    const path = join(batch1, 'bieu-dien-tay.xlsx');
    const period = describePeriod(PERIOD, planPeriodSettings(BINH_LU));
    await writeBlankTemplate(period, u.kind, 'lai-chau-binh-lu', path, '2026-03-01T00:00:00.000Z');
    const p = parts(readFileSync(path));
    setCell(p, 'C2', textCell('C2', u.name));
    setCell(p, 'E2', textCell('E2', u.code));
    const values: Values = {};
    for (const d of figuresFor(u.kind)) {
      if (d.source.type === 'ratio') continue;
      const v = u.values[d.code];
      const ref = `E${rowOfCode(p, d.code)}`;
      if (v === null || v === undefined) continue;
      if (v === 'none') setCell(p, ref, textCell(ref, d.code.length % 2 ? 'kps' : 'Không phát sinh'));
      else if (d.boolean) setCell(p, ref, textCell(ref, v ? 'Có' : 'Không'));
      else if (!d.fractional && v >= 1000) setCell(p, ref, textCell(ref, `${Math.floor(v / 1000)}.${String(v % 1000).padStart(3, '0')}`));
      else setCell(p, ref, numberCell(ref, v));
      values[d.code] = v;
    }
    writeFileSync(path, pack(p));
    files.push({ path, batch: 1, outcome: 'warnings', unit: u.code, why: 'điền tay', label: 'hand-filled template' });
    final.set(u.code, values);
    received.set(u.code, ON_TIME);
    template.push(u.code);
  }

  // Edited after export: one count changed in Excel, so the digest no longer matches.
  {
    const u = editedUnit!;
    const values = { ...u.values, L1_MH: 777 };
    const bytes = editValue(await unitWorkbook(u, u.values), 'L1_MH', (ref) => numberCell(ref, 777));
    files.push({ path: write(batch1, `${u.code}_2026-H1.xlsx`, bytes), batch: 1, outcome: 'warnings', unit: u.code, why: 'đã sửa sau khi xuất', label: 'edited after export' });
    final.set(u.code, values);
    received.set(u.code, ON_TIME);
    edited.push(u.code);
  }

  // A unit that exports under an old code, mapped beforehand; one matched by its exact name.
  {
    const u = aliased!;
    const bytes = await unitWorkbook({ ...u, code: 'MA-CU-99' }, u.values);
    files.push({ path: write(batch1, 'MA-CU-99_2026-H1.xlsx', bytes), batch: 1, outcome: 'warnings', unit: u.code, why: 'ghép', label: 'unknown code mapped to a unit' });
    final.set(u.code, u.values);
    received.set(u.code, ON_TIME);
    const v = byName!;
    const b2 = await unitWorkbook({ ...v, code: 'KHONG-RO' }, v.values);
    files.push({ path: write(batch1, 'KHONG-RO_2026-H1.xlsx', b2), batch: 1, outcome: 'warnings', unit: v.code, why: 'theo tên', label: 'unknown code, unit found by its exact name' });
    final.set(v.code, v.values);
    received.set(v.code, ON_TIME);
  }

  // Broken files: each must be refused with its reason, changing nothing.
  const g = good!;
  const u0 = units[0]!;
  const broken: Array<[string, Uint8Array | (() => Promise<Uint8Array>), string, string]> = [
    ['01-empty.xlsx', new Uint8Array(0), 'rỗng', 'empty file'],
    ['02-random.xlsx', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 251), 'không phải tệp Excel', 'random bytes'],
    ['03-old.xlsx', cfb(['Root Entry', 'Workbook', 'SummaryInformation']), '97-2003', '.xls renamed .xlsx'],
    ['04-password.xlsx', cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'mật khẩu', 'password-protected workbook'],
    ['05-renamed-docx.xlsx', docx, 'Word (.docx)', '.docx renamed .xlsx'],
    ['06-renamed-pdf.xlsx', strToU8('%PDF-1.7\n1 0 obj\n'), 'PDF', '.pdf renamed .xlsx'],
    ['07-csv.xlsx', strToU8('Mã,Giá trị\nA1,3\nA2,1\n'.repeat(20)), 'tệp văn bản', 'CSV renamed .xlsx'],
    ['08-html.xlsx', strToU8('<html><body><table><tr><td>A1</td></tr></table></body></html>'), 'HTML', 'HTML "Excel export"'],
    ['09-truncated.xlsx', g.subarray(0, Math.floor(g.length / 2)), 'bị hỏng', 'truncated download'],
    ['10-bomb.xlsx', () => Promise.resolve(bomb(g)), 'zip bomb', 'zip bomb (huge declared size)'],
    ['11-lying-bomb.xlsx', () => Promise.resolve(setDeclaredSize(bomb(g), 'xl/worksheets/sheet1.xml', 30_000)), 'bị hỏng', 'zip bomb lying about its size'],
    ['12-plain-zip.xlsx', pack({ 'hello.txt': strToU8('xin chào') }), 'không phải sổ tính Excel', 'a zip that is not a workbook'],
    ['13-no-figures-sheet.xlsx', replaceIn(g, 'xl/workbook.xml', 'name="Biểu số liệu"', 'name="Sheet1"'), 'không có trang', 'figures sheet renamed'],
    ['14-no-meta.xlsx', replaceIn(g, 'xl/workbook.xml', /<sheet [^>]*name="_meta"[^>]*\/>/, ''), 'thiếu trang ẩn', 'hidden _meta sheet removed'],
    ['15-wrong-format.xlsx', replaceIn(g, 'xl/sharedStrings.xml', /<t(?: [^>]*)?>dcs-exchange<\/t>/, '<t>khac</t>'), 'dấu hiệu định dạng', 'not the exchange format'],
    ['16-newer-version.xlsx', replaceIn(g, 'xl/worksheets/sheet5.xml', /(<c r="B2"[^>]*>)<v>1<\/v>/, '$1<v>99</v>'), 'mới hơn', 'newer format version'],
    ['17-wrong-period.xlsx', () => unitWorkbook(u0, u0.values, { period: '2025-Y' }), 'không phải kỳ đang nhập', 'another period'],
    ['18-unknown-unit.xlsx', () => unitWorkbook({ ...u0, code: 'LA-001', name: 'Đơn vị lạ' }, u0.values), 'không có trong danh sách', 'unit not on the list'],
    ['19-text-in-number.xlsx', editValue(g, 'L1_KT', (ref) => textCell(ref, 'nhiều')), 'không phải là số', 'text where a number belongs'],
    ['20-negative.xlsx', editValue(g, 'L1_KT', (ref) => numberCell(ref, -3)), 'không được âm', 'negative number'],
    ['21-fraction.xlsx', editValue(g, 'L1_KT', (ref) => numberCell(ref, 2.5)), 'số nguyên', 'fraction in a count'],
    ['22-boolean-5.xlsx', editValue(g, 'A2', (ref) => numberCell(ref, 5)), 'Có (1) hoặc Không (0)', 'yes/no figure holding 5'],
    ['23-rule-broken.xlsx', () => ruleBroken(u0), 'lớn hơn ô', 'catalogue rule broken (resolved > received)'],
    ['24-header-renamed.xlsx', replaceIn(g, 'xl/sharedStrings.xml', /<t(?: [^>]*)?>Giá trị<\/t>/, '<t>Số liệu</t>'), 'dòng tiêu đề', 'value column title changed'],
    ['25-blank-template.xlsx', () => blankTemplate(u0.kind), 'biểu mẫu trống', 'blank template sent back unfilled'],
    ['26-formula-no-cache.xlsx', editValue(g, 'L1_KT', (ref) => `<c r="${ref}"><f>SUM(1,2)</f></c>`), 'công thức', 'formula without a cached value'],
    ['27-error-cell.xlsx', editValue(g, 'L1_KT', (ref) => `<c r="${ref}" t="e"><v>#REF!</v></c>`), '#REF!', 'error value in a cell'],
    ['28-encrypted-entry.xlsx', setZipFlag(g, 'xl/worksheets/sheet1.xml', 1), 'mật khẩu', 'zip entry flagged encrypted'],
    ['29-huge-sheet.xlsx', hugeSheet(g), 'quá nhiều dữ liệu', 'sheet with 12,000 rows'],
    ['30-duplicate-row.xlsx', duplicateRow(g, 'L1_KT'), 'hai lần', 'a figure code on two rows'],
    ['31-template-no-code.xlsx', () => filledTemplateWithoutCode(u0.kind), 'chưa ghi mã đơn vị', 'hand-filled template without a unit code'],
    ['32-removed-unit.xlsx', () => unitWorkbook(units[1]!, units[1]!.values, { generatedAt: '2026-04-20T00:00:00.000Z' }), 'đã bị xóa', 'unit removed from the list'],
    ['33-hex-number.xlsx', editValue(g, 'L1_KT', (ref) => `<c r="${ref}"><v>0x10</v></c>`), '0x10', 'a count stored as 0x10 (Number() would read 16)'],
    ['34-infinity.xlsx', editValue(g, 'L1_KT', (ref) => `<c r="${ref}"><v>Infinity</v></c>`), 'Infinity', 'a count stored as Infinity'],
    ['35-macros.xlsm', pack({ ...parts(g), 'xl/vbaProject.bin': strToU8('Attribute VB_Name = "Module1"') }), 'macro', 'a macro-enabled workbook (.xlsm with VBA)'],
    ['36-macro-sheet.xlsx', pack({ ...parts(g), 'xl/macrosheets/sheet1.xml': strToU8('<xm:macrosheet/>') }), 'macro', 'an Excel 4.0 macro sheet inside'],
  ];
  for (const [name, make, why, label] of broken) {
    const bytes = typeof make === 'function' ? await make() : make;
    files.push({ path: write(batch1, name, bytes), batch: 1, outcome: 'rejected', why, label });
  }
  // Units[1] is taken off the list before importing: its regular file is refused too.
  const removed = [units[1]!.code];
  const regular1 = files.find((f) => f.unit === units[1]!.code && f.path.endsWith('.xlsx'))!;
  Object.assign(regular1, { outcome: 'rejected', why: 'đã bị xóa', unit: undefined, label: 'unit removed from the list' });
  for (const f of files.filter((x) => x.unit === units[1]!.code && !x.path.endsWith('.xlsx'))) Object.assign(f, { outcome: 'rejected', why: 'bị từ chối' });
  final.delete(units[1]!.code);
  received.delete(units[1]!.code);
  files.push({ path: write(batch1, 'ghi-chu.txt', strToU8('Danh sách đã gửi')), batch: 1, outcome: 'rejected', why: 'không phải biểu số liệu', label: 'not a report at all' });
  files.push({ path: write(batch1, 'scan-khong-ro.pdf', strToU8('%PDF-1.4\n')), batch: 1, outcome: 'rejected', why: 'không gắn được', label: 'attachment matching no unit' });
  files.push({ path: write(batch1, `${attached!.code} bao cao.docx`, strToU8('not a word file')), batch: 1, outcome: 'rejected', why: 'không phải văn bản Word', label: 'attachment that is not a Word file' });

  // Batch 2, after the deadline: the late unit, a resubmission (revision 2), an older revision, a late attachment.
  {
    const u = late!;
    files.push({ path: write(batch2, `${u.code}_2026-H1.xlsx`, await unitWorkbook(u, u.values)), batch: 2, outcome: 'accepted', unit: u.code, label: 'late report' });
    final.set(u.code, u.values);
    received.set(u.code, LATE);
    const r = resubmit!;
    const v2: Values = { ...r.values, A1: 55, L1_KT: 9 };
    files.push({ path: write(batch2, `${r.code}_2026-H1_lan-2.xlsx`, await unitWorkbook(r, v2, { revision: 2, generatedAt: '2026-05-06T08:00:00.000Z' })), batch: 2, outcome: 'replaced', unit: r.code, label: 'resubmission replaces the earlier one' });
    final.set(r.code, v2);
    const old = units.find((x) => !special.has(x.code) && x.code !== r.code && x.code !== units[1]!.code)!;
    files.push({ path: write(batch2, `${old.code}_cu.xlsx`, await unitWorkbook(old, { ...old.values, A1: 1 }, { generatedAt: '2026-04-01T00:00:00.000Z' })), batch: 2, outcome: 'rejected', why: 'cũ hơn', label: 'older export than the one received' });
    // The same file again, saved from a second e-mail.
    files.push({ path: write(batch2, `Copy of ${dupOf!.code}_2026-H1.xlsx`, readFileSync(join(batch1, `${dupOf!.code}_2026-H1.xlsx`))), batch: 2, outcome: 'duplicate', unit: dupOf!.code, why: 'trùng hoàn toàn', label: 'exact duplicate' });
    files.push({ path: write(batch2, `Bao cao ${late!.code} (da ky).pdf`, strToU8('%PDF-1.5\n')), batch: 2, outcome: 'accepted', unit: late!.code, label: 'attachment matched by the unit code in its name' });
  }

  return {
    root,
    batch1,
    batch2,
    units,
    aliases: [{ alias: 'MA-CU-99', unitCode: aliased!.code }],
    removed,
    files,
    final,
    received,
    missing,
    template,
    edited,
  };
}

/** The figures sheet replaced by ~20 MB of spaces: the declared size alone refuses it. */
function bomb(good: Uint8Array): Uint8Array {
  const p = parts(good);
  p['xl/worksheets/sheet1.xml'] = new Uint8Array(20 * 1024 * 1024).fill(0x20);
  return zipSync(p as Zippable, { level: 1 });
}

function hugeSheet(good: Uint8Array): Uint8Array {
  const p = parts(good);
  const rows: string[] = [];
  for (let r = 200; r < 12_200; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  put(p, 'xl/worksheets/sheet1.xml', text(p, 'xl/worksheets/sheet1.xml').replace('</sheetData>', `${rows.join('')}</sheetData>`));
  return pack(p);
}

function duplicateRow(good: Uint8Array, code: string): Uint8Array {
  const p = parts(good);
  const n = rowOfCode(p, code);
  const xml = text(p, 'xl/worksheets/sheet1.xml');
  const row = new RegExp(`<row r="${n}"[\\s\\S]*?</row>`).exec(xml)![0];
  const copy = row.replace(new RegExp(`r="${n}"`, 'g'), 'r="150"').replace(new RegExp(`([A-Z])${n}"`, 'g'), '$1150"');
  put(p, 'xl/worksheets/sheet1.xml', xml.replace('</sheetData>', `${copy}</sheetData>`));
  return pack(p);
}

async function ruleBroken(u: GenUnit): Promise<Uint8Array> {
  const values: Values = { ...u.values, G2_NHAN: 10, G2_GQ: 4, G2_DH: 4 };
  const bytes = await unitWorkbook(u, values);
  return editValue(bytes, 'G2_GQ', (ref) => numberCell(ref, 12));
}

async function blankTemplate(kind: UnitKind): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'dcs-blank-'));
  try {
    const path = join(dir, 'bieu-mau.xlsx');
    await writeBlankTemplate(describePeriod(PERIOD, planPeriodSettings(BINH_LU)), kind, 'lai-chau-binh-lu', path, '2026-03-01T00:00:00.000Z');
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function filledTemplateWithoutCode(kind: UnitKind): Promise<Uint8Array> {
  const p = parts(await blankTemplate(kind));
  setCell(p, 'C2', textCell('C2', 'Một đơn vị không có trong danh sách'));
  setCell(p, `E${rowOfCode(p, 'L1_KT')}`, numberCell(`E${rowOfCode(p, 'L1_KT')}`, 3));
  return pack(p);
}

// ---------------------------------------------------------------------------------------------
// Independent totals, from the generator's numbers only.

export interface ExpectedTotal {
  total: number | null;
  reported: number;
  none: number;
  blank: number;
}

/**
 * The consolidation's definition, written out: the two parts of a rate are summed over the units
 * that gave both (G2's three parts together), and the left side of a rule over units that also gave
 * its right side.
 */
const SUMMED_WITH: Record<string, string[]> = {
  A4_PT_TH: ['A4_PT_TONG'], A4_PT_TONG: ['A4_PT_TH'], B1_DA: ['B1_PHAI'], B1_PHAI: ['B1_DA'],
  C3_THON: ['F1_CO'], F1_CO: ['C3_THON'], C3_HOP: ['C3_THON', 'F1_CO'], E1_KN_GQ: ['E1_KN'],
  E3_TH: ['E3_TONG'], E3_TONG: ['E3_TH'], G2_NHAN: ['G2_GQ', 'G2_DH'], G2_GQ: ['G2_NHAN', 'G2_DH'], G2_DH: ['G2_NHAN', 'G2_GQ'],
  G3_NHAN: ['G3_NHAN_LK'], G3_GQ: ['G3_NHAN_LK'], H1_TT: ['H1_DK'], H1_DK: ['H1_TT'], H2_HL: ['H2_PHIEU'], H2_PHIEU: ['H2_HL'], K2_XL: ['K2_VP'],
  A3_CB_TT: ['A3_CB_TONG'], A3_THON_TT: ['C3_THON', 'F1_CO'], E5_BAN_TH: ['E5_BAN'], F4_TH: ['F4_TONG'], G2_PH: ['G2_NHAN', 'G2_GQ', 'G2_DH'],
};

export function expectedTotals(units: readonly GenUnit[], final: ReadonlyMap<string, Values>, kind?: UnitKind): Map<string, ExpectedTotal> {
  const out = new Map<string, ExpectedTotal>();
  const submitted = units.filter((u) => final.has(u.code) && (!kind || u.kind === kind));
  const given = (v: Values, code: string): boolean => [code, ...(SUMMED_WITH[code] ?? [])].every((c) => v[c] !== null && v[c] !== undefined);
  for (const d of CATALOG) {
    let sum = 0;
    let reported = 0;
    let none = 0;
    let blank = 0;
    if (d.source.type === 'ratio') {
      let num = 0;
      let den = 0;
      for (const u of submitted) {
        if (!figuresFor(u.kind).some((f) => f.code === d.code)) continue;
        const v = final.get(u.code)!;
        if (!given(v, d.source.num) || !given(v, d.source.den)) {
          blank++;
          continue;
        }
        const n = v[d.source.num]!;
        const m = v[d.source.den]!;
        reported++;
        num += n === 'none' ? 0 : n;
        den += m === 'none' ? 0 : m;
      }
      out.set(d.code, { total: reported && den > 0 ? roundPercent(Math.min(100, (num / den) * 100)) : null, reported, none: 0, blank });
      continue;
    }
    for (const u of submitted) {
      const all = final.get(u.code)!;
      const v = all[d.code];
      const applies = figuresFor(u.kind).some((f) => f.code === d.code);
      if (v === null || v === undefined || !given(all, d.code)) {
        if (applies || (v !== null && v !== undefined)) blank++;
        continue;
      }
      reported++;
      if (v === 'none') none++;
      else sum += d.boolean ? (v >= 1 ? 1 : 0) : v;
    }
    out.set(d.code, { total: reported ? sum : null, reported, none, blank });
  }
  return out;
}
