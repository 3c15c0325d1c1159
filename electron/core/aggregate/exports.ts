// The aggregator's documents: the consolidated report (.docx, same ND 30 layout as a unit's), the
// consolidated workbook (.xlsx: itself an exchange workbook, so a commune's consolidated file is
// imported at the province like any unit's file, plus the totals by kind, one row per unit and the
// status list), and the reminder letter (công văn đôn đốc) to the units that have not reported.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { AggregateExportResult } from '../../../shared/aggregate/api';
import { consolidatedEntries } from '../../../shared/aggregate/consolidate';
import { buildReminderLetter } from '../../../shared/aggregate/reminder';
import { buildConsolidatedReport, type ConsolidatedReportOptions } from '../../../shared/aggregate/report';
import { SUBMISSION_STATUS_LABEL, type Consolidation } from '../../../shared/aggregate/types';
import { figureDef, type ResolvedFigure } from '../../../shared/domain/catalog';
import type { TargetResultRow } from '../../../shared/domain/resolve';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { foldVietnamese, UNIT_KIND_INFO } from '../../../shared/domain/units';
import type { ConsolidationMeta } from '../../../shared/exchange';
import { formatTableDate, roundPercent } from '../../../shared/format/vi';
import type { ReportDocument } from '../../../shared/report/document';
import { UserError } from '../../../shared/result';
import { dataDirOf, type Db } from '../db/open';
import { writeFileAtomic, writeFilesAtomically } from '../fs/atomicWrite';
import { loadExcel, renderReportDocx } from '../reports/lazy';
import { xmlSafe } from '../reports/xmlText';
import { APP_VERSION, EXPORT_STAGES, periodFileTag } from '../reports/unitReport';
import { NO_STEP, type Step } from '../services/progress';
import { writeExchangeWorkbook } from '../reports/xlsx/exchangeWriter';
import { loadConsolidation, unitNotes, type Loaded } from './board';
import * as repo from './repo';
import { provinceOf } from './settings';

const FONT = { name: 'Times New Roman', size: 12 };
const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** A file-name-safe code: "UBND-BINHLU", "SNV". */
const fileCode = (agg: UnitProfile): string => (agg.code || agg.docSymbol || 'TONGHOP').replace(/[^A-Za-z0-9._-]+/g, '-');

function reportOptions(db: Db, loaded: Loaded, agg: UnitProfile, today: string, revision: number): ConsolidatedReportOptions {
  const notes: Record<string, string[]> = {};
  const template: string[] = [];
  const edited: string[] = [];
  const names = new Map(loaded.consolidation.statusRows.map((r) => [r.unit.code, r.unit.name]));
  for (const [code, s] of loaded.current) {
    notes[code] = unitNotes(s, loaded.counts.get(code) ?? 1);
    const name = names.get(code) ?? code;
    if (s.template) template.push(name);
    if (s.digestOk === false) edited.push(name);
  }
  return { aggregator: agg, province: provinceOf(db, agg), reportDate: today, asOf: today, revision, unitNotes: notes, quality: { template, edited } };
}

export function consolidatedDocument(db: Db, periodId: string, today: string): ReportDocument {
  const loaded = loadConsolidation(db, periodId);
  const agg = loaded.aggregator.profile;
  const last = repo.lastExport(db, loaded.consolidation.period.id, 'report');
  const digest = consolidationDigest(loaded.consolidation);
  const revision = !last ? 1 : last.digest === digest ? last.revision : last.revision + 1;
  return buildConsolidatedReport(loaded.consolidation, reportOptions(db, loaded, agg, today, revision));
}

/** What makes one consolidated report differ from another: who reported and every total. */
function consolidationDigest(c: Consolidation): string {
  const text = JSON.stringify({ s: c.statusRows.map((r) => [r.unit.code, r.status, r.receivedAt]), t: c.totals.map((t) => [t.code, t.total, t.reported, t.blank]) });
  return createHash('sha256').update(text).digest('hex');
}

