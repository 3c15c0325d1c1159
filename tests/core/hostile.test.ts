// The corpus of hostile and broken files (tests/fixtures/hostile, see scripts/make-hostile-fixtures.ts)
// driven through the three importers the app has: activities, the list of expected units, and
// received exchange workbooks. Each file gets a clear Vietnamese message naming it, within a
// bounded time and memory, with no crash and, when refused, nothing changed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, dispatch, type Services } from '../../electron/core/services';

interface Entry {
  file: string;
  importer: 'activities' | 'units' | 'workbooks';
  expect: 'reject' | 'accept';
  says: string;
  what: string;
}
const root = join('tests', 'fixtures', 'hostile');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { units: Array<{ code: string; name: string; kind: string; parent: string }>; files: Entry[] };

let dir: string;
let db: Db;
let s: Services;

function dump(): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).raw().all()));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-hostile-'));
  db = openDatabase(join(dir, 'dcs.sqlite'));
  s = createServices(db, { dbPath: join(dir, 'dcs.sqlite'), today: () => '2026-05-10' });
  const unit = await dispatch(s, 'unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' });
  if (!unit.ok) throw new Error(unit.error.message);
  await dispatch(s, 'unit.set', { ...(unit.value as object), code: 'BL' });
  for (const u of manifest.units) {
    const r = await dispatch(s, 'aggregate.units.add', u);
    if (!r.ok) throw new Error(r.error.message);
  }
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const fileName = (e: Entry) => e.file.split('/').pop()!;
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i;

describe('hostile and broken files', () => {
  it('the corpus has at least 40 files for the three importers', () => {
    expect(manifest.files.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['activities', 'units', 'workbooks'] as const) expect(manifest.files.filter((f) => f.importer === kind).length, kind).toBeGreaterThan(5);
  });

  for (const e of manifest.files) {
    it(`${e.file}: ${e.what}`, async () => {
      const bytes = readFileSync(join(root, e.file));
      const arg = { fileName: fileName(e), base64: bytes.toString('base64') };
      const before = dump();
      const rss0 = process.memoryUsage().rss;
      const t0 = performance.now();
      let refused: boolean;
      let text: string;
      if (e.importer === 'activities') {
        const r = await dispatch(s, 'activity.import', arg);
        refused = !r.ok;
        text = r.ok ? JSON.stringify(r.value) : [r.error.message, ...(r.error.details ?? [])].join(' ');
        if (r.ok) {
          const titles = db.prepare('SELECT title FROM activity').all() as Array<{ title: string }>;
          for (const t of titles) expect(t.title).toBe(t.title.normalize('NFC'));
        }
      } else if (e.importer === 'units') {
        const r = await dispatch(s, 'aggregate.units.importFile', arg);
        refused = !r.ok;
        text = r.ok ? JSON.stringify(r.value) : [r.error.message, ...(r.error.details ?? [])].join(' ');
      } else {
        const r = await dispatch(s, 'aggregate.importFiles', { period: '2026-H1', files: [arg] });
        expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
        const outcome = r.ok ? (r.value as { files: Array<{ outcome: string; messages: string[] }> }).files[0]! : null;
        refused = outcome?.outcome === 'rejected';
        text = outcome ? outcome.messages.join(' ') : '';
      }
      const ms = performance.now() - t0;
      const grewMB = (process.memoryUsage().rss - rss0) / 1024 / 1024;
      expect(ms, 'time').toBeLessThan(15_000);
      expect(grewMB, 'memory').toBeLessThan(500);
      if (e.expect === 'reject') {
        expect(refused, text).toBe(true);
        expect(text).toContain(fileName(e));
        expect(text).toMatch(vietnamese);
        if (e.says) expect(text.toLowerCase()).toContain(e.says.toLowerCase());
        expect(dump(), 'nothing changed').toBe(before);
      } else {
        expect(refused, text).toBe(false);
      }
    }, 30_000);
  }
});
