// Child process of the crash-safety test: does the app's writing work in a loop until it is killed.
// Usage: node --import tsx tests/core/crashWorker.ts DB_PATH OUT_DIR INBOX_A INBOX_B UNITS_JSON
import { openDatabase } from '../../electron/core/db/open';
import { createServices, dispatch } from '../../electron/core/services';

const [dbPath, outDir, inboxA, inboxB, unitsJson] = process.argv.slice(2) as [string, string, string, string, string];
const db = openDatabase(dbPath);
const s = createServices(db, { dbPath, today: () => '2026-05-04' });

async function must(op: string, arg: unknown): Promise<unknown> {
  const r = await dispatch(s, op, arg);
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
// The report writer's libraries load on first use; loaded here so the kill times fall in the loop's work.
await Promise.all([import('../../electron/core/reports/docx'), import('exceljs')]);
process.stdout.write('ready\n');
const BATCH = 30;
for (let round = Date.now() % 100000; ; round++) {
  await must('activity.add', { date: '2026-03-01', kind: 'TUYEN_TRUYEN', title: `Đơn lẻ ${round}`, form: 'truc_tiep', sessions: 1, participants: 10, basisDoc: '', notes: '', measures: [] });
  const csv = ['Ngày,Loại hoạt động,Tên hoạt động,Số buổi,Số lượt người'];
  for (let j = 0; j < BATCH; j++) csv.push(`0${(j % 9) + 1}/03/2026,2,Lô ${round} dòng ${j},1,${j + 1}`);
  await must('activity.import', { fileName: `lo-${round}.csv`, base64: Buffer.from(csv.join('\n')).toString('base64') });
  await must('figure.set', { period: '2026-H1', code: 'G2_NHAN', entry: { state: 'value', value: 100 + (round % 50) } });
  await must('report.export', { period: '2026-H1', outDir });
  // An inbox of received workbooks, alternating two revisions so that each import replaces the last.
  await must('aggregate.import', { period: '2026-H1', paths: [round % 2 ? inboxA : inboxB] });
}
