// The unit's report end to end: period data → document model → .docx and .xlsx, and the
// frozen snapshot ("chốt số liệu") that tells an original report from a revised one.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checklistFor } from '../../../shared/domain/checklists';
import type { PeriodData, PeriodRecords } from '../../../shared/domain/periodData';
import { diffPeriodRecords, type Change } from '../../../shared/domain/changes';
import { profileById } from '../../../shared/domain/profiles';
import { planOfData } from '../../../shared/plans/resolve';
import type { Plan } from '../../../shared/plans/schema';
import { evaluateTargets, resolveFigures } from '../../../shared/domain/resolve';
import type { PeriodInfo } from '../../../shared/domain/periods';
import type { UnitKind } from '../../../shared/domain/units';
import { resolvedFiguresOf } from '../../../shared/domain/status';
import type { ExportResult } from '../../../shared/ipc/contract';
import { buildUnitReport } from '../../../shared/narrative/unitReport';
import type { ReportDocument } from '../../../shared/report/document';
import * as repo from '../db/repos';
import { dataDirOf, type Db } from '../db/open';
import { writeFileAtomic, writeFilesAtomically } from '../fs/atomicWrite';
import { loadPeriodData } from '../services/periodData';
import { NO_STEP, type Step } from '../services/progress';
import { renderReportDocx } from './lazy';
import { writeExchangeWorkbook } from './xlsx/exchangeWriter';

export const APP_VERSION = '0.1.0';

/** What is frozen: the records and settings that make the report, not the derived text. */
function snapshotJson(data: PeriodData): string {
  const { unit, period, activities, figures, inspections, tasks, texts } = data;
  const sortedFigures = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ unit, period: { id: period.id, from: period.from, to: period.to }, activities, figures: sortedFigures, inspections, tasks, texts });
}

/** The revision an export would carry: the frozen one if nothing changed, else the next. */
function pendingRevision(db: Db, data: PeriodData): { revision: number; digest: string; json: string; changed: boolean } {
  const json = snapshotJson(data);
  const digest = createHash('sha256').update(json).digest('hex');
  const last = repo.latestSnapshot(db, data.period.id);
  if (!last) return { revision: 1, digest, json, changed: true };
  if (last.digest === digest) return { revision: last.revision, digest, json, changed: false };
  return { revision: last.revision + 1, digest, json, changed: true };
}

/** The revision the next export of this period would carry. */
export function pendingRevisionOf(db: Db, data: PeriodData): number {
  return pendingRevision(db, data).revision;
}

export function unitReportDocument(data: PeriodData, revision: number, reportDate: string): ReportDocument {
  return buildUnitReport(data, { reportDate, revision });
}

export function previewUnitReport(db: Db, periodId: string, today: string): ReportDocument {
  const data = loadPeriodData(db, periodId);
  return unitReportDocument(data, pendingRevision(db, data).revision, today);
}

export async function buildUnitWorkbook(data: PeriodData, revision: number, generatedAt: string, template = false): Promise<Buffer> {
  const figures = resolvedFiguresOf(data);
  const plan = planOfData(data);
  return writeExchangeWorkbook({
    meta: {
      unitCode: data.unit.code,
      unitName: data.unit.name,
      unitKind: data.unit.kind,
      parentBody: data.unit.parentBody,
      profileId: data.unit.profileId,
      periodId: data.period.id,
      periodFrom: data.period.from,
      periodTo: data.period.to,
      generatedAt,
      appVersion: APP_VERSION,
      revision,
      template,
    },
    title: `Biểu số liệu kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase}`,
    periodLabel: data.period.label,
    figures,
    activities: data.activities,
    checklist: checklistFor(data.unit.kind, data.period),
    inspections: data.inspections,
    targets: evaluateTargets(plan?.targets ?? [], data.unit.kind, figures),
  });
}

/** A file-name-safe form of the period id (ad-hoc ids contain ".."). */
export function periodFileTag(periodId: string): string {
  return periodId.replace('..', '_');
}

/** "UBND-BINHLU_2026-H1", then "…_lan2", "…_lan3": each revision is its own pair of files. */
export function reportBaseName(unitCode: string, periodId: string, revision: number): string {
  return `${unitCode}_${periodFileTag(periodId)}${revision > 1 ? `_lan${revision}` : ''}`;
}

/** The name the next export of a unit's report takes (its revision included), without extension. */
export function nextReportName(db: Db, periodId: string): string {
  const data = loadPeriodData(db, periodId);
  return reportBaseName(data.unit.code, data.period.id, pendingRevision(db, data).revision);
}

/**
 * Where each stage of an export starts, in percent of its time (measured with 10,000 activities:
 * writing the .docx's tables is about two thirds, packing it a tenth, the .xlsx a sixth).
 */
export const EXPORT_STAGES = { read: 0, docx: 8, built: 70, packed: 78, xlsx: 84, write: 99 } as const;

