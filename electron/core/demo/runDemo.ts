// `dcs demo` / `npm run demo`: a fresh database with a year of a commune's records, its period
// summary, and its 6-month and annual reports written to the output folder.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChecklistGroup, InspectionStatus } from '../../../shared/domain/checklists.types';
import type { AssessmentKey } from '../../../shared/domain/unitProfile';
import type { ArgOf, OpName, ResultOf } from '../../../shared/ipc/contract';
import { openDatabase, type Db } from '../db/open';
import { createServices, dispatch, type Services } from '../services';
import { APP_VERSION } from '../reports/unitReport';
import { statusLines } from '../cli/statusText';
import { runAggregateDemo, type AggregateDemoOutput } from './aggregateDemo';
import {
  DEMO_FIGURES_2025_H1,
  DEMO_FIGURES_2026_H1,
  DEMO_FIGURES_2026_Y,
  DEMO_TEXTS_2026_H1,
  DEMO_UNIT,
  demoActivities,
  demoDocuments,
  demoFixedActivities,
} from './demoData';

export const DEMO_DB_NAME = 'dcs-demo.sqlite';

/** What the demo clerk writes as evidence where no recorded activity shows the item. */
const DEMO_EVIDENCE: Record<'done' | 'partly', Record<ChecklistGroup, string>> = {
  done: {
    cong_khai: 'Biên bản niêm yết, ảnh chụp bảng tin lưu tại Văn phòng UBND xã',
    ban_quyet_dinh: 'Biên bản họp các bản lưu tại UBND xã',
    tham_gia_y_kien: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến lưu tại Văn phòng UBND xã',
    kiem_tra_giam_sat: 'Báo cáo của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng',
    chung: 'Văn bản lưu tại Văn phòng UBND xã',
  },
  partly: {
    cong_khai: 'Mới niêm yết tại trụ sở UBND xã, chưa niêm yết tại nhà văn hóa các bản',
    ban_quyet_dinh: 'Mới tổ chức tại 9/14 bản',
    tham_gia_y_kien: 'Chưa có báo cáo giải trình, tiếp thu ý kiến',
    kiem_tra_giam_sat: 'Mới thực hiện tại 9/14 bản',
    chung: 'Đang hoàn thiện, dự kiến xong trong quý III',
  },
};

async function call<K extends OpName>(s: Services, op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' ')}`);
  return r.value as ResultOf<K>;
}

/** Fills a database with the demo commune's records. Every write goes through the services' rules. */
export async function seedDemo(db: Db): Promise<void> {
  const s = createServices(db, { version: APP_VERSION });
  await call(s, 'unit.set', DEMO_UNIT);
  const acts = [
    ...demoDocuments(2025),
    ...demoActivities('2024-12-15', '2025-04-30', 24, 2025, 2025),
    ...demoDocuments(2026),
    ...demoFixedActivities(2026),
    ...demoActivities('2025-12-15', '2026-10-31', 78, 2026, 2026),
  ];
  for (const a of acts) await call(s, 'activity.add', a);
  for (const [period, figures] of [
    ['2025-H1', DEMO_FIGURES_2025_H1],
    ['2026-H1', DEMO_FIGURES_2026_H1],
    ['2026-Y', DEMO_FIGURES_2026_Y],
  ] as const) {
    for (const [code, entry] of Object.entries(figures)) await call(s, 'figure.set', { period, code, entry });
  }
  for (const period of ['2026-H1', '2026-Y']) {
    const rows = await call(s, 'inspect.list', { period });
    for (const [i, row] of rows.entries()) {
      // Mostly done, with a few gaps so the report has limitations to name; a gap is never an item
      // that an activity or a figure shows was done, so the demo contradicts itself nowhere.
      const gap = period === '2026-H1' && i % 11 === 5 && !row.suggestion && !row.item.figures;
      const status: InspectionStatus = gap ? 'not_done' : i % 7 === 3 ? 'partly' : 'done';
      const evidence = row.suggestion ? row.suggestion.evidence : status === 'not_done' ? '' : DEMO_EVIDENCE[status][row.item.group];
      await call(s, 'inspect.set', { period, itemId: row.item.id, status, evidence });
    }
  }
  for (const [i, { task: t }] of (await call(s, 'task.list', { period: '2026-H1' })).entries()) {
    await call(s, 'task.set', { period: '2026-H1', taskId: t.id, status: i % 3 === 2 ? 'in_progress' : 'done', note: '' });
    await call(s, 'task.set', { period: '2026-Y', taskId: t.id, status: 'done', note: '' });
  }
  for (const [key, text] of Object.entries(DEMO_TEXTS_2026_H1)) await call(s, 'text.set', { period: '2026-H1', key: key as AssessmentKey, text });
  // The annual report: the clerk confirms what carries over from the first half, then reads and
  // accepts the drafted assessment.
  await call(s, 'period.adopt', { period: '2026-Y' });
  await call(s, 'text.accept', { period: '2026-Y', key: 'all' });
}

export interface DemoOutput {
  dbPath: string;
  reports: Array<{ period: string; docx: string; xlsx: string }>;
  aggregate: AggregateDemoOutput;
}

export async function runDemo(outDir: string, io: { out: (s: string) => void }, json = false): Promise<DemoOutput> {
  mkdirSync(outDir, { recursive: true });
  const dbPath = join(outDir, DEMO_DB_NAME);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openDatabase(dbPath);
  try {
    await seedDemo(db);
    const reports: DemoOutput['reports'] = [];
    // Each report is dated the day before its deadline (05/5 and 05/11 in Bình Lư's plan).
    for (const [period, date] of [
      ['2026-H1', '2026-05-04'],
      ['2026-Y', '2026-11-04'],
    ] as const) {
      const s = createServices(db, { dbPath, version: APP_VERSION, today: () => date });
      const r = await call(s, 'report.export', { period, outDir });
      reports.push({ period, docx: r.docx, xlsx: r.xlsx });
    }
    const status = await call(createServices(db, { dbPath, version: APP_VERSION, today: () => '2026-05-04' }), 'period.status', { period: '2026-H1' });
    if (!json) {
      io.out(`Đã tạo dữ liệu mẫu: ${dbPath}`);
      for (const line of statusLines(status)) io.out(line);
      io.out('Báo cáo đã ghi:');
      for (const r of reports) io.out(`  ${r.period}: ${r.docx}\n           ${r.xlsx}`);
      io.out('');
      io.out('Tổng hợp báo cáo của các đơn vị thuộc xã Bình Lư:');
    }
    // The other half of the product: the commune collects its units' workbooks and consolidates them.
    const aggregate = await runAggregateDemo(join(outDir, 'tong-hop'), json ? { out: () => undefined } : io);
    if (json) io.out(JSON.stringify({ dbPath, reports, status, aggregate }, null, 2));
    return { dbPath, reports, aggregate };
  } finally {
    db.close();
  }
}
