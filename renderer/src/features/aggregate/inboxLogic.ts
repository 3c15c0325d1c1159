// The import inbox's logic in the renderer: which dropped files to send, how to cut them into
// batches (a unit's signed .docx/.pdf travels in the same batch as its workbook, so the core can
// file it with the submission), how to merge the batches' reports, and which unit a refused file
// names. Pure, so it is tested without a browser.
import type { FileOutcome, ImportOutcome, ImportReport } from '../../../../shared/aggregate/api';
import { foldVietnamese } from '../../../../shared/domain/units';
import { vnDateOf } from '../../../../shared/format/vi';

export type FileRole = FileOutcome['role'];

const WORKBOOK_EXT = new Set(['xlsx', 'xlsm', 'xls']);
const ATTACHMENT_EXT = new Set(['docx', 'pdf']);

/** Files sent per call; each call answers one batch and moves the progress bar. */
export const BATCH_FILES = 20;
/** Bytes per call (before base64), well under the bridge's and IPC's limits. */
export const BATCH_BYTES = 30 * 1024 * 1024;
/** The largest file sent: the contract carries at most ~52 MB of base64 per file. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function fileRole(name: string): FileRole {
  const ext = extOf(name);
  if (WORKBOOK_EXT.has(ext)) return 'workbook';
  if (ATTACHMENT_EXT.has(ext)) return 'attachment';
  return 'other';
}

/** Files that are never a report: Office lock files, system and hidden files (skipped silently, as the core does in folders). */
export function isNoiseName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

/** The name without extension, folded the way the core pairs an attachment with its workbook. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return foldVietnamese(dot > 0 ? base.slice(0, dot) : base).replace(/\s+/g, ' ');
}

export interface Sized {
  name: string;
  size: number;
}

/**
 * Cuts the files into batches of about `maxFiles` files and `maxBytes` bytes, keeping each
 * workbook together with the attachments whose name starts with the workbook's name
 * ("BL-03_2026-H1.xlsx" with "BL-03_2026-H1 (bản ký).pdf"). Order otherwise follows the input.
 */
