// What the aggregator sees: every expected unit with its status, received date, warnings and
// files, the consolidated totals, and one unit's figures and history (the drill-down).
import type { AggregateStatus, AttachmentInfo, SubmissionSummary, UnitDetail, UnitStatusRow } from '../../../shared/aggregate/api';
import { consolidate, unitRate } from '../../../shared/aggregate/consolidate';
import { SUBMISSION_STATUS_LABEL, type Consolidation, type SubmissionInput } from '../../../shared/aggregate/types';
import { appliesTo, CATALOG } from '../../../shared/domain/catalog';
import { UNIT_KIND_INFO, type UnitKind } from '../../../shared/domain/units';
import { UserError } from '../../../shared/result';
import type { Db } from '../db/open';
import * as repo from './repo';
import { aggregatorPeriod, aggregatorSettings, provinceOf, type AggregatorSettings } from './settings';

export interface Loaded {
  consolidation: Consolidation;
  current: Map<string, repo.SubmissionRecord>;
  attachments: Map<number, repo.AttachmentRecord[]>;
  counts: Map<string, number>;
  /** Who consolidates, as worked out for this load. */
  aggregator: AggregatorSettings;
}

/** Reads the period's current submissions and consolidates them (one query for all values). */
export function loadConsolidation(db: Db, periodId: string): Loaded {
  // Worked out once: without saved settings they come from the plan most received files name,
  // which looks at every submission of the database.
  const aggregator = aggregatorSettings(db);
  const settings = aggregator.profile;
  const period = aggregatorPeriod(db, periodId, settings);
  const province = provinceOf(db, settings);
  const units = repo.listUnits(db);
  const subs = repo.listCurrentSubmissions(db, period.id);
  const values = repo.currentValues(db, period.id);
  const first = repo.firstReceived(db, period.id);
  const own = new Map(subs.filter((s) => s.scope === 'own').map((s) => [s.unitCode, s]));
  const consolidated = new Map(subs.filter((s) => s.scope === 'consolidated').map((s) => [s.unitCode, s]));
  // The board shows a unit's consolidation when it sent one (it covers the most), else its own report.
  const current = new Map([...own, ...consolidated]);
  const input = (s: repo.SubmissionRecord): SubmissionInput => ({
    unitCode: s.unitCode,
    receivedAt: first.get(s.unitCode) ?? s.receivedAt,
    values: values.get(s.id) ?? {},
    ...(s.consolidation ? { figureUnits: s.consolidation.figures } : {}),
  });
  // No unit counted twice: an own report already inside the unit's consolidation is not added again.
  const submissions: SubmissionInput[] = [
    ...[...consolidated.values()].map(input),
    ...[...own.values()].filter((s) => !consolidated.get(s.unitCode)?.consolidation?.includesSelf).map(input),
  ];
  const consolidation = consolidate({ period, units, submissions, targets: province.targets });
  return { consolidation, current, attachments: repo.attachmentsOf(db, subs.map((s) => s.id)), counts: repo.submissionCounts(db, period.id), aggregator };
}

const attachmentInfo = (a: repo.AttachmentRecord): AttachmentInfo => ({ id: a.id, fileName: a.fileName, kind: a.kind });

export function unitNotes(s: repo.SubmissionRecord, submissions: number): string[] {
  const notes: string[] = [];
  if (s.template) notes.push('Biểu điền tay');
  if (s.digestOk === false) notes.push('Sửa sau khi xuất');
  if (submissions > 1) notes.push(`Gửi ${submissions} lần`);
  return notes;
}

