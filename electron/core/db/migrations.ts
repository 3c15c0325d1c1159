// Numbered, append-only schema changes. Each runs in one transaction and bumps user_version.
import type { Database } from 'better-sqlite3';
import { packValues, type StoredValue } from '../aggregate/packedValues';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'unit records: profile, activities, figures, self-inspection, tasks, texts, snapshots',
    up: (db) => {
      db.exec(`
        CREATE TABLE unit_profile (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          code TEXT NOT NULL,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('xa','co_quan','su_nghiep','dnnn','dn_khac')),
          profile_id TEXT NOT NULL,
          parent_body TEXT NOT NULL DEFAULT '',
          place_name TEXT NOT NULL,
          doc_symbol TEXT NOT NULL,
          signer_authority TEXT NOT NULL DEFAULT '',
          signer_on_behalf_of TEXT NOT NULL DEFAULT '',
          signer_title TEXT NOT NULL,
          signer_name TEXT NOT NULL DEFAULT '',
          kinh_gui TEXT NOT NULL DEFAULT '[]',
          recipients TEXT NOT NULL DEFAULT '[]',
          archive_tag TEXT NOT NULL DEFAULT '',
          plan_ref TEXT NOT NULL DEFAULT '',
          period_overrides TEXT NOT NULL DEFAULT '{}',
          updated_at TEXT NOT NULL
        );
        CREATE TABLE period (
          id TEXT PRIMARY KEY,
          created_at TEXT NOT NULL
        );
        CREATE TABLE activity (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          kind TEXT NOT NULL,
          title TEXT NOT NULL,
          form TEXT NOT NULL CHECK (form IN ('truc_tiep','truc_tuyen','ket_hop')),
          sessions INTEGER NOT NULL CHECK (sessions >= 1),
          participants INTEGER CHECK (participants IS NULL OR participants >= 0),
          basis_doc TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          measures TEXT NOT NULL DEFAULT '[]',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX activity_date ON activity(date);
        CREATE TABLE figure_value (
          period_id TEXT NOT NULL REFERENCES period(id),
          code TEXT NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('value','none')),
          value REAL,
          note TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (period_id, code),
          CHECK ((state = 'value') = (value IS NOT NULL))
        );
        CREATE TABLE inspection_answer (
          period_id TEXT NOT NULL REFERENCES period(id),
          item_id TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('done','partly','not_done','na')),
          evidence TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (period_id, item_id)
        );
        CREATE TABLE task_progress (
          period_id TEXT NOT NULL REFERENCES period(id),
          task_id TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done')),
          note TEXT NOT NULL DEFAULT '',
          updated_at TEXT NOT NULL,
          PRIMARY KEY (period_id, task_id)
        );
        CREATE TABLE assessment_text (
          period_id TEXT NOT NULL REFERENCES period(id),
          key TEXT NOT NULL CHECK (key IN ('uu_diem','han_che','nguyen_nhan','phuong_huong','kien_nghi')),
          text TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (period_id, key)
        );
        CREATE TABLE period_snapshot (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          period_id TEXT NOT NULL REFERENCES period(id),
          revision INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          digest TEXT NOT NULL,
          data TEXT NOT NULL,
          UNIQUE (period_id, revision)
        );
      `);
    },
  },
  {
    version: 2,
    name: 'aggregator: expected units, code mappings, received submissions with history, figure values, attachments, settings',
    up: (db) => {
      // Received files are kept as BLOBs (content-addressed by sha256) inside the database rather
      // than copied into a folder: a submission and its files are written in one transaction, so a
      // rejected or interrupted import leaves nothing behind, one file holds the whole record for
      // backup, and it works for in-memory databases in tests. Files are small (an exchange
      // workbook is 15–60 KB; a signed scan a few MB).
      db.exec(`
        CREATE TABLE agg_unit (
          code TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('xa','co_quan','su_nghiep','dnnn','dn_khac')),
          parent TEXT NOT NULL DEFAULT '',
          position INTEGER NOT NULL,
          active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE agg_unit_alias (
          alias TEXT PRIMARY KEY,
          unit_code TEXT NOT NULL REFERENCES agg_unit(code),
          created_at TEXT NOT NULL
        );
        CREATE TABLE agg_blob (
          sha256 TEXT PRIMARY KEY,
          size INTEGER NOT NULL,
          data BLOB NOT NULL
        );
        CREATE TABLE agg_submission (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          period_id TEXT NOT NULL,
          unit_code TEXT NOT NULL REFERENCES agg_unit(code),
          file_name TEXT NOT NULL,
          file_sha256 TEXT NOT NULL REFERENCES agg_blob(sha256),
          sent_unit_code TEXT NOT NULL DEFAULT '',
          sent_unit_name TEXT NOT NULL DEFAULT '',
          sent_unit_kind TEXT NOT NULL DEFAULT '',
          profile_id TEXT NOT NULL DEFAULT '',
          revision INTEGER NOT NULL DEFAULT 1,
          generated_at TEXT NOT NULL DEFAULT '',
          app_version TEXT NOT NULL DEFAULT '',
          template INTEGER NOT NULL DEFAULT 0 CHECK (template IN (0,1)),
          digest_ok INTEGER CHECK (digest_ok IS NULL OR digest_ok IN (0,1)),
          received_at TEXT NOT NULL CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          imported_at TEXT NOT NULL,
          warnings TEXT NOT NULL DEFAULT '[]',
          replaces_id INTEGER REFERENCES agg_submission(id),
          superseded_by INTEGER REFERENCES agg_submission(id) DEFERRABLE INITIALLY DEFERRED
        );
        CREATE UNIQUE INDEX agg_submission_current ON agg_submission(period_id, unit_code) WHERE superseded_by IS NULL;
        CREATE INDEX agg_submission_file ON agg_submission(file_sha256);
        CREATE TABLE agg_value (
          submission_id INTEGER NOT NULL REFERENCES agg_submission(id),
          code TEXT NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('value','none','blank')),
          value REAL,
          cell TEXT NOT NULL DEFAULT '',
          note TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (submission_id, code),
          CHECK ((state = 'value') = (value IS NOT NULL))
        ) WITHOUT ROWID;
        CREATE TABLE agg_attachment (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          submission_id INTEGER NOT NULL REFERENCES agg_submission(id),
          file_name TEXT NOT NULL,
          file_sha256 TEXT NOT NULL REFERENCES agg_blob(sha256),
          kind TEXT NOT NULL CHECK (kind IN ('docx','pdf')),
          added_at TEXT NOT NULL,
          UNIQUE (submission_id, file_sha256)
        );
        CREATE TABLE agg_settings (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          data TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE agg_export (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          period_id TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('report','remind')),
          revision INTEGER NOT NULL,
          digest TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 3,
    name: 'aggregator: a received file is a unit\'s own report or a consolidation (with the units behind it); one current submission of each per unit',
    up: (db) => {
      // A commune sends up its own report and its consolidation of its units: the two are distinct
      // and neither replaces the other. Files imported before this migration are own reports.
      db.exec(`
        ALTER TABLE agg_submission ADD COLUMN scope TEXT NOT NULL DEFAULT 'own' CHECK (scope IN ('own','consolidated'));
        ALTER TABLE agg_submission ADD COLUMN consolidation TEXT;
        DROP INDEX agg_submission_current;
        CREATE UNIQUE INDEX agg_submission_current ON agg_submission(period_id, unit_code, scope) WHERE superseded_by IS NULL;
      `);
    },
  },
  {
    version: 4,
    name: 'plans: imported plan files; figures the seed targets need; Bình Lư units under the commune plan',
    up: (db) => {
      db.exec(`
        CREATE TABLE plan (
          id TEXT PRIMARY KEY,
          body TEXT NOT NULL,
          imported_at TEXT NOT NULL
        );
      `);
      // Lào Cai target 4a asks for petitions received, classified and answered; until now only
      // "đã giải quyết, trả lời" was recorded. An answered petition was received and classified, so
      // that count is carried over as a starting value, marked for the clerk to check.
      db.prepare(
        `INSERT INTO figure_value (period_id, code, state, value, note, updated_at)
         SELECT period_id, 'G2_PH', state, value, ?, updated_at FROM figure_value f
         WHERE code = 'G2_GQ' AND NOT EXISTS (SELECT 1 FROM figure_value g WHERE g.period_id = f.period_id AND g.code = 'G2_PH')`,
      ).run('Lấy từ số kiến nghị, phản ánh đã giải quyết, trả lời (số liệu nhập trước khi có chỉ tiêu này); hãy kiểm tra lại.');
      // "lai-chau" used to be the commune of Bình Lư's plan. Its units now report under the commune's
      // own plan; the commune reports on to Sở Nội vụ; other Lai Châu units stop reporting to the commune.
      const OLD_TO = 'Ủy ban nhân dân xã Bình Lư';
      const unit = db.prepare(`SELECT kind, name, parent_body AS parentBody, kinh_gui AS kinhGui FROM unit_profile WHERE id = 1 AND profile_id = 'lai-chau'`).get() as
        | { kind: string; name: string; parentBody: string; kinhGui: string }
        | undefined;
      if (unit) {
        const inBinhLu = /bình lư/i.test(`${unit.name} ${unit.parentBody}`);
        const to: string[] = JSON.parse(unit.kinhGui);
        const next = to.map((x) => (x !== OLD_TO ? x : unit.kind === 'xa' || !inBinhLu ? 'Sở Nội vụ tỉnh Lai Châu' : 'Ủy ban nhân dân xã Bình Lư (qua Phòng Văn hóa - Xã hội)'));
        db.prepare('UPDATE unit_profile SET profile_id = ?, kinh_gui = ? WHERE id = 1').run(inBinhLu ? 'lai-chau-binh-lu' : 'lai-chau', JSON.stringify(next));
      }
      const agg = db.prepare('SELECT data FROM agg_settings WHERE id = 1').get() as { data: string } | undefined;
      if (agg) {
        const s = JSON.parse(agg.data) as { profileId?: string; name?: string; parentBody?: string };
        if (s.profileId === 'lai-chau' && /bình lư/i.test(`${s.name ?? ''} ${s.parentBody ?? ''}`)) {
          db.prepare('UPDATE agg_settings SET data = ? WHERE id = 1').run(JSON.stringify({ ...s, profileId: 'lai-chau-binh-lu' }));
        }
      }
    },
  },
  {
    version: 5,
    name: "aggregator: a submission's figures in one row (a packed list on the submission) instead of one row per figure",
    up: (db) => {
      // A received workbook holds ~42 figures: a row each cost more to record than the rest of the
      // submission, and reading a period read them back one by one. They are written together, read
      // together and never changed, so they are kept as one text on the submission (packedValues.ts).
      db.exec(`ALTER TABLE agg_submission ADD COLUMN figure_values TEXT NOT NULL DEFAULT '[]'`);
      const ids = db.prepare('SELECT DISTINCT submission_id FROM agg_value ORDER BY submission_id').pluck().all() as number[];
      const read = db.prepare('SELECT code, state, value, cell, note FROM agg_value WHERE submission_id = ?');
      const write = db.prepare('UPDATE agg_submission SET figure_values = ? WHERE id = ?');
      for (const id of ids) write.run(packValues(read.all(id) as StoredValue[]), id);
      db.exec('DROP TABLE agg_value');
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class SchemaTooNewError extends Error {
  constructor(public readonly found: number) {
    super(
      `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${found}, phiên bản này chỉ hiểu tới ${LATEST_VERSION}). Hãy cập nhật ứng dụng; tệp dữ liệu được giữ nguyên, không bị thay đổi.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the pending migrations; `onBeforeMigrate` lets the app back the file up first. */
export function migrate(db: Database, options: { upTo?: number; onBeforeMigrate?: (from: number) => void } = {}): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw new SchemaTooNewError(current);
  const target = options.upTo ?? LATEST_VERSION;
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  options.onBeforeMigrate?.(current);
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}