export function planBatches<T extends Sized>(files: readonly T[], maxFiles = BATCH_FILES, maxBytes = BATCH_BYTES): T[][] {
  const groups: T[][] = [];
  const byStem = new Map<string, T[]>();
  for (const f of files) {
    if (fileRole(f.name) !== 'workbook') continue;
    const g = [f];
    groups.push(g);
    const s = fileStem(f.name);
    if (!byStem.has(s)) byStem.set(s, g);
  }
  const stems = [...byStem.keys()].sort((a, b) => b.length - a.length);
  for (const f of files) {
    if (fileRole(f.name) === 'workbook') continue;
    const s = fileStem(f.name);
    const home = stems.find((w) => s.startsWith(w));
    if (home !== undefined) byStem.get(home)!.push(f);
    else groups.push([f]);
  }
  const order = new Map(files.map((f, i) => [f, i]));
  groups.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  const batches: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const g of groups) {
    const gBytes = g.reduce((s, f) => s + f.size, 0);
    if (cur.length && (cur.length + g.length > maxFiles || bytes + gBytes > maxBytes)) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(...g);
    bytes += gBytes;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

export const EMPTY_COUNTS: Record<ImportOutcome, number> = { accepted: 0, warnings: 0, replaced: 0, duplicate: 0, rejected: 0 };

export function countOutcomes(files: readonly FileOutcome[]): Record<ImportOutcome, number> {
  const counts = { ...EMPTY_COUNTS };
  for (const f of files) counts[f.outcome]++;
  return counts;
}

/** An outcome made in the renderer for a file that is not sent (not a report file, or too large). */
export function localOutcome(name: string, message: string): FileOutcome {
  return { path: '', fileName: name, role: fileRole(name), outcome: 'rejected', unitCode: null, unitName: null, submissionId: null, messages: [message] };
}

/** Why a file is refused before it is sent, or null when it goes to the core. */
export function localRefusal(name: string, size: number): string | null {
  if (fileRole(name) === 'other') return `Tệp ${name} không phải biểu số liệu (.xlsx) hay văn bản báo cáo (.docx, .pdf), không nhập.`;
  if (size > MAX_FILE_BYTES) return `Tệp ${name} lớn hơn 50 MB, không nhập; hãy đề nghị đơn vị gửi bản nhỏ hơn (ví dụ bản quét ở độ phân giải 150 dpi).`;
  if (size === 0) return `Tệp ${name} rỗng (0 byte); hãy đề nghị đơn vị gửi lại.`;
  return null;
}

/**
 * Pairs a batch's outcomes with the files sent: one outcome per file in the order given (the
 * core's promise); by name when the counts differ.
 */
export function pairOutcomes<T extends { name: string }>(sent: readonly T[], outcomes: readonly FileOutcome[]): Array<{ file: T | null; outcome: FileOutcome }> {
  if (sent.length === outcomes.length) return outcomes.map((o, i) => ({ file: sent[i]!, outcome: o }));
  const left = [...sent];
  return outcomes.map((o) => {
    const i = left.findIndex((f) => f.name === o.fileName);
    return { file: i >= 0 ? left.splice(i, 1)[0]! : null, outcome: o };
  });
}

export interface UnknownUnit {
  /** What to pass to aggregate.mapUnit: the code, or "name:<tên>" for a hand-filled file without code. */
  alias: string;
  /** How to show it: "mã TH-KD (Trường Tiểu học Kim Đồng)". */
  label: string;
}

/** The unit a refused workbook names that is not on the list, as the core reports it. */
export function unknownUnitOf(o: FileOutcome): UnknownUnit | null {
  if (o.outcome !== 'rejected' || o.role !== 'workbook' || !o.unknownUnit) return null;
  const { code, name } = o.unknownUnit;
  return code ? { alias: code, label: `mã ${code}${name ? ` (${name})` : ''}` } : { alias: `name:${name}`, label: `“${name}”` };
}

/** The rows of the outcome list: every file of the session, newest batch results replacing a file's older one. */
export interface InboxRow {
  key: number;
  /** Which import run (a pick, a drop, a re-import after mapping) answered it last: the newest run is listed first. */
  run: number;
  /** Where the file came from: its path inside the dropped folder, or its name. */
  source: string;
  outcome: FileOutcome;
  /** "Nhận ngày 08/05/2026, sau hạn nộp 04/05/2026: nộp muộn." for a first report received late. */
  lateNote?: string;
}

export function reportCounts(rows: readonly InboxRow[]): Record<ImportOutcome, number> {
  return countOutcomes(rows.map((r) => r.outcome));
}

/** A note for a unit's first report of the period received after the deadline (ISO dates). */
export function lateNoteOf(o: FileOutcome, receivedAt: string, deadline: string | null, formatDate: (iso: string) => string): string | undefined {
  if (!deadline || receivedAt <= deadline || o.role !== 'workbook') return undefined;
  if (o.outcome !== 'accepted' && o.outcome !== 'warnings') return undefined;
  return `Nhận ngày ${formatDate(receivedAt)}, sau hạn nộp ${formatDate(deadline)}: nộp muộn.`;
}

/** Newest run first; within a run, the order the files were given. */
export function sortRows(rows: readonly InboxRow[]): InboxRow[] {
  return [...rows].sort((a, b) => b.run - a.run || a.key - b.key);
}

const SHORT: Record<ImportOutcome, string> = {
  accepted: 'đã nhận',
  warnings: 'đã nhận, có cảnh báo',
  replaced: 'thay báo cáo trước',
  duplicate: 'trùng, bỏ qua',
  rejected: 'bị từ chối',
};

/** "22 đã nhận, 1 thay báo cáo trước, 3 bị từ chối" for one run's files. */
export function runSummary(rows: readonly InboxRow[], formatCount: (n: number) => string = String): string {
  const c = reportCounts(rows);
  return (Object.keys(SHORT) as ImportOutcome[])
    .filter((o) => c[o] > 0)
    .map((o) => `${formatCount(c[o])} ${SHORT[o]}`)
    .join(', ');
}

export type { ImportReport };

export interface BatchDates {
  /** Workbooks of the batch per date (ISO, Viet Nam time), oldest first. */
  days: Array<{ date: string; count: number }>;
  /** Workbooks whose own date is after the deadline. */
  afterDeadline: number;
  workbooks: number;
}

/**
 * The dates the workbooks of a batch would be received on, taken from each file's modification
 * time (as the import does, before it also checks the unit's export date inside): shown before
 * the import, so a folder received last week is not marked late by accident.
 */
export function batchDates(files: ReadonlyArray<{ name: string; lastModified: number }>, deadline: string | null, today: string): BatchDates {
  const counts = new Map<string, number>();
  let workbooks = 0;
  for (const f of files) {
    if (fileRole(f.name) !== 'workbook') continue;
    workbooks++;
    let d = vnDateOf(new Date(f.lastModified)) ?? today;
    if (d > today) d = today;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const days = [...counts].map(([date, count]) => ({ date, count })).sort((a, b) => a.date.localeCompare(b.date));
  const afterDeadline = deadline ? days.filter((d) => d.date > deadline).reduce((s, d) => s + d.count, 0) : 0;
  return { days, afterDeadline, workbooks };
}
