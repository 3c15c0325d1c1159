// Row-level reads and writes. Every function takes the database as its first argument.
import type { Activity, ActivityInput } from '../../../shared/domain/activities';
import type { FigureEntry } from '../../../shared/domain/catalog';
import type { InspectionAnswer, InspectionStatus } from '../../../shared/domain/checklists.types';
import type { TaskProgress } from '../../../shared/domain/periodData';
import type { AssessmentKey, TaskStatus, UnitProfile } from '../../../shared/domain/unitProfile';
import type { Db } from './open';

const now = (): string => new Date().toISOString();

interface UnitRow {
  code: string;
  name: string;
  kind: UnitProfile['kind'];
  profile_id: string;
  parent_body: string;
  place_name: string;
  doc_symbol: string;
  signer_authority: UnitProfile['signer']['authority'];
  signer_on_behalf_of: string;
  signer_title: string;
  signer_name: string;
  kinh_gui: string;
  recipients: string;
  archive_tag: string;
  plan_ref: string;
  period_overrides: string;
}

export function getUnitProfile(db: Db): UnitProfile | null {
  const r = db.prepare('SELECT * FROM unit_profile WHERE id = 1').get() as UnitRow | undefined;
  if (!r) return null;
  return {
    code: r.code,
    name: r.name,
    kind: r.kind,
    profileId: r.profile_id,
    parentBody: r.parent_body,
    placeName: r.place_name,
    docSymbol: r.doc_symbol,
    signer: { authority: r.signer_authority, onBehalfOf: r.signer_on_behalf_of, title: r.signer_title, name: r.signer_name },
    kinhGui: JSON.parse(r.kinh_gui) as string[],
    recipients: JSON.parse(r.recipients) as string[],
    archiveTag: r.archive_tag,
    planRef: r.plan_ref,
    periodOverrides: JSON.parse(r.period_overrides) as UnitProfile['periodOverrides'],
  };
}

export function saveUnitProfile(db: Db, p: UnitProfile): void {
  db.prepare(
    `INSERT INTO unit_profile (id, code, name, kind, profile_id, parent_body, place_name, doc_symbol, signer_authority,
       signer_on_behalf_of, signer_title, signer_name, kinh_gui, recipients, archive_tag, plan_ref, period_overrides, updated_at)
     VALUES (1, @code, @name, @kind, @profileId, @parentBody, @placeName, @docSymbol, @authority, @onBehalfOf, @title, @signerName,
       @kinhGui, @recipients, @archiveTag, @planRef, @periodOverrides, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET code=excluded.code, name=excluded.name, kind=excluded.kind, profile_id=excluded.profile_id,
       parent_body=excluded.parent_body, place_name=excluded.place_name, doc_symbol=excluded.doc_symbol,
       signer_authority=excluded.signer_authority, signer_on_behalf_of=excluded.signer_on_behalf_of, signer_title=excluded.signer_title,
       signer_name=excluded.signer_name, kinh_gui=excluded.kinh_gui, recipients=excluded.recipients, archive_tag=excluded.archive_tag,
       plan_ref=excluded.plan_ref, period_overrides=excluded.period_overrides, updated_at=excluded.updated_at`,
  ).run({
    code: p.code,
    name: p.name,
    kind: p.kind,
    profileId: p.profileId,
    parentBody: p.parentBody,
    placeName: p.placeName,
    docSymbol: p.docSymbol,
    authority: p.signer.authority,
    onBehalfOf: p.signer.onBehalfOf,
    title: p.signer.title,
    signerName: p.signer.name,
    kinhGui: JSON.stringify(p.kinhGui),
    recipients: JSON.stringify(p.recipients),
    archiveTag: p.archiveTag,
    planRef: p.planRef,
    periodOverrides: JSON.stringify(p.periodOverrides),
    updatedAt: now(),
  });
}

export function ensurePeriod(db: Db, periodId: string): void {
  db.prepare('INSERT OR IGNORE INTO period (id, created_at) VALUES (?, ?)').run(periodId, now());
}

interface ActivityRow {
  id: number;
  date: string;
  kind: Activity['kind'];
  title: string;
  form: Activity['form'];
  sessions: number;
  participants: number | null;
  basis_doc: string;
  notes: string;
  measures: string;
}

const toActivity = (r: ActivityRow): Activity => ({
  id: r.id,
  date: r.date,
  kind: r.kind,
  title: r.title,
  form: r.form,
  sessions: r.sessions,
  participants: r.participants,
  basisDoc: r.basis_doc,
  notes: r.notes,
  measures: JSON.parse(r.measures) as string[],
});

export function listActivities(db: Db, from: string, to: string): Activity[] {
  const rows = db.prepare('SELECT * FROM activity WHERE date BETWEEN ? AND ? ORDER BY date, id').all(from, to) as ActivityRow[];
  return rows.map(toActivity);
}

export function getActivity(db: Db, id: number): Activity | null {
  const r = db.prepare('SELECT * FROM activity WHERE id = ?').get(id) as ActivityRow | undefined;
  return r ? toActivity(r) : null;
}

function activityParams(a: ActivityInput) {
  return {
    date: a.date,
    kind: a.kind,
    title: a.title,
    form: a.form,
    sessions: a.sessions,
    participants: a.participants,
    basisDoc: a.basisDoc,
    notes: a.notes,
    measures: JSON.stringify(a.measures),
    ts: now(),
  };
}

export function insertActivity(db: Db, a: ActivityInput): number {
  const r = db
    .prepare(
      `INSERT INTO activity (date, kind, title, form, sessions, participants, basis_doc, notes, measures, created_at, updated_at)
       VALUES (@date, @kind, @title, @form, @sessions, @participants, @basisDoc, @notes, @measures, @ts, @ts)`,
    )
    .run(activityParams(a));
  return Number(r.lastInsertRowid);
}