/** The consolidated figures as one unit's figures, for writeExchangeWorkbook, and how many units each rests on. */
export function consolidatedFigures(c: Consolidation): { figures: ResolvedFigure[]; figureUnits: ConsolidationMeta['figures'] } {
  const { entries, figureUnits } = consolidatedEntries(c.totals);
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const figures = c.totals.map((t): ResolvedFigure => {
    const base = { code: t.code, label: t.label, unit: t.unit, group: t.group };
    if (t.nature === 'ratio') return { ...base, value: t.total, source: 'computed' };
    const e = byCode.get(t.code)!;
    if (e.state === 'none') return { ...base, value: 0, source: 'none', note: e.note };
    if (e.state === 'blank') return { ...base, value: null, source: 'blank', note: e.note };
    return { ...base, value: e.value, source: 'entered', note: e.note };
  });
  return { figures, figureUnits };
}

/**
 * Whether the aggregator's own report is among the units it consolidates (a commune lists its own
 * UBND among its units): by code, or by kind and name when its list uses another code.
 */
export function includesSelf(c: Consolidation, agg: UnitProfile): boolean {
  const name = foldVietnamese(agg.name);
  return c.statusRows.some((r) => r.status !== 'missing' && (r.unit.code === agg.code || (r.unit.kind === agg.kind && foldVietnamese(r.unit.name) === name)));
}

/** exceljs writes sheets by `orderNo` (not in its typings): these go right after the figures sheet. */
function placeAfterFigures(ws: ExcelJS.Worksheet, order: number): void {
  (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = order;
}

/**
 * Row heights from the wrapped text: LibreOffice and older Excel keep the default height for rows
 * written without one, so long labels would overlap the next row.
 */
function fitRowHeights(ws: ExcelJS.Worksheet, fromRow: number, minHeight = 16): void {
  const widths = (ws.columns ?? []).map((c) => c.width ?? 10);
  ws.eachRow((row, n) => {
    if (n < fromRow) return;
    let lines = 1;
    row.eachCell((cell, col) => {
      if (typeof cell.value !== 'string') return;
      const chars = Math.max(4, (widths[col - 1] ?? 10) * 1.15);
      const l = cell.value.split('\n').reduce((a, part) => a + Math.max(1, Math.ceil(part.length / chars)), 0);
      lines = Math.max(lines, l);
    });
    row.height = Math.max(minHeight, lines * 15.5 + 2);
  });
}

function styleTable(ws: ExcelJS.Worksheet, headerRows: number[], firstData: number): void {
  for (const r of headerRows) {
    ws.getRow(r).eachCell((cell) => {
      cell.font = { ...FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    });
  }
  ws.eachRow((row, n) => {
    if (n < firstData) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: typeof cell.value === 'string' };
    });
  });
}

function addTotalsSheet(wb: ExcelJS.Workbook, c: Consolidation): void {
  const ws = wb.addWorksheet('Tổng hợp theo loại', { views: [{ state: 'frozen', ySplit: 2 }] });
  placeAfterFigures(ws, 0.5);
  const kinds = c.byKind.filter((k) => k.expected > 0);
  ws.getCell(1, 1).value = `Tổng hợp số liệu theo loại đơn vị: ${c.period.label} (${c.counts.submitted}/${c.counts.expected} đơn vị đã gửi báo cáo)`;
  ws.getCell(1, 1).font = { ...FONT, bold: true, size: 13 };
  const header = ['STT', 'Mã', 'Chỉ số', 'Đơn vị tính', 'Tổng', ...kinds.map((k) => `${k.label} (${k.submitted}/${k.expected})`), 'Số đơn vị có số liệu', 'Số đơn vị không phát sinh', 'Số đơn vị chưa có số liệu'];
  ws.getRow(2).values = header;
  ws.columns = [{ width: 6 }, { width: 13 }, { width: 58 }, { width: 12 }, { width: 14 }, ...kinds.map(() => ({ width: 14 })), { width: 12 }, { width: 12 }, { width: 12 }];
  c.totals.forEach((t, i) => {
    // A yes/no figure is "units with có / units that answered", never a 0/1 for the whole.
    const value = (x: typeof t | undefined): number | string | null =>
      !x || x.applicable === 0 || x.total === null ? null : x.nature === 'boolean' ? `${x.total}/${x.reported}` : x.total;
    const row = ws.addRow([i + 1, t.code, t.label, t.nature === 'boolean' ? 'số đơn vị có/số đơn vị trả lời' : t.unit, value(t), ...kinds.map((k) => value(k.figures.find((f) => f.code === t.code))), t.reported, t.none, t.blank]);
    for (let col = 5; col <= 5 + kinds.length; col++) row.getCell(col).numFmt = t.unit === '%' ? '0.0' : figureDef(t.code)?.fractional ? '#,##0.##' : '#,##0';
  });
  styleTable(ws, [2], 3);
  fitRowHeights(ws, 2);
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
}

