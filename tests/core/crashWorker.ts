// Child process of the crash-safety test: does the app's writing work in a loop and stops itself
// dead (SIGKILL) at its Nth write step: every row SQLite writes (counted by temporary triggers, so
// the kill lands inside a transaction) and every file step (create, write, journal, rename).
// No timers: the same N stops at the same step on any machine, however slow.
// Usage (bundled by the test): DCS_STOP_AT=N node crashWorker.mjs DB_PATH OUT_DIR INBOX UNITS_JSON RUN
// With DCS_STOP_AT=0 it does one round and prints how many steps it took.
import { writeSync } from 'node:fs';
import { openDatabase } from '../../electron/core/db/open';
import { fsHooks } from '../../electron/core/fs/atomicWrite';
import { createServices, dispatch } from '../../electron/core/services';

const [dbPath, outDir, inbox, unitsJson, run] = process.argv.slice(2) as [string, string, string, string, string];
const stopAt = Number(process.env.DCS_STOP_AT ?? 0);
const db = openDatabase(dbPath);
const s = createServices(db, { dbPath, today: () => '2026-05-04' });

/** With DCS_STOP_LABEL, only steps of that kind count: "the 2nd rename", wherever it falls. */
const stopLabel = process.env.DCS_STOP_LABEL ?? '';
let counting = false;
let steps = 0;
/** How many steps of each file kind the measured round took: the test aims kills at each of them. */
const fileSteps: Record<string, number> = {};
function step(label: string): void {
  if (!counting) return;
  if (label.startsWith('file:')) fileSteps[label] = (fileSteps[label] ?? 0) + 1;
  if (stopLabel && label !== stopLabel) return;
  if (++steps === stopAt) {
    writeSync(2, `stop ${label}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
fsHooks.step = (label) => step(`file:${label}`);
db.function('dcs_step', (label: unknown) => (step(String(label)), 0));
const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => t.name);
for (const t of tables) {
  for (const ev of ['INSERT', 'UPDATE', 'DELETE']) {
    db.exec(`CREATE TEMP TRIGGER dcs_step_${t}_${ev} AFTER ${ev} ON main.${t} BEGIN SELECT dcs_step('db:${t}'); END`);
  }
}

/** The steps each operation of the measured round took, first and last: the test spreads kills over each. */
const opSteps: Record<string, [number, number]> = {};
async function must(op: string, arg: unknown): Promise<unknown> {
  const first = steps + 1;
  const r = await dispatch(s, op, arg);
  if (counting && steps >= first) opSteps[op] = [first, steps];
  if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' ')}`);
  return r.value;
}

const existing = await dispatch(s, 'unit.get', undefined);
if (!existing.ok || !existing.value) {
  const unit = (await must('unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' })) as Record<string, unknown>;
  await must('unit.set', { ...unit, code: 'BL' });
}
const units = JSON.parse(unitsJson) as Array<{ code: string; name: string; kind: string; parent: string }>;
const listed = (await dispatch(s, 'aggregate.units.list', undefined)) as { ok: true; value: unknown[] };
if (listed.value.length === 0) for (const u of units) await must('aggregate.units.add', u);
process.stdout.write('ready\n');
counting = true;
const BATCH = 30;
for (let round = Number(run) * 1000; ; round++) {
  await must('activity.add', { date: '2026-03-01', kind: 'TUYEN_TRUYEN', title: `Đơn lẻ ${round}`, form: 'truc_tiep', sessions: 1, participants: 10, basisDoc: '', notes: '', measures: [] });
  const csv = ['Ngày,Loại hoạt động,Tên hoạt động,Số buổi,Số lượt người'];
  for (let j = 0; j < BATCH; j++) csv.push(`0${(j % 9) + 1}/03/2026,2,Lô ${round} dòng ${j},1,${j + 1}`);
  await must('activity.import', { fileName: `lo-${round}.csv`, base64: Buffer.from(csv.join('\n')).toString('base64') });
  await must('figure.set', { period: '2026-H1', code: 'G2_NHAN', entry: { state: 'value', value: 100 + (round % 50) } });
  await must('report.export', { period: '2026-H1', outDir, acceptDrafts: true });
  // An inbox of received workbooks: the test gives a newer revision than the one already stored, so
  // that the import replaces every unit's submission.
  await must('aggregate.import', { period: '2026-H1', paths: [inbox] });
  if (stopAt === 0) {
    process.stdout.write(`steps ${steps}\nfiles ${JSON.stringify(fileSteps)}\nops ${JSON.stringify(opSteps)}\n`);
    db.close();
    process.exit(0);
  }
}
