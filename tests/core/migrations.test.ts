import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, SchemaTooNewError, migrate, schemaVersion } from '../../electron/core/db/migrations';
import { flushWriteAheadLog, openDatabase, type Db } from '../../electron/core/db/open';
import { currentValues, submissionValues } from '../../electron/core/aggregate/repo';
import { packValues, type StoredValue } from '../../electron/core/aggregate/packedValues';

/** Everything the schema consists of, to compare before/after. */
function schemaOf(db: Database): Array<{ type: string; name: string; sql: string | null }> {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as Array<{ type: string; name: string; sql: string | null }>;
}

function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-migrations-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migrating a fresh database', () => {
  it('brings a new :memory: database to the latest version and records it in user_version', () => {
    const db = new BetterSqlite3(':memory:');
    expect(userVersion(db)).toBe(0);
    const v = migrate(db);
    expect(v).toBe(LATEST_VERSION);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('versions are numbered 1, 2, 3… without gaps, so LATEST_VERSION is the last one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('migrating a second time is a no-op: same version, same schema, no backup hook', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const before = schemaOf(db);
    const calls: number[] = [];
    const v = migrate(db, { onBeforeMigrate: (from) => calls.push(from) });
    expect(v).toBe(LATEST_VERSION);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(schemaOf(db)).toEqual(before);
    expect(calls).toEqual([]);
    db.close();
  });
});

// One harness per migration: a future migration is covered by the same checks and adds its own below.
for (const m of MIGRATIONS) {
  describe(`migration ${m.version}: ${m.name}`, () => {
    it(`takes a database at version ${m.version - 1} to version ${m.version}, calling the backup hook once with ${m.version - 1}`, () => {
      const db = new BetterSqlite3(':memory:');
      migrate(db, { upTo: m.version - 1 });
      expect(userVersion(db)).toBe(m.version - 1);
      const before = schemaOf(db);
      const calls: number[] = [];
      const v = migrate(db, { upTo: m.version, onBeforeMigrate: (from) => calls.push(from) });
      expect(v).toBe(m.version);
      expect(userVersion(db)).toBe(m.version);
      expect(calls).toEqual([m.version - 1]);
      expect(schemaOf(db)).not.toEqual(before);
      db.close();
    });

    it('running it again is a no-op', () => {
      const db = new BetterSqlite3(':memory:');
      migrate(db, { upTo: m.version });
      const before = schemaOf(db);
      const calls: number[] = [];
      expect(migrate(db, { upTo: m.version, onBeforeMigrate: (from) => calls.push(from) })).toBe(m.version);
      expect(schemaOf(db)).toEqual(before);
      expect(userVersion(db)).toBe(m.version);
      expect(calls).toEqual([]);
      db.close();
    });

    it('is all or nothing: if it fails after its statements ran, the version and schema stay as they were', () => {
      const db = new BetterSqlite3(':memory:');
      migrate(db, { upTo: m.version - 1 });
      const before = schemaOf(db);
      const original = m.up;
      m.up = (conn) => {
        original(conn);
        throw new Error('disk full');
      };
      try {
        expect(() => migrate(db, { upTo: m.version })).toThrow('disk full');
      } finally {
        m.up = original;
      }
      expect(userVersion(db)).toBe(m.version - 1);
      expect(schemaOf(db)).toEqual(before);
      // …and it still applies cleanly afterwards.
      expect(migrate(db, { upTo: m.version })).toBe(m.version);
      db.close();
    });
  });
}