function addUnitsSheet(wb: ExcelJS.Workbook, c: Consolidation): void {
  const ws = wb.addWorksheet('Số liệu từng đơn vị', { views: [{ state: 'frozen', ySplit: 3, xSplit: 3 }] });
  placeAfterFigures(ws, 0.6);
  const codes = c.totals.map((t) => t.code);
  ws.getCell(1, 1).value = `Số liệu của từng đơn vị: ${c.period.label}. "KPS": không phát sinh; ô trống: chưa có số liệu; tỷ lệ (%) tính từ số liệu của đơn vị.`;
  ws.getCell(1, 1).font = { ...FONT, italic: true };
  ws.getRow(2).values = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Tình trạng', 'Ngày nhận', ...codes];
  ws.getRow(3).values = ['', '', '', '', '', '', ...codes.map((code) => figureDef(code)!.label)];
  ws.getRow(3).height = 90;
  ws.columns = [{ width: 6 }, { width: 14 }, { width: 40 }, { width: 22 }, { width: 16 }, { width: 12 }, ...codes.map(() => ({ width: 13 }))];
  c.unitRows.forEach((u, i) => {
    const cells = codes.map((code) => {
      const v = u.values[code];
      const fu = u.figureUnits?.[code];
      // A consolidation from below answers a yes/no figure for many units: "x/y".
      if (fu?.yes !== undefined) return fu.units ? `${fu.yes}/${fu.units}` : null;
      if (!v || v.state === 'blank') return null;
      if (v.state === 'none') return 'KPS';
      return figureDef(code)?.unit === '%' && v.value !== null ? roundPercent(v.value) : v.value;
    });
    ws.addRow([i + 1, u.unit.code, u.unit.name, UNIT_KIND_INFO[u.unit.kind].label, SUBMISSION_STATUS_LABEL[u.status], u.receivedAt ? formatTableDate(u.receivedAt) : '', ...cells]);
  });
  styleTable(ws, [2, 3], 4);
  fitRowHeights(ws, 4);
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', printTitlesRow: '2:3' };
}

function addStatusSheet(wb: ExcelJS.Workbook, loaded: Loaded): void {
  const c = loaded.consolidation;
  const ws = wb.addWorksheet('Tình hình nộp báo cáo', { views: [{ state: 'frozen', ySplit: 2 }] });
  placeAfterFigures(ws, 0.7);
  ws.getCell(1, 1).value = `Tình hình gửi báo cáo ${c.period.label}${c.deadline ? `; hạn gửi ngày ${formatTableDate(c.deadline)}` : ''}: ${c.counts.onTime} đúng hạn, ${c.counts.late} muộn, ${c.counts.missing} chưa gửi.`;
  ws.getCell(1, 1).font = { ...FONT, bold: true };
  ws.getRow(2).values = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Cấp trên', 'Tình trạng', 'Ngày nhận', 'Số ngày chậm', 'Tệp', 'Số lần gửi', 'Ghi chú', 'Cảnh báo'];
  ws.columns = [{ width: 6 }, { width: 14 }, { width: 40 }, { width: 22 }, { width: 20 }, { width: 16 }, { width: 12 }, { width: 10 }, { width: 30 }, { width: 8 }, { width: 22 }, { width: 60 }];
  c.statusRows.forEach((r, i) => {
    const s = loaded.current.get(r.unit.code);
    const n = loaded.counts.get(r.unit.code) ?? 0;
    ws.addRow([
      i + 1,
      r.unit.code,
      r.unit.name,
      UNIT_KIND_INFO[r.unit.kind].label,
      r.unit.parent,
      SUBMISSION_STATUS_LABEL[r.status],
      r.receivedAt ? formatTableDate(r.receivedAt) : '',
      r.daysLate ?? null,
      s?.fileName ?? '',
      n || null,
      s ? unitNotes(s, n).join('; ') : '',
      s?.warnings.join('\n') ?? '',
    ]);
  });
  styleTable(ws, [2], 3);
  fitRowHeights(ws, 2);
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
}

