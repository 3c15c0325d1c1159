// Row-level reads and writes of the aggregator's tables (migrations 2, 3 and 5). Database first, always.
import type { ExpectedUnit, SubmittedValue, ValueState } from '../../../shared/aggregate/types';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import type { UnitKind } from '../../../shared/domain/units';
import { consolidationMetaSchema, type ConsolidationMeta, type ExchangeScope } from '../../../shared/exchange';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { unpackStoredValues, unpackValues, type PackedValues, type StoredValue } from './packedValues';

export type { StoredValue } from './packedValues';

const now = (): string => new Date().toISOString();

/** Prepared statements, once per connection: an import runs the same few thousands of times. */
const cache = new WeakMap<Db, Map<string, Statement>>();
function stmt(db: Db, sql: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let st = m.get(sql);
  if (!st) m.set(sql, (st = db.prepare(sql)));
  return st;
}

// ---------------------------------------------------------------------------------------------
// Expected units and mappings

interface UnitRow {
  code: string;
  name: string;
  kind: UnitKind;
  parent: string;
  active: number;
}

const toUnit = (r: UnitRow): ExpectedUnit => ({ code: r.code, name: r.name, kind: r.kind, parent: r.parent });

export function listUnits(db: Db): ExpectedUnit[] {
  return (stmt(db, 'SELECT code, name, kind, parent, active FROM agg_unit WHERE active = 1 ORDER BY position, code').all() as UnitRow[]).map(toUnit);
}

export function getUnit(db: Db, code: string): (ExpectedUnit & { active: boolean }) | null {
  const r = stmt(db, 'SELECT code, name, kind, parent, active FROM agg_unit WHERE code = ?').get(code) as UnitRow | undefined;
  return r ? { ...toUnit(r), active: r.active === 1 } : null;
}

/** Adds a unit, or updates and reactivates the one with the same code. Returns true when added. */
export function upsertUnit(db: Db, u: ExpectedUnit): boolean {
  return upsertUnits(db, [u]).added === 1;
}

/**
 * Adds or updates many units, each new one after the last of the list: the end of the list is
 * found once, not per unit (20,000 units in well under a second). The caller holds the transaction.
 */
export function upsertUnits(db: Db, list: readonly ExpectedUnit[]): { added: number; updated: number } {
  const ts = now();
  let pos = (stmt(db, 'SELECT COALESCE(MAX(position), 0) AS p FROM agg_unit').get() as { p: number }).p;
  const exists = stmt(db, 'SELECT 1 FROM agg_unit WHERE code = ?').pluck();
  const update = stmt(db, 'UPDATE agg_unit SET name = ?, kind = ?, parent = ?, active = 1, updated_at = ? WHERE code = ?');
  const insert = stmt(db, 'INSERT INTO agg_unit (code, name, kind, parent, position, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)');
  let added = 0;
  for (const u of list) {
    if (exists.get(u.code)) update.run(u.name, u.kind, u.parent, ts, u.code);
    else {
      insert.run(u.code, u.name, u.kind, u.parent, ++pos, ts, ts);
      added++;
    }
  }
  return { added, updated: list.length - added };
}

/** Takes a unit off the list; its submissions stay in the history. */
export function deactivateUnit(db: Db, code: string): boolean {
  return stmt(db, 'UPDATE agg_unit SET active = 0, updated_at = ? WHERE code = ? AND active = 1').run(now(), code).changes > 0;
}

export function getAlias(db: Db, alias: string): string | null {
  const r = stmt(db, 'SELECT unit_code FROM agg_unit_alias WHERE alias = ?').get(alias) as { unit_code: string } | undefined;
  return r?.unit_code ?? null;
}

export function setAlias(db: Db, alias: string, unitCode: string | null): void {
  if (unitCode === null) stmt(db, 'DELETE FROM agg_unit_alias WHERE alias = ?').run(alias);
  else {
    stmt(db, 'INSERT INTO agg_unit_alias (alias, unit_code, created_at) VALUES (?, ?, ?) ON CONFLICT(alias) DO UPDATE SET unit_code = excluded.unit_code, created_at = excluded.created_at').run(
      alias,
      unitCode,
      now(),
    );
  }
}

