// The report's problems, draft acceptance, the annual carry-over and the frozen-period notice: the
// use cases around the rule set in shared/checks.
import { carryOverSuggestions } from '../../../shared/checks/carryOver';
import { checkReport } from '../../../shared/checks/rules';
import type { ReportCheck } from '../../../shared/checks/types';
import { draftAssessment } from '../../../shared/narrative/assessment';
import { draftKeys } from '../../../shared/narrative/unitReport';
import { ASSESSMENT_KEYS, ASSESSMENT_LABEL, type AssessmentKey } from '../../../shared/domain/unitProfile';
import { describePeriod } from '../../../shared/domain/periods';
import { formatShortDate } from '../../../shared/format/vi';
import { UserError } from '../../../shared/result';
import * as repo from '../db/repos';
import type { Db } from '../db/open';
import { unitReportDocument, pendingRevisionOf } from '../reports/unitReport';
import { loadPeriodData, periodFor, periodSettingsOf, requireUnit } from './periodData';

export function checkUnitReport(db: Db, periodId: string, today: string): ReportCheck {
  const data = loadPeriodData(db, periodId);
  return checkReport(data, unitReportDocument(data, pendingRevisionOf(db, data), today));
}

/** Stores the app's draft of each key as the clerk's own text: from now on it is the report's. */
export function acceptDrafts(db: Db, periodId: string, keys: AssessmentKey[] | 'all'): AssessmentKey[] {
  const data = loadPeriodData(db, periodId);
  const open = draftKeys(data);
  const wanted = keys === 'all' ? open : keys.filter((k) => open.includes(k));
  const drafts = draftAssessment(data);
  db.transaction(() => {
    for (const k of wanted) repo.setText(db, data.period.id, k, drafts[k]);
  })();
  return wanted;
}

/** Refuses an export while drafts are unread, unless the clerk said to accept them. */
export function requireNoDrafts(db: Db, periodId: string, accept: boolean): void {
  // Only the texts are read here: an export already loads the whole period once.
  const period = periodFor(db, requireUnit(db), periodId);
  const open = draftKeys({ texts: repo.getTexts(db, period.id) });
  if (!open.length) return;
  if (accept) {
    acceptDrafts(db, periodId, open);
    return;
  }
  throw new UserError(
    'DRAFTS',
    `Báo cáo còn ${open.length} phần là bản nháp do ứng dụng soạn, chưa được rà soát: ${open.map((k) => `“${ASSESSMENT_LABEL[k]}”`).join(', ')}. Hãy đọc và chấp nhận từng phần (trong ứng dụng: Đánh giá, kiến nghị; dòng lệnh: dcs text accept KHÓA --period ${period.id}), hoặc xuất kèm --accept-drafts để dùng nguyên bản nháp.`,
    open.map((k) => `${k}: ${ASSESSMENT_LABEL[k]}`),
  );
}

/** Confirms every suggestion carried over from the year's first half into the annual period. */
export function adoptCarryOver(db: Db, periodId: string): { figures: number; inspections: number; tasks: number } {
  const data = loadPeriodData(db, periodId);
  const c = carryOverSuggestions(data);
  if (!c) throw new UserError('NO_CARRY_OVER', `Kỳ ${data.period.label} không có số liệu kỳ trước để kế thừa (chỉ báo cáo năm kế thừa từ 6 tháng đầu năm).`);
  db.transaction(() => {
    for (const [code, entry] of Object.entries(c.figures)) repo.setFigureEntry(db, data.period.id, code, entry);
    for (const a of c.inspections) repo.setInspection(db, data.period.id, a.itemId, a.status, a.evidence);
    for (const t of c.tasks) repo.setTaskProgress(db, data.period.id, t.taskId, t.status, t.note);
  })();
  return { figures: Object.keys(c.figures).length, inspections: c.inspections.length, tasks: c.tasks.length };
}

/**
 * The notice for a change to frozen records: the periods (named, or containing `date`) whose
 * figures were frozen by an export, each with what the next export will be.
 */
export function frozenNotice(db: Db, arg: { period?: string; date?: string }): string[] {
  const unit = requireUnit(db);
  const settings = periodSettingsOf(db, unit);
  const ids = new Set<string>();
  if (arg.period) ids.add(periodFor(db, unit, arg.period).id);
  if (arg.date) {
    const year = Number(arg.date.slice(0, 4));
    for (const y of [year, year + 1]) {
      for (const t of ['H1', 'H2', 'Y']) {
        const p = describePeriod(`${y}-${t}`, settings);
        if (p.from <= arg.date && arg.date <= p.to) ids.add(p.id);
      }
    }
    for (const id of repo.snapshotPeriodIds(db)) if (id.includes('..')) {
      const [from, to] = id.split('..');
      if (from! <= arg.date && arg.date <= to!) ids.add(id);
    }
  }
  const out: string[] = [];
  for (const id of ids) {
    const snap = repo.latestSnapshot(db, id);
    if (!snap) continue;
    const p = periodFor(db, unit, id);
    out.push(`Kỳ ${p.label} đã chốt số liệu (báo cáo lần ${snap.revision}, ngày ${formatShortDate(snap.createdAt.slice(0, 10))}). Thay đổi này sẽ vào báo cáo bổ sung lần ${snap.revision} khi xuất lại; các tệp đã gửi giữ nguyên.`);
  }
  return out;
}

export { ASSESSMENT_KEYS };