export async function buildConsolidatedWorkbook(loaded: Loaded, agg: UnitProfile, revision: number, generatedAt: string): Promise<Buffer> {
  const c = loaded.consolidation;
  const { figures, figureUnits } = consolidatedFigures(c);
  const units = c.statusRows.filter((r) => r.status !== 'missing').map((r) => r.unit.code);
  const targets: TargetResultRow[] = c.targets.map((t) => ({
    code: t.code,
    label: t.label,
    planned: t.planned,
    result: t.overall,
    verdict: t.overallMet === null ? 'no_data' : t.overallMet ? 'met' : 'not_met',
    figureCodes: [],
    basis: t.basis,
  }));
  const exchange = await writeExchangeWorkbook({
    meta: {
      unitCode: agg.code || fileCode(agg),
      unitName: agg.name,
      unitKind: agg.kind,
      parentBody: agg.parentBody,
      profileId: agg.profileId,
      periodId: c.period.id,
      periodFrom: c.period.from,
      periodTo: c.period.to,
      generatedAt,
      appVersion: APP_VERSION,
      revision,
      template: false,
      consolidation: { units, includesSelf: includesSelf(c, agg), figures: figureUnits },
    },
    title: `Biểu số liệu tổng hợp kết quả thực hiện dân chủ ở cơ sở ${c.period.titlePhrase}`,
    periodLabel: c.period.label,
    figures,
    activities: [],
    checklist: [],
    inspections: [],
    targets,
  });
  const wb = new (await loadExcel()).Workbook();
  await wb.xlsx.load(exchange as unknown as ExcelJS.Buffer);
  // exceljs stamps the machine's time unless told: the workbook says when the app made it.
  wb.created = wb.modified = new Date(generatedAt);
  addTotalsSheet(wb, c);
  addUnitsSheet(wb, c);
  addStatusSheet(wb, loaded);
  xmlSafeCells(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * exceljs drops C0 controls but keeps lone surrogates and U+FFFE/FFFF, which make a part malformed:
 * unit names typed or received with them are passed through the one filter every writer uses.
 */
function xmlSafeCells(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') {
          const safe = xmlSafe(cell.value);
          if (safe !== cell.value) cell.value = safe;
        }
      }),
    );
  }
}

/** The usual names of the consolidated report's files and of the reminder letter, without extension. */
export const consolidatedName = (agg: UnitProfile, periodId: string): string => `TONG-HOP_${fileCode(agg)}_${periodFileTag(periodId)}`;
export const reminderName = (agg: UnitProfile, periodId: string): string => `DON-DOC_${fileCode(agg)}_${periodFileTag(periodId)}`;

/**
 * `now`: the app clock's instant, stamped in both files (`today` is its date, or the one a test chose).
 * `step`: told as each stage starts (for the window's progress bar), as the unit report's export does.
 */
