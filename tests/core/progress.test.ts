// Long operations tell the window how far they are: each reports its steps in order, counting up to
// its total, under its own name, through the one sink every door wires (IPC, the test bridge).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/demo/runDemo';
import { createServices, dispatch, type Host } from '../../electron/core/services';
import type { ProgressEvent } from '../../shared/ipc/contract';
import { NO_STEP, stepper } from '../../electron/core/services/progress';
import { seedManyActivities } from '../e2e/uiBench';

const dir = mkdtempSync(join(tmpdir(), 'dcs-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withApp(n: number): Promise<{ run: (op: string, arg: unknown) => Promise<unknown>; events: ProgressEvent[] }> {
  const db = openDatabase(join(dir, `p${n}-${Math.random().toString(36).slice(2)}.sqlite`));
  if (n) await seedManyActivities(db, n);
  else await seedDemo(db);
  const events: ProgressEvent[] = [];
  const host = { checkOutDir: () => undefined } as unknown as Host;
  const s = createServices(db, { today: () => '2026-05-20', host, progress: (e) => events.push(e) });
  return {
    events,
    run: async (op, arg) => {
      const r = await dispatch(s, op, arg);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
  };
}

function expectCountsUp(events: ProgressEvent[], op: string): void {
  const mine = events.filter((e) => e.op === op);
  expect(mine.length).toBeGreaterThanOrEqual(2);
  expect(events.every((e) => e.op === op)).toBe(true);
  for (let i = 1; i < mine.length; i++) expect(mine[i]!.done / mine[i]!.total).toBeGreaterThanOrEqual(mine[i - 1]!.done / mine[i - 1]!.total);
  expect(mine.at(-1)!.done).toBe(mine.at(-1)!.total);
  for (const e of mine) expect(e.step).toMatch(/^Đang |^Đã /);
}

describe('progress of long operations', () => {
  it('a step is passed on at most once per percent (and at every change of stage), each letting the event leave', async () => {
    const seen: ProgressEvent[] = [];
    const step = stepper((e) => seen.push(e), 'activity.import', 0);
    for (let i = 0; i <= 5_000; i++) await step(i, 5_000, 'Đang kiểm tra các dòng', 'dòng');
    await step(5_000, 5_000, 'Đang lưu 5.000 hoạt động');
    expect(seen.length).toBe(101 + 1);
    expect(seen.slice(0, 3).map((e) => e.done)).toEqual([0, 50, 100]);
    expect(seen.at(-1)).toEqual({ op: 'activity.import', done: 5_000, total: 5_000, step: 'Đang lưu 5.000 hoạt động' });
    // Nobody listening (the command line): nothing is built at all.
    expect(stepper(undefined, 'activity.import')).toBe(NO_STEP);
  });

  it('the unit report export goes from reading the period to the written files, through the .docx and the .xlsx', async () => {
    const app = await withApp(2_000);
    await app.run('report.export', { period: '2026-H1', outDir: join(dir, 'out1'), acceptDrafts: true });
    expectCountsUp(app.events, 'report.export');
    const stages = [...new Set(app.events.map((e) => e.step))];
    expect(stages).toEqual(['Đang đọc số liệu của kỳ', 'Đang soạn báo cáo (.docx)', 'Đang soạn biểu số liệu (.xlsx)', 'Đang ghi tệp', 'Đã xuất xong']);
  }, 60_000);

  it('an activity file of 3,000 rows is checked row by row, then saved', async () => {
    const app = await withApp(0);
    const csv = ['Ngày,Loại hoạt động,Tên hoạt động,Hình thức,Số buổi'];
    for (let i = 0; i < 3_000; i++) csv.push(`${1 + (i % 28)}/03/2026,2,Hội nghị tuyên truyền số ${i + 1},Trực tiếp,1`);
    const file = { fileName: 'hoat-dong.csv', base64: Buffer.from(csv.join('\n')).toString('base64') };
    await app.run('activity.importPreview', file);
    // How many steps in between depends on the machine's speed (a few a second); the ends do not.
    const rows = app.events.filter((e) => e.unit === 'dòng');
    expect(rows[0]).toMatchObject({ done: 0, total: 3_000, step: 'Đang kiểm tra các dòng' });
    expect(rows.at(-1)).toMatchObject({ done: 3_000, total: 3_000, step: 'Đang kiểm tra các dòng' });
    expectCountsUp(app.events, 'activity.importPreview');
    app.events.length = 0;
    await app.run('activity.import', file);
    expectCountsUp(app.events, 'activity.import');
    expect(app.events.at(-1)!.step).toBe('Đang lưu 3.000 hoạt động');
  }, 60_000);

  it('the consolidated report export reports its stages too', async () => {
    const app = await withApp(0);
    await app.run('aggregate.units.add', { code: 'TH-01', name: 'Trường Tiểu học Bình Lư', kind: 'su_nghiep', parent: '' });
    await app.run('aggregate.report', { period: '2026-H1', outDir: join(dir, 'out3') });
    expectCountsUp(app.events, 'aggregate.report');
    expect(app.events.map((e) => e.step)).toContain('Đang soạn báo cáo tổng hợp (.docx)');
  }, 60_000);
});