export function listAliases(db: Db): Array<{ alias: string; unitCode: string }> {
  return (stmt(db, 'SELECT alias, unit_code FROM agg_unit_alias ORDER BY alias').all() as Array<{ alias: string; unit_code: string }>).map((r) => ({
    alias: r.alias,
    unitCode: r.unit_code,
  }));
}

// ---------------------------------------------------------------------------------------------
// Settings

export function getSettings(db: Db): UnitProfile | null {
  const r = stmt(db, 'SELECT data FROM agg_settings WHERE id = 1').get() as { data: string } | undefined;
  return r ? (JSON.parse(r.data) as UnitProfile) : null;
}

export function saveSettings(db: Db, p: UnitProfile): void {
  stmt(db, 'INSERT INTO agg_settings (id, data, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at').run(JSON.stringify(p), now());
}

// ---------------------------------------------------------------------------------------------
// Files

export function putBlob(db: Db, sha: string, bytes: Uint8Array): void {
  stmt(db, 'INSERT OR IGNORE INTO agg_blob (sha256, size, data) VALUES (?, ?, ?)').run(sha, bytes.length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
}

export function getBlob(db: Db, sha: string): Buffer | null {
  const r = stmt(db, 'SELECT data FROM agg_blob WHERE sha256 = ?').get(sha) as { data: Buffer } | undefined;
  return r?.data ?? null;
}

// ---------------------------------------------------------------------------------------------
// Submissions

export interface SubmissionRecord {
  id: number;
  periodId: string;
  unitCode: string;
  fileName: string;
  fileSha256: string;
  sentUnitCode: string;
  sentUnitName: string;
  sentUnitKind: string;
  profileId: string;
  revision: number;
  generatedAt: string;
  appVersion: string;
  template: boolean;
  digestOk: boolean | null;
  receivedAt: string;
  importedAt: string;
  warnings: string[];
  replacesId: number | null;
  supersededBy: number | null;
  /** A unit's own report, or its consolidation of the units under it. */
  scope: ExchangeScope;
  consolidation: ConsolidationMeta | null;
}

interface SubmissionRow {
  id: number;
  period_id: string;
  unit_code: string;
  file_name: string;
  file_sha256: string;
  sent_unit_code: string;
  sent_unit_name: string;
  sent_unit_kind: string;
  profile_id: string;
  revision: number;
  generated_at: string;
  app_version: string;
  template: number;
  digest_ok: number | null;
  received_at: string;
  imported_at: string;
  warnings: string;
  replaces_id: number | null;
  superseded_by: number | null;
  scope: ExchangeScope;
  consolidation: string | null;
}

/** Every column but the values (figure_values), which only currentValues and submissionValues read. */
const SUBMISSION_COLUMNS = `id, period_id, unit_code, file_name, file_sha256, sent_unit_code, sent_unit_name, sent_unit_kind, profile_id, revision,
  generated_at, app_version, template, digest_ok, received_at, imported_at, warnings, replaces_id, superseded_by, scope, consolidation`;

const toSubmission = (r: SubmissionRow): SubmissionRecord => ({
  id: r.id,
  periodId: r.period_id,
  unitCode: r.unit_code,
  fileName: r.file_name,
  fileSha256: r.file_sha256,
  sentUnitCode: r.sent_unit_code,
  sentUnitName: r.sent_unit_name,
  sentUnitKind: r.sent_unit_kind,
  profileId: r.profile_id,
  revision: r.revision,
  generatedAt: r.generated_at,
  appVersion: r.app_version,
  template: r.template === 1,
  digestOk: r.digest_ok === null ? null : r.digest_ok === 1,
  receivedAt: r.received_at,
  importedAt: r.imported_at,
  warnings: JSON.parse(r.warnings) as string[],
  replacesId: r.replaces_id,
  supersededBy: r.superseded_by,
  scope: r.scope,
  consolidation: r.consolidation === null ? null : consolidationMetaSchema.parse(JSON.parse(r.consolidation)),
});

export function currentSubmission(db: Db, periodId: string, unitCode: string, scope: ExchangeScope = 'own'): SubmissionRecord | null {
  const r = stmt(db, `SELECT ${SUBMISSION_COLUMNS} FROM agg_submission WHERE period_id = ? AND unit_code = ? AND scope = ? AND superseded_by IS NULL`).get(periodId, unitCode, scope) as SubmissionRow | undefined;
  return r ? toSubmission(r) : null;
}

export function getSubmission(db: Db, id: number): SubmissionRecord | null {
  const r = stmt(db, `SELECT ${SUBMISSION_COLUMNS} FROM agg_submission WHERE id = ?`).get(id) as SubmissionRow | undefined;
  return r ? toSubmission(r) : null;
}

/** Units with a current submission for the period: most units of a drop have none yet, and need no lookup. */
export function unitsWithSubmissionsOf(db: Db, periodId: string): Set<string> {
  return new Set(stmt(db, 'SELECT DISTINCT unit_code FROM agg_submission WHERE period_id = ? AND superseded_by IS NULL').pluck().all(periodId) as string[]);
}

/** The sha256 of every file received for the period: most files of a drop are new, and need no lookup. */
export function fileShasOf(db: Db, periodId: string): Set<string> {
  return new Set(stmt(db, 'SELECT file_sha256 FROM agg_submission WHERE period_id = ?').pluck().all(periodId) as string[]);
}

export function submissionWithFile(db: Db, periodId: string, sha: string): SubmissionRecord | null {
  const r = stmt(db, `SELECT ${SUBMISSION_COLUMNS} FROM agg_submission WHERE period_id = ? AND file_sha256 = ? ORDER BY id LIMIT 1`).get(periodId, sha) as SubmissionRow | undefined;
  return r ? toSubmission(r) : null;
}

export function listCurrentSubmissions(db: Db, periodId: string): SubmissionRecord[] {
  return (stmt(db, `SELECT ${SUBMISSION_COLUMNS} FROM agg_submission WHERE period_id = ? AND superseded_by IS NULL ORDER BY id`).all(periodId) as SubmissionRow[]).map(toSubmission);
}

export function unitHistory(db: Db, periodId: string, unitCode: string): SubmissionRecord[] {
  return (stmt(db, `SELECT ${SUBMISSION_COLUMNS} FROM agg_submission WHERE period_id = ? AND unit_code = ? ORDER BY id`).all(periodId, unitCode) as SubmissionRow[]).map(toSubmission);
}

/** The earliest received date of each unit's submissions in the period: when it first reported. */
export function firstReceived(db: Db, periodId: string): Map<string, string> {
  const rows = stmt(db, 'SELECT unit_code, MIN(received_at) AS d FROM agg_submission WHERE period_id = ? GROUP BY unit_code').all(periodId) as Array<{ unit_code: string; d: string }>;
  return new Map(rows.map((r) => [r.unit_code, r.d]));
}

export function submissionCounts(db: Db, periodId: string): Map<string, number> {
  const rows = stmt(db, 'SELECT unit_code, COUNT(*) AS n FROM agg_submission WHERE period_id = ? GROUP BY unit_code').all(periodId) as Array<{ unit_code: string; n: number }>;
  return new Map(rows.map((r) => [r.unit_code, r.n]));
}

/** What the importer records: a submission before it has an id, with its figures as stored. */
export type NewSubmission = Omit<SubmissionRecord, 'id' | 'importedAt' | 'supersededBy'> & { values: PackedValues };

/** Inserts a submission with its values (one row: see packedValues); the caller holds the transaction. */
export function insertSubmission(db: Db, s: NewSubmission): number {
  if (s.replacesId !== null) stmt(db, 'UPDATE agg_submission SET superseded_by = -1 WHERE id = ?').run(s.replacesId);
  const r = stmt(
      db,
      `INSERT INTO agg_submission (period_id, unit_code, file_name, file_sha256, sent_unit_code, sent_unit_name, sent_unit_kind, profile_id,
         revision, generated_at, app_version, template, digest_ok, received_at, imported_at, warnings, replaces_id, superseded_by, scope, consolidation, figure_values)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    )
    .run(
      s.periodId,
      s.unitCode,
      s.fileName,
      s.fileSha256,
      s.sentUnitCode,
      s.sentUnitName,
      s.sentUnitKind,
      s.profileId,
      s.revision,
      s.generatedAt,
      s.appVersion,
      s.template ? 1 : 0,
      s.digestOk === null ? null : s.digestOk ? 1 : 0,
      s.receivedAt,
      now(),
      JSON.stringify(s.warnings),
      s.replacesId,
      s.scope,
      s.consolidation === null ? null : JSON.stringify(s.consolidation),
      s.values,
    );
  const id = Number(r.lastInsertRowid);
  // The placeholder -1 frees the "one current submission per unit" index until the new id is known
  // (the foreign key is deferred to the end of the transaction).
  if (s.replacesId !== null) stmt(db, 'UPDATE agg_submission SET superseded_by = ? WHERE id = ?').run(id, s.replacesId);
  return id;
}

export function setReceivedAt(db: Db, submissionId: number, date: string): void {
  stmt(db, 'UPDATE agg_submission SET received_at = ? WHERE id = ?').run(date, submissionId);
}

/** One submission's values, in code order. */
export function submissionValues(db: Db, submissionId: number): StoredValue[] {
  const text = stmt(db, 'SELECT figure_values FROM agg_submission WHERE id = ?').pluck().get(submissionId) as string | undefined;
  return text === undefined ? [] : unpackStoredValues(text);
}

const BLANK_VALUE: SubmittedValue = Object.freeze({ state: 'blank', value: null });
const NONE_VALUE: SubmittedValue = Object.freeze({ state: 'none', value: null });
/** Whole numbers below this are the most common values: one shared object each. */
const SHARED_BELOW = 4096;
const sharedNumbers: SubmittedValue[] = [];

/**
 * A read-only value object, shared between units where it can be: a consolidation of 10,000 units
 * holds 420,000 values, most of them blank, "không phát sinh" or a small whole number.
 */
function storedValue(state: ValueState, value: number | null): SubmittedValue {
  if (state === 'blank') return BLANK_VALUE;
  if (state === 'none') return NONE_VALUE;
  // -0 keeps its own object (1 / -0 < 0), like any other number that is not a small whole one.
  if (value !== null && Number.isInteger(value) && value >= 0 && value < SHARED_BELOW && 1 / value > 0) {
    return (sharedNumbers[value] ??= Object.freeze({ state: 'value', value }));
  }
  return Object.freeze({ state, value });
}

/** A submission's values by figure code, read-only. */
export type SubmissionValues = Readonly<Record<string, SubmittedValue>>;

/**
 * Each connection's submissions already read, by id. A recorded submission's values never change
 * (a new file makes a new submission; no statement updates figure_values after migration 5), and a
 * committed id is never given again (AUTOINCREMENT), so what was read once stays true. The board
 * is read again after every change the officer makes: at 10,000 units, parsing every unit's values
 * each time was a third of it (a refresh measured 0.59–0.73 s before, 0.33–0.49 s after).
 */
const valuesRead = new WeakMap<Db, Map<number, SubmissionValues>>();

function parsedValues(text: string): SubmissionValues {
  const rec: Record<string, SubmittedValue> = {};
  for (const [code, state, value] of unpackValues(text)) rec[code] = storedValue(state, value);
  return Object.freeze(rec);
}

/**
 * Values of every current submission of the period, keyed by submission id. One query, one row per
 * submission read at a time (not all at once), each value a shared read-only object (storedValue);
 * a submission read before on this connection is not parsed again.
 */
export function currentValues(db: Db, periodId: string): Map<number, SubmissionValues> {
  let known = valuesRead.get(db);
  if (!known) valuesRead.set(db, (known = new Map()));
  const out = new Map<number, SubmissionValues>();
  if (known.size === 0) {
    const rows = stmt(db, 'SELECT id, figure_values FROM agg_submission WHERE period_id = ? AND superseded_by IS NULL').raw().iterate(periodId) as IterableIterator<[number, string]>;
    for (const [id, text] of rows) {
      const rec = parsedValues(text);
      known.set(id, rec);
      out.set(id, rec);
    }
    return out;
  }
  // Known ones by id only: their text is not even read.
  const ids = stmt(db, 'SELECT id FROM agg_submission WHERE period_id = ? AND superseded_by IS NULL').pluck().all(periodId) as number[];
  const textOf = stmt(db, 'SELECT figure_values FROM agg_submission WHERE id = ?').pluck();
  for (const id of ids) {
    let rec = known.get(id);
    if (!rec) known.set(id, (rec = parsedValues(textOf.get(id) as string)));
    out.set(id, rec);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Attachments

export interface AttachmentRecord {
  id: number;
  submissionId: number;
  fileName: string;
  fileSha256: string;
  kind: 'docx' | 'pdf';
  addedAt: string;
}

export function addAttachment(db: Db, submissionId: number, fileName: string, sha: string, kind: 'docx' | 'pdf'): number {
  const r = stmt(db, 'INSERT INTO agg_attachment (submission_id, file_name, file_sha256, kind, added_at) VALUES (?, ?, ?, ?, ?)').run(submissionId, fileName, sha, kind, now());
  return Number(r.lastInsertRowid);
}

export function hasAttachment(db: Db, submissionId: number, sha: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM agg_attachment WHERE submission_id = ? AND file_sha256 = ?').get(submissionId, sha);
}

export function attachmentsOf(db: Db, submissionIds: readonly number[]): Map<number, AttachmentRecord[]> {
  const out = new Map<number, AttachmentRecord[]>();
  if (!submissionIds.length) return out;
  const rows = db
    .prepare('SELECT * FROM agg_attachment WHERE submission_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(submissionIds)) as Array<{ id: number; submission_id: number; file_name: string; file_sha256: string; kind: 'docx' | 'pdf'; added_at: string }>;
  for (const r of rows) {
    const list = out.get(r.submission_id) ?? [];
    list.push({ id: r.id, submissionId: r.submission_id, fileName: r.file_name, fileSha256: r.file_sha256, kind: r.kind, addedAt: r.added_at });
    out.set(r.submission_id, list);
  }
  return out;
}

export function getAttachment(db: Db, id: number): AttachmentRecord | null {
  const r = stmt(db, 'SELECT * FROM agg_attachment WHERE id = ?').get(id) as { id: number; submission_id: number; file_name: string; file_sha256: string; kind: 'docx' | 'pdf'; added_at: string } | undefined;
  return r ? { id: r.id, submissionId: r.submission_id, fileName: r.file_name, fileSha256: r.file_sha256, kind: r.kind, addedAt: r.added_at } : null;
}

// ---------------------------------------------------------------------------------------------
// Exports

export function lastExport(db: Db, periodId: string, kind: 'report' | 'remind'): { revision: number; digest: string } | null {
  const r = stmt(db, 'SELECT revision, digest FROM agg_export WHERE period_id = ? AND kind = ? ORDER BY id DESC LIMIT 1').get(periodId, kind) as { revision: number; digest: string } | undefined;
  return r ?? null;
}

export function recordExport(db: Db, periodId: string, kind: 'report' | 'remind', revision: number, digest: string, at: string): void {
  stmt(db, 'INSERT INTO agg_export (period_id, kind, revision, digest, created_at) VALUES (?, ?, ?, ?, ?)').run(periodId, kind, revision, digest, at);
}