/**
 * `now`: the app clock's instant, stamped in both files and in the frozen revision (`today` is its
 * date in Viet Nam, or the one a test or the demo chose). `name`: the files' name without
 * extension, as chosen in the save dialog; the revision's usual name when absent.
 * `step`: told as each stage starts (for the window's progress bar).
 */
export async function exportUnitReport(db: Db, periodId: string, outDir: string, today: string, now: Date, name?: string, step: Step = NO_STEP): Promise<ExportResult> {
  await step(EXPORT_STAGES.read, 100, 'Đang đọc số liệu của kỳ');
  const data = loadPeriodData(db, periodId);
  const pending = pendingRevision(db, data);
  const base = join(outDir, name ?? reportBaseName(data.unit.code, data.period.id, pending.revision));
  const warnings = [...data.period.warnings];
  // Files already written for this revision were sent as they are: an unchanged period is not
  // written again, so nothing a signer has seen is ever replaced.
  if (!pending.changed && existsSync(`${base}.docx`) && existsSync(`${base}.xlsx`)) {
    warnings.push(`Số liệu không thay đổi kể từ lần xuất ${pending.revision}; giữ nguyên các tệp đã xuất.`);
    return { docx: `${base}.docx`, xlsx: `${base}.xlsx`, revision: pending.revision, warnings };
  }
  await step(EXPORT_STAGES.docx, 100, 'Đang soạn báo cáo (.docx)');
  const doc = unitReportDocument(data, pending.revision, today);
  // Built one at a time (the peak memory halves), then both appear together or neither does.
  await writeFilesAtomically(
    [
      { path: `${base}.docx`, data: () => renderReportDocx(doc, now, (stage) => step(EXPORT_STAGES[stage], 100, 'Đang soạn báo cáo (.docx)')) },
      {
        path: `${base}.xlsx`,
        data: async () => {
          await step(EXPORT_STAGES.xlsx, 100, 'Đang soạn biểu số liệu (.xlsx)');
          const xlsx = await buildUnitWorkbook(data, pending.revision, now.toISOString());
          await step(EXPORT_STAGES.write, 100, 'Đang ghi tệp');
          return xlsx;
        },
      },
    ],
    { journalDir: dataDirOf(db) },
  );
  await step(100, 100, 'Đã xuất xong');
  // Frozen only once both files exist, so a failed export never counts as the official one.
  if (pending.changed) repo.insertSnapshot(db, data.period.id, pending.revision, pending.digest, pending.json, now.toISOString());
  const blank = resolvedFiguresOf(data).filter((f) => f.source === 'blank').length;
  if (blank && data.period.type !== 'ADHOC') warnings.push(`Còn ${blank} chỉ số chưa có số liệu; báo cáo ghi “chưa thống kê” ở các chỉ số này.`);
  if (pending.revision > 1 && pending.changed) warnings.push(`Số liệu đã thay đổi sau lần chốt trước: đây là báo cáo bổ sung lần ${pending.revision - 1}, ghi vào tệp mới; các tệp lần trước giữ nguyên.`);
  return { docx: `${base}.docx`, xlsx: `${base}.xlsx`, revision: pending.revision, warnings };
}

/** The same workbook, blank, for a unit without the app to fill by hand (`dcs template`). */
export async function writeBlankTemplate(
  period: PeriodInfo,
  kind: UnitKind,
  profileId: string,
  outFile: string,
  generatedAt: string,
  profile: Plan | undefined = profileById(profileId),
): Promise<string> {
  const figures = resolveFigures(kind, [], new Map());
  const xlsx = await writeExchangeWorkbook({
    meta: {
      unitCode: '',
      unitName: '',
      unitKind: kind,
      parentBody: '',
      profileId,
      periodId: period.id,
      periodFrom: period.from,
      periodTo: period.to,
      generatedAt,
      appVersion: APP_VERSION,
      revision: 1,
      template: true,
    },
    title: `Biểu số liệu kết quả thực hiện dân chủ ở cơ sở ${period.titlePhrase}`,
    periodLabel: period.label,
    figures,
    activities: [],
    checklist: checklistFor(kind, period),
    inspections: [],
    targets: profile ? evaluateTargets(profile.targets, kind, figures) : [],
  });
  writeFileAtomic(outFile, xlsx);
  return outFile;
}

/** The changes since the last frozen export of the period. */
export function changesSinceFrozen(db: Db, periodId: string): { frozen: { revision: number; at: string } | null; changes: Change[] } {
  const data = loadPeriodData(db, periodId);
  const last = repo.latestSnapshot(db, data.period.id);
  if (!last) return { frozen: null, changes: [] };
  const before = JSON.parse(last.data) as PeriodRecords;
  return { frozen: { revision: last.revision, at: last.createdAt }, changes: diffPeriodRecords(before, data) };
}