describe('migration 1 specifics: tables and constraints', () => {
  let db: Database;
  const ts = '2026-05-04T00:00:00.000Z';
  beforeEach(() => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { upTo: 1 });
  });
  afterEach(() => db.close());

  const insertUnit = (kind: string) =>
    db
      .prepare(
        `INSERT INTO unit_profile (id, code, name, kind, profile_id, place_name, doc_symbol, signer_title, updated_at)
         VALUES (1, 'BL', 'Ủy ban nhân dân xã Bình Lư', @kind, 'lai-chau', 'Bình Lư', 'UBND', 'CHỦ TỊCH', @ts)`,
      )
      .run({ kind, ts });
  const insertActivity = (sessions: number, date = '2026-03-05') =>
    db
      .prepare(
        `INSERT INTO activity (date, kind, title, form, sessions, participants, created_at, updated_at)
         VALUES (?, 'TUYEN_TRUYEN', 'Hội nghị tuyên truyền', 'truc_tiep', ?, 120, ?, ?)`,
      )
      .run(date, sessions, ts, ts);
  const insertFigure = (state: string, value: number | null, period = '2026-H1') =>
    db.prepare('INSERT INTO figure_value (period_id, code, state, value, updated_at) VALUES (?, ?, ?, ?, ?)').run(period, 'B1_PHAI', state, value, ts);
  const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('creates the eight tables of the unit records', () => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    expect(tables.sort()).toEqual(
      ['activity', 'assessment_text', 'figure_value', 'inspection_answer', 'period', 'period_snapshot', 'task_progress', 'unit_profile'].sort(),
    );
  });

  it('accepts each of the five unit kinds and refuses any other', () => {
    for (const kind of ['xa', 'co_quan', 'su_nghiep', 'dnnn', 'dn_khac']) {
      insertUnit(kind);
      expect((db.prepare('SELECT kind FROM unit_profile').get() as { kind: string }).kind).toBe(kind);
      db.exec('DELETE FROM unit_profile');
    }
    expect(() => insertUnit('thon')).toThrow(/CHECK constraint failed/);
    expect(count('unit_profile')).toBe(0);
  });

  it('keeps a single unit profile row (id must be 1)', () => {
    insertUnit('xa');
    expect(() =>
      db
        .prepare(
          `INSERT INTO unit_profile (id, code, name, kind, profile_id, place_name, doc_symbol, signer_title, updated_at)
           VALUES (2, 'X', 'X', 'xa', 'lai-chau', 'X', 'UBND', 'CHỦ TỊCH', ?)`,
        )
        .run(ts),
    ).toThrow(/CHECK constraint failed/);
    expect(count('unit_profile')).toBe(1);
  });

  it('refuses an activity with 0 sessions, negative participants or a malformed date', () => {
    insertActivity(1);
    expect(() => insertActivity(0)).toThrow(/CHECK constraint failed/);
    expect(() => insertActivity(-2)).toThrow(/CHECK constraint failed/);
    expect(() => insertActivity(1, '05/03/2026')).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO activity (date, kind, title, form, sessions, participants, created_at, updated_at)
           VALUES ('2026-03-05', 'TUYEN_TRUYEN', 'x', 'truc_tiep', 1, -1, ?, ?)`,
        )
        .run(ts, ts),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO activity (date, kind, title, form, sessions, participants, created_at, updated_at)
           VALUES ('2026-03-05', 'TUYEN_TRUYEN', 'x', 'qua_thu', 1, 1, ?, ?)`,
        )
        .run(ts, ts),
    ).toThrow(/CHECK constraint failed/);
    expect(count('activity')).toBe(1);
  });

  it("figure_value: state 'value' needs a value, state 'none' must have none, other states are refused", () => {
    db.prepare("INSERT INTO period (id, created_at) VALUES ('2026-H1', ?), ('2026-Y', ?)").run(ts, ts);
    expect(() => insertFigure('value', null)).toThrow(/CHECK constraint failed/);
    expect(() => insertFigure('none', 3)).toThrow(/CHECK constraint failed/);
    expect(() => insertFigure('blank', null)).toThrow(/CHECK constraint failed/);
    expect(count('figure_value')).toBe(0);
    insertFigure('value', 14);
    insertFigure('none', null, '2026-Y');
    expect(db.prepare('SELECT period_id, state, value FROM figure_value ORDER BY period_id').all()).toEqual([
      { period_id: '2026-H1', state: 'value', value: 14 },
      { period_id: '2026-Y', state: 'none', value: null },
    ]);
  });

  it('refuses a figure for a period that does not exist (foreign key) when foreign keys are on', () => {
    expect(() => insertFigure('value', 1, '2030-H1')).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('refuses unknown statuses and assessment keys', () => {
    db.prepare("INSERT INTO period (id, created_at) VALUES ('2026-H1', ?)").run(ts);
    expect(() =>
      db.prepare("INSERT INTO inspection_answer (period_id, item_id, status, updated_at) VALUES ('2026-H1', 'ALL-D8-1', 'yes', ?)").run(ts),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db.prepare("INSERT INTO task_progress (period_id, task_id, status, updated_at) VALUES ('2026-H1', 'T1', 'late', ?)").run(ts),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db.prepare("INSERT INTO assessment_text (period_id, key, text, updated_at) VALUES ('2026-H1', 'ket_luan', 'x', ?)").run(ts),
    ).toThrow(/CHECK constraint failed/);
    expect(count('inspection_answer') + count('task_progress') + count('assessment_text')).toBe(0);
  });

  it('keeps one snapshot per revision of a period', () => {
    db.prepare("INSERT INTO period (id, created_at) VALUES ('2026-H1', ?)").run(ts);
    const snap = db.prepare("INSERT INTO period_snapshot (period_id, revision, created_at, digest, data) VALUES ('2026-H1', ?, ?, 'd', '{}')");
    snap.run(1, ts);
    snap.run(2, ts);
    expect(() => snap.run(2, ts)).toThrow(/UNIQUE constraint failed/);
    expect(count('period_snapshot')).toBe(2);
  });
});

