// Aggregation benchmark (issue 6): import and consolidate 1,000 received exchange workbooks.
//   npx tsx scripts/bench-aggregate.ts [COUNT]
// 1. Generates COUNT unit workbooks with the app's own writer, each with its activities and
//    self-inspection sheets as a real export has (not timed; cached in the temp folder).
// 2. In a fresh child process (so its peak memory is its own): imports them into an empty
//    aggregator database on worker threads and consolidates them. Prints seconds and peak RSS.
// 3. The peer: Python openpyxl reads the same files' figures sheet (read-only, cached values).
//    Skipped with a note when python3 or openpyxl is missing.
// Target on a 2-core machine: ≤ 5 s and ≤ 500 MB for 1,000 files, at least 2× faster than the peer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checklistFor } from '../shared/domain/checklists';
import { describePeriod } from '../shared/domain/periods';
import { BINH_LU } from '../shared/domain/profiles';
import { planPeriodSettings } from '../shared/plans/resolve';
import { resolveFigures } from '../shared/domain/resolve';
import { UNIT_KINDS, type UnitKind } from '../shared/domain/units';
import type { Activity } from '../shared/domain/activities';
import type { FigureEntry } from '../shared/domain/catalog';
import { aggregateStatus } from '../electron/core/aggregate/board';
import { importFiles } from '../electron/core/aggregate/importer';
import * as repo from '../electron/core/aggregate/repo';
import { openDatabase } from '../electron/core/db/open';
import { demoActivities } from '../electron/core/demo/demoData';
import { writeExchangeWorkbook } from '../electron/core/reports/xlsx/exchangeWriter';

const PERIOD = '2026-H1';
const CACHE_VERSION = 'v1';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const codeOf = (i: number): string => `BM-${String(i + 1).padStart(4, '0')}`;
const kindOf = (i: number): UnitKind => UNIT_KINDS[i % UNIT_KINDS.length]!;

/** One unit's export: activities (some units record many), entered figures, its checklist. */
async function workbook(i: number): Promise<Buffer> {
  const kind = kindOf(i);
  const r = rng(i + 11);
  const period = describePeriod(PERIOD, planPeriodSettings(BINH_LU));
  const acts: Activity[] = demoActivities('2025-12-15', '2026-06-14', 20 + Math.floor(r() * 60), i + 5, 2026)
    .filter((a) => kind === 'xa' || a.kind !== 'HUONG_UOC')
    .map((a, id) => ({ ...a, id: id + 1 }));
  const entries = new Map<string, FigureEntry>();
  const v = (x: number): FigureEntry => ({ state: 'value', value: x });
  const pick = (a: number, b: number): number => a + Math.floor(r() * (b - a + 1));
  const phai = pick(5, 20);
  const nhan = pick(0, 80);
  const gq = pick(0, nhan);
  const dk = pick(5, 90);
  const phieu = pick(20, 400);
  for (const [code, e] of Object.entries({
    A2: v(1), A4_PT_TONG: v(3), A4_PT_TH: v(pick(0, 3)), B1_PHAI: v(phai), B1_DA: v(pick(phai - 2, phai)), B3_SO: v(1),
    C3_THON: v(12), C3_HOP: v(pick(8, 12)), C4_HN_CBCCVC: v(1), C5_KT_NQ: v(1), C6_HN_NLD: v(1),
    E1_TV: v(5), E3_TONG: v(9), E3_TH: v(pick(3, 9)), E4_KIEN_TOAN: v(1), F1_CO: v(pick(6, 12)),
    G2_NHAN: v(nhan), G2_GQ: v(gq), G2_DH: v(pick(0, gq)), G3_NHAN: { state: 'none' } as FigureEntry, G3_NHAN_LK: { state: 'none' } as FigureEntry,
    H1_DK: v(dk), H1_TT: v(pick(0, dk)), H2_PHIEU: v(phieu), H2_HL: v(pick(0, phieu)), K2_VP: { state: 'none' } as FigureEntry, L1_KT: v(pick(0, 9)),
  })) entries.set(code, e);
  const figures = resolveFigures(kind, acts, entries);
  return writeExchangeWorkbook({
    meta: {
      unitCode: codeOf(i),
      unitName: `Đơn vị báo cáo số ${i + 1}`,
      unitKind: kind,
      parentBody: 'Ủy ban nhân dân tỉnh Lai Châu',
      profileId: 'lai-chau-binh-lu',
      periodId: PERIOD,
      periodFrom: period.from,
      periodTo: period.to,
      generatedAt: `2026-05-0${1 + (i % 3)}T08:00:00.000Z`,
      appVersion: '0.1.0',
      revision: 1,
      template: false,
    },
    title: `Biểu số liệu kết quả thực hiện dân chủ ở cơ sở ${period.titlePhrase}`,
    periodLabel: period.label,
    figures,
    activities: acts,
    checklist: checklistFor(kind),
    inspections: checklistFor(kind).map((c, k) => ({ itemId: c.id, status: k % 5 === 0 ? 'partly' : 'done', evidence: 'Biên bản lưu tại văn phòng' })),
    targets: [],
  });
}