export function updateActivity(db: Db, id: number, a: ActivityInput): boolean {
  const r = db
    .prepare(
      `UPDATE activity SET date=@date, kind=@kind, title=@title, form=@form, sessions=@sessions, participants=@participants,
         basis_doc=@basisDoc, notes=@notes, measures=@measures, updated_at=@ts WHERE id=@id`,
    )
    .run({ ...activityParams(a), id });
  return r.changes === 1;
}

export function deleteActivity(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM activity WHERE id = ?').run(id).changes === 1;
}

export function getFigureEntries(db: Db, periodId: string): Record<string, FigureEntry> {
  const rows = db.prepare('SELECT code, state, value, note FROM figure_value WHERE period_id = ?').all(periodId) as Array<{
    code: string;
    state: 'value' | 'none';
    value: number | null;
    note: string;
  }>;
  const out: Record<string, FigureEntry> = {};
  for (const r of rows) {
    const note = r.note ? { note: r.note } : {};
    out[r.code] = r.state === 'none' ? { state: 'none', ...note } : { state: 'value', value: r.value!, ...note };
  }
  return out;
}

export function setFigureEntry(db: Db, periodId: string, code: string, entry: FigureEntry | null): void {
  if (entry === null) {
    db.prepare('DELETE FROM figure_value WHERE period_id = ? AND code = ?').run(periodId, code);
    return;
  }
  ensurePeriod(db, periodId);
  db.prepare(
    `INSERT INTO figure_value (period_id, code, state, value, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(period_id, code) DO UPDATE SET state=excluded.state, value=excluded.value, note=excluded.note, updated_at=excluded.updated_at`,
  ).run(periodId, code, entry.state, entry.state === 'value' ? entry.value : null, entry.note ?? '', now());
}

export function getInspections(db: Db, periodId: string): InspectionAnswer[] {
  return (
    db.prepare('SELECT item_id, status, evidence FROM inspection_answer WHERE period_id = ? ORDER BY item_id').all(periodId) as Array<{
      item_id: string;
      status: InspectionStatus;
      evidence: string;
    }>
  ).map((r) => ({ itemId: r.item_id, status: r.status, evidence: r.evidence }));
}

export function setInspection(db: Db, periodId: string, itemId: string, status: InspectionStatus | null, evidence: string): void {
  if (status === null) {
    db.prepare('DELETE FROM inspection_answer WHERE period_id = ? AND item_id = ?').run(periodId, itemId);
    return;
  }
  ensurePeriod(db, periodId);
  db.prepare(
    `INSERT INTO inspection_answer (period_id, item_id, status, evidence, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(period_id, item_id) DO UPDATE SET status=excluded.status, evidence=excluded.evidence, updated_at=excluded.updated_at`,
  ).run(periodId, itemId, status, evidence, now());
}

export function getTaskProgress(db: Db, periodId: string): TaskProgress[] {
  return (
    db.prepare('SELECT task_id, status, note FROM task_progress WHERE period_id = ? ORDER BY task_id').all(periodId) as Array<{
      task_id: string;
      status: TaskStatus;
      note: string;
    }>
  ).map((r) => ({ taskId: r.task_id, status: r.status, note: r.note }));
}

export function setTaskProgress(db: Db, periodId: string, taskId: string, status: TaskStatus | null, note: string): void {
  if (status === null) {
    db.prepare('DELETE FROM task_progress WHERE period_id = ? AND task_id = ?').run(periodId, taskId);
    return;
  }
  ensurePeriod(db, periodId);
  db.prepare(
    `INSERT INTO task_progress (period_id, task_id, status, note, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(period_id, task_id) DO UPDATE SET status=excluded.status, note=excluded.note, updated_at=excluded.updated_at`,
  ).run(periodId, taskId, status, note, now());
}

export function getTexts(db: Db, periodId: string): Partial<Record<AssessmentKey, string>> {
  const rows = db.prepare('SELECT key, text FROM assessment_text WHERE period_id = ?').all(periodId) as Array<{ key: AssessmentKey; text: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

export function setText(db: Db, periodId: string, key: AssessmentKey, text: string): void {
  if (!text.trim()) {
    db.prepare('DELETE FROM assessment_text WHERE period_id = ? AND key = ?').run(periodId, key);
    return;
  }
  ensurePeriod(db, periodId);
  db.prepare(
    `INSERT INTO assessment_text (period_id, key, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(period_id, key) DO UPDATE SET text=excluded.text, updated_at=excluded.updated_at`,
  ).run(periodId, key, text, now());
}

export interface SnapshotRow {
  revision: number;
  createdAt: string;
  digest: string;
  data: string;
}

export function latestSnapshot(db: Db, periodId: string): SnapshotRow | null {
  const r = db
    .prepare('SELECT revision, created_at AS createdAt, digest, data FROM period_snapshot WHERE period_id = ? ORDER BY revision DESC LIMIT 1')
    .get(periodId) as SnapshotRow | undefined;
  return r ?? null;
}

/** `at`: the instant of the export that froze it (the app's clock); the report prints its date. */
export function insertSnapshot(db: Db, periodId: string, revision: number, digest: string, data: string, at: string): void {
  ensurePeriod(db, periodId);
  db.prepare('INSERT INTO period_snapshot (period_id, revision, created_at, digest, data) VALUES (?, ?, ?, ?, ?)').run(
    periodId,
    revision,
    at,
    digest,
    data,
  );
}

export function snapshotPeriodIds(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT period_id AS id FROM period_snapshot').all() as Array<{ id: string }>).map((r) => r.id);
}