export function statusFrom(db: Db, loaded: Loaded): AggregateStatus {
  const c = loaded.consolidation;
  const settings = loaded.aggregator;
  const rowsByCode = new Map(c.unitRows.map((u) => [u.unit.code, u]));
  // The figures a unit of each kind is asked for, listed once, not for every unit.
  const asked = new Map<UnitKind, string[]>();
  const askedOf = (kind: UnitKind): string[] => {
    let codes = asked.get(kind);
    if (!codes) asked.set(kind, (codes = CATALOG.filter((d) => d.source.type !== 'ratio' && appliesTo(d, kind)).map((d) => d.code)));
    return codes;
  };
  const units: UnitStatusRow[] = c.statusRows.map((row) => {
    const s = loaded.current.get(row.unit.code);
    const values = rowsByCode.get(row.unit.code)?.values ?? {};
    let blank = 0;
    if (s) for (const code of askedOf(row.unit.kind)) if (!values[code] || values[code]!.state === 'blank') blank++;
    return {
      code: row.unit.code,
      name: row.unit.name,
      kind: row.unit.kind,
      kindLabel: UNIT_KIND_INFO[row.unit.kind].label,
      parent: row.unit.parent,
      status: row.status,
      statusLabel: SUBMISSION_STATUS_LABEL[row.status],
      receivedAt: row.receivedAt,
      lastReceivedAt: s?.replacesId ? s.receivedAt : null,
      daysLate: row.daysLate,
      submissionId: s?.id ?? null,
      fileName: s?.fileName ?? null,
      revision: s?.revision ?? null,
      submissions: loaded.counts.get(row.unit.code) ?? 0,
      template: s?.template ?? false,
      edited: s?.digestOk === false,
      warnings: s?.warnings ?? [],
      attachments: s ? (loaded.attachments.get(s.id) ?? []).map(attachmentInfo) : [],
      blank,
    };
  });
  return {
    period: c.period,
    aggregator: { name: settings.profile.name, profileId: settings.profile.profileId, source: settings.source },
    counts: { ...c.counts, withWarnings: units.filter((u) => u.warnings.length > 0).length },
    units,
    totals: c.totals,
    byKind: c.byKind,
    targets: c.targets,
    targetsFromProfile: c.targetsFromProfile,
  };
}

export function aggregateStatus(db: Db, periodId: string): AggregateStatus {
  return statusFrom(db, loadConsolidation(db, periodId));
}

export function unitDetail(db: Db, periodId: string, unitCode: string): UnitDetail {
  const period = aggregatorPeriod(db, periodId);
  const unit = repo.getUnit(db, unitCode);
  if (!unit) throw new UserError('NOT_FOUND', `Không có đơn vị mã "${unitCode}" trong danh sách đơn vị phải báo cáo.`);
  const history = repo.unitHistory(db, period.id, unit.code);
  const current = history.find((h) => h.supersededBy === null) ?? null;
  const att = repo.attachmentsOf(db, history.map((h) => h.id));
  const stored = current ? repo.submissionValues(db, current.id) : [];
  const byCode = new Map(stored.map((v) => [v.code, v]));
  const values = Object.fromEntries(stored.map((v) => [v.code, { state: v.state, value: v.value }]));
  const codes = CATALOG.filter((d) => appliesTo(d, unit.kind) || byCode.has(d.code) || (d.source.type === 'ratio' && byCode.has(d.source.num)));
  const figures = current
    ? codes.map((d) => {
        if (d.source.type === 'ratio') {
          const r = unitRate(d, values);
          return { code: d.code, label: d.label, unit: d.unit, group: d.group, state: r === null ? ('blank' as const) : ('value' as const), value: r, cell: '', note: 'Tính từ số liệu của đơn vị', computed: true };
        }
        const v = byCode.get(d.code);
        return { code: d.code, label: d.label, unit: d.unit, group: d.group, state: v?.state ?? 'blank', value: v ? (v.state === 'none' ? 0 : v.value) : null, cell: v?.cell ?? '', note: v?.note ?? (v ? '' : 'Không có dòng này trong biểu'), computed: false };
      })
    : [];
  const first = history.length ? history.map((h) => h.receivedAt).sort()[0]! : null;
  const status = !current ? 'missing' : period.deadline && first && first > period.deadline ? 'late' : 'on_time';
  const summaries: SubmissionSummary[] = history.map((h) => ({
    id: h.id,
    fileName: h.fileName,
    revision: h.revision,
    generatedAt: h.generatedAt,
    receivedAt: h.receivedAt,
    importedAt: h.importedAt,
    template: h.template,
    edited: h.digestOk === false,
    warnings: h.warnings,
    current: h.supersededBy === null,
    attachments: (att.get(h.id) ?? []).map(attachmentInfo),
  }));
  return { unit: { code: unit.code, name: unit.name, kind: unit.kind, parent: unit.parent }, status, figures, history: summaries.reverse() };
}