async function generate(count: number): Promise<string> {
  const dir = join(tmpdir(), `dcs-bench-aggregate-${CACHE_VERSION}-${count}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `${codeOf(i)}_${PERIOD}.xlsx`), await workbook(i));
    if ((i + 1) % 100 === 0) process.stderr.write(`  đã tạo ${i + 1}/${count} tệp (${((performance.now() - t0) / 1000).toFixed(0)} giây)\n`);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/** The timed part, in its own process: import into an empty database and consolidate. */
async function child(dir: string, count: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dcs-bench-agg-db-'));
  const db = openDatabase(join(work, 'tong-hop.sqlite'));
  try {
    db.transaction(() => repo.upsertUnits(db, Array.from({ length: count }, (_, i) => ({ code: codeOf(i), name: `Đơn vị báo cáo số ${i + 1}`, kind: kindOf(i), parent: '' }))))();
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const report = await importFiles(db, [dir], PERIOD, { today: '2026-05-03' });
    const t1 = performance.now();
    const status = aggregateStatus(db, PERIOD);
    const t2 = performance.now();
    const peakMB = process.resourceUsage().maxRSS / 1024;
    console.log(
      JSON.stringify({
        files: report.files.length,
        accepted: report.counts.accepted,
        rejected: report.counts.rejected,
        submitted: status.counts.submitted,
        importSeconds: (t1 - t0) / 1000,
        consolidateSeconds: (t2 - t1) / 1000,
        seconds: (t2 - t0) / 1000,
        peakMB,
        baselineMB: rssBefore / 1024 / 1024,
        a1: status.totals.find((t) => t.code === 'A1')?.total ?? null,
      }),
    );
  } finally {
    db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const PEER = `
import sys, time, os
from openpyxl import load_workbook
d = sys.argv[1]
files = sorted(f for f in os.listdir(d) if f.endswith('.xlsx'))
t0 = time.perf_counter()
total = 0
for f in files:
    wb = load_workbook(os.path.join(d, f), read_only=True, data_only=True)
    ws = wb['Biểu số liệu']
    meta = {r[0]: r[1] for r in wb['_meta'].iter_rows(values_only=True)}
    for row in ws.iter_rows(min_row=6, values_only=True):
        if row[1] and isinstance(row[4], (int, float)):
            total += 1
    wb.close()
print(len(files), total, time.perf_counter() - t0)
`;

function findPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3', 'python']) {
    const r = spawnSync(py, ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, Number(args[2]));
  const count = Number(args[0] ?? 1000);
  console.log(`Tổng hợp ${count} biểu số liệu (${availableParallelism()} lõi CPU, Node ${process.version})`);
  const tg = performance.now();
  const dir = await generate(count);
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length;
  console.log(`Chuẩn bị: ${files} tệp trong ${dir} (${((performance.now() - tg) / 1000).toFixed(1)} giây, không tính)`);

  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', dir, String(count)], { encoding: 'utf8', cwd: join(self, '..', '..') });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { files: number; accepted: number; rejected: number; submitted: number; importSeconds: number; consolidateSeconds: number; seconds: number; peakMB: number; baselineMB: number };
  console.log(`Nhập + tổng hợp: ${r.seconds.toFixed(2)} giây (nhập ${r.importSeconds.toFixed(2)}, tổng hợp ${r.consolidateSeconds.toFixed(2)}); bộ nhớ đỉnh ${r.peakMB.toFixed(0)} MB; ${r.accepted}/${r.files} tệp được nhận, ${r.submitted} đơn vị trong bảng tổng hợp`);
  const okTime = r.seconds <= 5;
  const okMem = r.peakMB <= 500;

  const py = findPython();
  let ratio: number | null = null;
  if (!py) console.log('So sánh: bỏ qua (không có python3 với openpyxl trên máy này).');
  else {
    const t0 = performance.now();
    const peer = spawnSync(py, ['-c', PEER, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const wall = (performance.now() - t0) / 1000;
    if (peer.status !== 0) console.log(`So sánh: openpyxl lỗi, bỏ qua (${peer.stderr.trim().split('\n').at(-1)}).`);
    else {
      const [, , inner] = peer.stdout.trim().split(' ');
      const peerSeconds = Number(inner);
      ratio = peerSeconds / r.seconds;
      console.log(`So sánh (${py}, openpyxl đọc trang "Biểu số liệu" và _meta của cùng các tệp, 1 tiến trình): ${peerSeconds.toFixed(2)} giây (cả khởi động ${wall.toFixed(2)} giây); nhanh hơn ${ratio.toFixed(1)} lần.`);
    }
  }
  console.log(
    `Mục tiêu: ≤ 5 giây ${okTime ? 'ĐẠT' : 'KHÔNG ĐẠT'}; ≤ 500 MB ${okMem ? 'ĐẠT' : 'KHÔNG ĐẠT'}; nhanh gấp ≥ 2 lần ${ratio === null ? 'chưa đo' : ratio >= 2 ? 'ĐẠT' : 'KHÔNG ĐẠT'}.`,
  );
  console.log(JSON.stringify({ files: r.files, seconds: Number(r.seconds.toFixed(3)), peakMB: Math.round(r.peakMB), peerSeconds: ratio === null ? null : Number((r.seconds * ratio).toFixed(3)), ratio: ratio === null ? null : Number(ratio.toFixed(2)) }));
  if (!okTime || !okMem || (ratio !== null && ratio < 2)) process.exitCode = 1;
}

await main();