export async function exportConsolidated(db: Db, periodId: string, outDir: string, today: string, now: Date, name?: string, step: Step = NO_STEP): Promise<AggregateExportResult> {
  await step(EXPORT_STAGES.read, 100, 'Đang tổng hợp số liệu của các đơn vị');
  const loaded = loadConsolidation(db, periodId);
  const c = loaded.consolidation;
  const agg = loaded.aggregator.profile;
  const digest = consolidationDigest(c);
  const last = repo.lastExport(db, c.period.id, 'report');
  const revision = !last ? 1 : last.digest === digest ? last.revision : last.revision + 1;
  await step(EXPORT_STAGES.docx, 100, 'Đang soạn báo cáo tổng hợp (.docx)');
  const doc = buildConsolidatedReport(c, reportOptions(db, loaded, agg, today, revision));
  const docx = await renderReportDocx(doc, now, (stage) => step(EXPORT_STAGES[stage], 100, 'Đang soạn báo cáo tổng hợp (.docx)'));
  await step(EXPORT_STAGES.xlsx, 100, 'Đang soạn biểu tổng hợp (.xlsx)');
  const xlsx = await buildConsolidatedWorkbook(loaded, agg, revision, now.toISOString());
  await step(EXPORT_STAGES.write, 100, 'Đang ghi tệp');
  const base = join(outDir, name ?? consolidatedName(agg, c.period.id));
  await writeFilesAtomically(
    [
      { path: `${base}.docx`, data: docx },
      { path: `${base}.xlsx`, data: xlsx },
    ],
    { journalDir: dataDirOf(db) },
  );
  if (!last || last.digest !== digest) repo.recordExport(db, c.period.id, 'report', revision, digest, now.toISOString());
  await step(100, 100, 'Đã xuất xong');
  const warnings = [...c.period.warnings];
  if (c.counts.missing) warnings.push(`Còn ${c.counts.missing}/${c.counts.expected} đơn vị chưa gửi báo cáo; số liệu tổng hợp chưa bao gồm các đơn vị này.`);
  const blanks = c.totals.filter((t) => t.nature !== 'ratio' && t.blank > 0).length;
  if (blanks) warnings.push(`${blanks} chỉ số còn đơn vị để trống (chưa có số liệu); các ô này không được tính là 0.`);
  return { docx: `${base}.docx`, xlsx: `${base}.xlsx`, revision, warnings };
}

function reminderFor(db: Db, periodId: string, today: string, newDeadline?: string): { doc: ReportDocument; c: Consolidation; agg: UnitProfile } {
  const loaded = loadConsolidation(db, periodId);
  const c = loaded.consolidation;
  if (c.counts.expected === 0) throw new UserError('NO_UNITS', 'Chưa có danh sách đơn vị phải báo cáo. Hãy thêm đơn vị hoặc nhập danh sách đơn vị trước.');
  if (c.counts.missing === 0) throw new UserError('NOTHING_TO_REMIND', `Tất cả ${c.counts.expected} đơn vị đã gửi báo cáo ${c.period.label}; không cần công văn đôn đốc.`);
  const agg = loaded.aggregator.profile;
  const deadline = newDeadline ?? addDays(today, 5);
  if (deadline < today) throw new UserError('BAD_DATE', `Hạn mới (${formatTableDate(deadline)}) đã qua; hãy chọn một ngày từ hôm nay trở đi.`);
  return { doc: buildReminderLetter(c, { aggregator: agg, province: provinceOf(db, agg), letterDate: today, newDeadline: deadline }), c, agg };
}

export function reminderDocument(db: Db, periodId: string, today: string, newDeadline?: string): ReportDocument {
  return reminderFor(db, periodId, today, newDeadline).doc;
}

export async function exportReminder(db: Db, periodId: string, outDir: string, today: string, now: Date, newDeadline?: string, name?: string): Promise<AggregateExportResult & { units: number }> {
  const { doc, c, agg } = reminderFor(db, periodId, today, newDeadline);
  const path = join(outDir, `${name ?? reminderName(agg, c.period.id)}.docx`);
  writeFileAtomic(path, await renderReportDocx(doc, now));
  return { docx: path, xlsx: null, revision: 1, warnings: [], units: c.counts.missing };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}