describe('migration 3 specifics: own reports and consolidations', () => {
  it('files what was received before as own reports, and keeps one current own report and one current consolidation per unit', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, { upTo: 2 });
    const ts = '2026-05-01T00:00:00.000Z';
    db.prepare("INSERT INTO agg_unit (code, name, kind, parent, position, active, created_at, updated_at) VALUES ('X', 'Xã X', 'xa', '', 1, 1, ?, ?)").run(ts, ts);
    db.prepare("INSERT INTO agg_blob (sha256, size, data) VALUES ('h', 1, x'00')").run();
    const insert = (scope?: string) =>
      db
        .prepare(
          `INSERT INTO agg_submission (period_id, unit_code, file_name, file_sha256, sent_unit_code, sent_unit_name, sent_unit_kind, profile_id, revision,
             generated_at, app_version, template, digest_ok, received_at, imported_at, warnings${scope ? ', scope' : ''})
           VALUES ('2026-H1', 'X', 'f.xlsx', 'h', 'X', 'Xã X', 'xa', '', 1, ?, '', 0, 1, '2026-05-01', ?, '[]'${scope ? ', ?' : ''})`,
        )
        .run(...[ts, ts, ...(scope ? [scope] : [])]);
    insert();
    migrate(db);
    expect(db.prepare('SELECT scope, consolidation FROM agg_submission').all()).toEqual([{ scope: 'own', consolidation: null }]);
    insert('consolidated');
    expect(() => insert('own')).toThrow(/UNIQUE constraint failed/);
    expect(() => insert('consolidated')).toThrow(/UNIQUE constraint failed/);
    expect(() => insert('other')).toThrow(/CHECK constraint failed/);
    db.close();
  });
});

describe('openDatabase', () => {
  it('opens a file with foreign keys on and WAL journaling, at the latest version', () => {
    const path = join(dir, 'sub', 'dcs.sqlite');
    const db = openDatabase(path);
    try {
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
    } finally {
      db.close();
    }
    // Reopening an up-to-date file runs no migration.
    const calls: number[] = [];
    const again = openDatabase(path, { onBeforeMigrate: (v) => calls.push(v) });
    again.close();
    expect(calls).toEqual([]);
  });

  it('flushes the write-ahead log on request (what an import ends with), and has nothing to flush in memory', () => {
    const path = join(dir, 'flush.sqlite');
    const db = openDatabase(path);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(flushWriteAheadLog(db), 'an empty log').toBe(0);
      db.prepare("INSERT INTO agg_unit (code, name, kind, position, created_at, updated_at) VALUES ('X-1', 'Xã Một', 'xa', 1, 'x', 'x')").run();
      const flushed = flushWriteAheadLog(db);
      expect(flushed).toBeGreaterThan(0);
      expect(flushed).toBe(statSync(`${path}-wal`).size);
      // Not checkpointed: the row is in the log, and another connection reads it from there.
      const other = new BetterSqlite3(path, { readonly: true });
      expect(other.prepare("SELECT name FROM agg_unit WHERE code = 'X-1'").get()).toEqual({ name: 'Xã Một' });
      other.close();
    } finally {
      db.close();
    }
    const memory = openDatabase(':memory:');
    expect(flushWriteAheadLog(memory)).toBe(0);
    memory.close();
  });

  it('enforces foreign keys on the connection it returns', () => {
    const db = openDatabase(join(dir, 'fk.sqlite'));
    try {
      expect(() =>
        db.prepare("INSERT INTO figure_value (period_id, code, state, value, updated_at) VALUES ('2099-H1', 'B1_PHAI', 'value', 1, 'x')").run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('calls onBeforeMigrate with the old version (0) before migrating an older file, and keeps its other tables', () => {
    const path = join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(path);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('ghi chú cũ');");
    raw.close();

    const seen: Array<{ from: number; tablesAtCall: string[]; versionAtCall: number }> = [];
    const db = openDatabase(path, {
      onBeforeMigrate: (from, conn) => {
        seen.push({
          from,
          versionAtCall: conn.pragma('user_version', { simple: true }) as number,
          tablesAtCall: (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name),
        });
      },
    });
    try {
      expect(seen).toHaveLength(1);
      expect(seen[0]!.from).toBe(0);
      // Called *before* migrating: the file was still at version 0 with only its own table.
      expect(seen[0]!.versionAtCall).toBe(0);
      expect(seen[0]!.tablesAtCall).toEqual(['notes']);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'ghi chú cũ' }]);
      expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'activity'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  describe('a file made by a newer version of the app (user_version > LATEST_VERSION)', () => {
    const makeNewer = (path: string, wal: boolean): Buffer => {
      const raw = new BetterSqlite3(path);
      if (wal) raw.pragma('journal_mode = WAL');
      raw.exec("CREATE TABLE future_thing (x TEXT); INSERT INTO future_thing VALUES ('dữ liệu mới');");
      raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
      raw.close();
      return readFileSync(path);
    };

    const expectRefused = (path: string): SchemaTooNewError => {
      let caught: unknown;
      const hook: number[] = [];
      try {
        openDatabase(path, { onBeforeMigrate: (v) => hook.push(v) }).close();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(SchemaTooNewError);
      expect(hook).toEqual([]);
      const err = caught as SchemaTooNewError;
      expect(err.found).toBe(LATEST_VERSION + 5);
      // Vietnamese, names both versions and tells the user what to do.
      expect(err.message).toContain('phiên bản mới hơn');
      expect(err.message).toContain(String(LATEST_VERSION + 5));
      expect(err.message).toContain('cập nhật ứng dụng');
      return err;
    };

    it('is refused with a Vietnamese SchemaTooNewError and the WAL file is left byte for byte as it was', () => {
      const path = join(dir, 'newer-wal.sqlite');
      const before = makeNewer(path, true);
      expectRefused(path);
      expect(readFileSync(path).equals(before)).toBe(true);
    });

    it('is refused and a rollback-journal file (e.g. a copy or a backup) is left byte for byte as it was', () => {
      const path = join(dir, 'newer.sqlite');
      const before = makeNewer(path, false);
      expectRefused(path);
      const after = readFileSync(path);
      // The message promises "tệp dữ liệu được giữ nguyên, không bị thay đổi". Header first (bytes 18–19 hold
      // the journal format), for a readable diff, then the whole file.
      expect([...after.subarray(0, 100)]).toEqual([...before.subarray(0, 100)]);
      expect(after.equals(before)).toBe(true);
    });
  });
});

describe('migration 4 specifics: plans and the figures their targets need, for data already entered', () => {
  const ts = '2026-05-04T00:00:00.000Z';
  const unitRow = (db: Database, kind: string, name: string, parentBody: string, kinhGui: string[]) =>
    db
      .prepare(
        `INSERT INTO unit_profile (id, code, name, kind, profile_id, parent_body, place_name, doc_symbol, signer_title, kinh_gui, updated_at)
         VALUES (1, 'U', ?, ?, 'lai-chau', ?, 'Bình Lư', 'UBND', 'CHỦ TỊCH', ?, ?)`,
      )
      .run(name, kind, parentBody, JSON.stringify(kinhGui), ts);
  const figure = (db: Database, period: string, code: string, value: number) => {
    db.prepare('INSERT OR IGNORE INTO period (id, created_at) VALUES (?, ?)').run(period, ts);
    db.prepare("INSERT INTO figure_value (period_id, code, state, value, updated_at) VALUES (?, ?, 'value', ?, ?)").run(period, code, value, ts);
  };

  it('carries "đã giải quyết, trả lời" over as "đã phân loại, phản hồi" where that was not entered, marked for checking', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, { upTo: 3 });
    figure(db, '2026-H1', 'G2_GQ', 37);
    figure(db, '2025-Y', 'G2_GQ', 12);
    figure(db, '2025-Y', 'G2_PH', 15);
    migrate(db, { upTo: 4 });
    const rows = db.prepare("SELECT period_id, value, note FROM figure_value WHERE code = 'G2_PH' ORDER BY period_id").all() as Array<{ period_id: string; value: number; note: string }>;
    expect(rows.map((r) => [r.period_id, r.value])).toEqual([
      ['2025-Y', 15],
      ['2026-H1', 37],
    ]);
    expect(rows[1]!.note).toContain('hãy kiểm tra lại');
    expect(db.prepare("SELECT COUNT(*) AS n FROM plan").get()).toEqual({ n: 0 });
    db.close();
  });

  it('a unit of Bình Lư moves under the commune plan and reports to the commune via Phòng Văn hóa - Xã hội', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, { upTo: 3 });
    unitRow(db, 'su_nghiep', 'Trường Tiểu học Bình Lư', 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ', ['Ủy ban nhân dân xã Bình Lư']);
    migrate(db, { upTo: 4 });
    expect(db.prepare('SELECT profile_id, kinh_gui FROM unit_profile').get()).toEqual({
      profile_id: 'lai-chau-binh-lu',
      kinh_gui: JSON.stringify(['Ủy ban nhân dân xã Bình Lư (qua Phòng Văn hóa - Xã hội)']),
    });
    db.close();
  });

  it('the commune stops reporting to itself; a Lai Châu unit elsewhere stops reporting to Bình Lư', () => {
    for (const [kind, name, parent, profile] of [
      ['xa', 'Ủy ban nhân dân xã Bình Lư', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'lai-chau-binh-lu'],
      ['co_quan', 'Sở Y tế tỉnh Lai Châu', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'lai-chau'],
    ] as const) {
      const db = new BetterSqlite3(':memory:');
      migrate(db, { upTo: 3 });
      unitRow(db, kind, name, parent, ['Ủy ban nhân dân xã Bình Lư']);
      migrate(db, { upTo: 4 });
      expect(db.prepare('SELECT profile_id, kinh_gui FROM unit_profile').get()).toEqual({ profile_id: profile, kinh_gui: JSON.stringify(['Sở Nội vụ tỉnh Lai Châu']) });
      db.close();
    }
  });
});

describe('migration 5 specifics: a submission\'s figures kept in one row', () => {
  const ts = '2026-05-04T00:00:00.000Z';
  type Row = { code: string; state: string; value: number | null; cell: string; note: string };
  /** Values as the per-figure rows held them, listed out of code order on purpose. */
  const rowsOf: Record<number, Row[]> = {
    1: [
      { code: 'H2_PHIEU', state: 'value', value: 0.1 + 0.2, cell: 'E40', note: 'Phiếu "khảo sát" \\ lần 1' },
      { code: 'A2', state: 'value', value: 1, cell: 'E8', note: '' },
      { code: 'G3_NHAN', state: 'none', value: null, cell: 'E30', note: 'Không phát sinh' },
      { code: 'B1_DA', state: 'blank', value: null, cell: 'E15', note: '' },
      { code: 'E3_TH', state: 'value', value: 123456789.12345679, cell: 'E22', note: 'Tổng hợp từ 4 hoạt động' },
      { code: 'L1_KT', state: 'value', value: 1e-7, cell: 'E50', note: '' },
      { code: 'K2_VP', state: 'value', value: 2 ** 53 + 2, cell: 'E48', note: 'Số lớn' },
    ],
    2: [
      { code: 'A2', state: 'value', value: 0, cell: 'E8', note: '' },
      { code: 'A4_PT_TONG', state: 'value', value: 3.75, cell: 'E14', note: '' },
    ],
    3: [],
  };

  function oldDatabase(): Database {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { upTo: 4 });
    const unit = db.prepare("INSERT INTO agg_unit (code, name, kind, parent, position, active, created_at, updated_at) VALUES (?, ?, 'xa', '', ?, 1, ?, ?)");
    unit.run('X', 'Xã X', 1, ts, ts);
    unit.run('Y', 'Xã Y', 2, ts, ts);
    db.prepare("INSERT INTO agg_blob (sha256, size, data) VALUES ('h', 1, x'00')").run();
    const sub = db.prepare(
      `INSERT INTO agg_submission (id, period_id, unit_code, file_name, file_sha256, revision, received_at, imported_at, superseded_by)
       VALUES (?, '2026-H1', ?, ?, 'h', ?, '2026-05-01', ?, ?)`,
    );
    // The replaced submission points at its successor: the foreign key is checked at commit.
    db.transaction(() => {
      sub.run(1, 'X', 'X-lan-1.xlsx', 1, ts, 2);
      sub.run(2, 'X', 'X-lan-2.xlsx', 2, ts, null);
    })();
    sub.run(3, 'Y', 'Y.xlsx', 1, ts, null);
    const value = db.prepare('INSERT INTO agg_value (submission_id, code, state, value, cell, note) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [id, rows] of Object.entries(rowsOf)) for (const r of rows) value.run(Number(id), r.code, r.state, r.value, r.cell, r.note);
    return db;
  }

  it('keeps every value of every submission, current or replaced, exactly (to the last digit, with cell and note)', () => {
    const db = oldDatabase();
    const before = db.prepare('SELECT submission_id, code, state, value, cell, note FROM agg_value ORDER BY submission_id, code').all() as Array<Row & { submission_id: number }>;
    expect(before).toHaveLength(9);
    migrate(db);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'agg_value'").get()).toEqual({ n: 0 });
    const after = Object.keys(rowsOf).flatMap((id) => submissionValues(db as Db, Number(id)).map((v) => ({ submission_id: Number(id), ...v })));
    expect(after).toEqual(before);
    for (const [i, b] of before.entries()) expect(Object.is(after[i]!.value, b.value), `${b.code}: ${after[i]!.value} ≠ ${b.value}`).toBe(true);
    expect(submissionValues(db as Db, 1).map((v) => v.code)).toEqual(rowsOf[1]!.map((r) => r.code).sort());
    // What consolidation reads: the current submission of each unit, with its values.
    const current = currentValues(db as Db, '2026-H1');
    expect([...current.keys()].sort()).toEqual([2, 3]);
    expect(current.get(2)).toEqual({ A2: { state: 'value', value: 0 }, A4_PT_TONG: { state: 'value', value: 3.75 } });
    expect(current.get(3)).toEqual({});
    db.close();
  });

  it('still refuses what the per-figure rows refused: a "value" without a number, an unknown state, one figure twice', () => {
    const values = (list: Row[]): StoredValue[] => list as StoredValue[];
    expect(() => packValues(values([{ code: 'A2', state: 'value', value: null, cell: 'E8', note: '' }]))).toThrow(/A2.*E8/);
    expect(() => packValues(values([{ code: 'A2', state: 'value', value: Number.NaN, cell: 'E8', note: '' }]))).toThrow(/A2/);
    expect(() => packValues(values([{ code: 'A2', state: 'maybe', value: null, cell: 'E8', note: '' }]))).toThrow(/A2/);
    expect(() =>
      packValues(values([
        { code: 'A2', state: 'value', value: 1, cell: 'E8', note: '' },
        { code: 'A2', state: 'value', value: 2, cell: 'E9', note: '' },
      ])),
    ).toThrow(/A2.*hai lần/);
  });
});
