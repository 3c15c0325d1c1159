// Aggregation benchmark parts, each run by `npm run bench` (scripts/bench.mjs, bundled into out/bench) in its own process
// so that its peak memory is its own:
//   --generate N     writes N unit workbooks with the app's own writer (cached in the temp folder)
//   --child DIR N [W] imports them into an empty aggregator database (W worker threads; 0 reads in
//                    one thread, the slower path whose results must be identical) and consolidates;
//                    prints seconds, CPU seconds, peak memory and a digest of every total and value
//   --floor DIR      reads the files and inflates the parts the import needs, natively: the floor
//   --units N        imports a list of N expected units
//   --peer DIR       Python openpyxl reads the same sheets (skipped with a note where missing)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { importUnitList } from '../electron/core/aggregate/units';
import { entryBytes, readZipDirectory } from '../electron/core/reports/zip/zipReader';
import * as repo from '../electron/core/aggregate/repo';
import { unpackValues } from '../electron/core/aggregate/packedValues';
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
async function child(dir: string, count: number, workers: number | undefined): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dcs-bench-agg-db-'));
  const db = openDatabase(join(work, 'tong-hop.sqlite'));
  try {
    db.transaction(() => repo.upsertUnits(db, Array.from({ length: count }, (_, i) => ({ code: codeOf(i), name: `Đơn vị báo cáo số ${i + 1}`, kind: kindOf(i), parent: '' }))))();
    const rssBefore = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await importFiles(db, [dir], PERIOD, { today: '2026-05-03', ...(workers === undefined ? {} : { workers, minFilesForWorkers: 1 }) });
    const t1 = performance.now();
    const status = aggregateStatus(db, PERIOD);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const peakMB = process.resourceUsage().maxRSS / 1024;
    // What the clerk gets, to the last digit: every total and every unit's stored values.
    const values: unknown[] = [];
    for (const [unit, text] of db.prepare('SELECT unit_code, figure_values FROM agg_submission ORDER BY unit_code, id').raw().iterate() as IterableIterator<[string, string]>) {
      for (const [code, state, value] of unpackValues(text)) values.push([unit, code, state, value]);
    }
    const digest = createHash('sha256').update(JSON.stringify({ totals: status.totals, counts: status.counts, values })).digest('hex');
    console.log(
      JSON.stringify({
        files: report.files.length,
        accepted: report.counts.accepted,
        rejected: report.counts.rejected,
        submitted: status.counts.submitted,
        importSeconds: (t1 - t0) / 1000,
        consolidateSeconds: (t2 - t1) / 1000,
        seconds: (t2 - t0) / 1000,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        peakMB,
        baselineMB: rssBefore / 1024 / 1024,
        digest,
      }),
    );
  } finally {
    db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The floor: read each file and inflate the parts the import needs, natively, nothing else. */
function floor(dir: string): void {
  const t0 = performance.now();
  let bytes = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx'))) {
    const zip = readFileSync(join(dir, f));
    const entries = readZipDirectory(zip, 5000);
    for (const name of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', `xl/worksheets/sheet${entries.size > 0 ? [...entries.keys()].filter((k) => k.startsWith('xl/worksheets/sheet')).length : 1}.xml`]) {
      const e = entries.get(name);
      const body = e ? entryBytes(zip, e) : null;
      if (e && body) bytes += (e.method === 8 ? inflateRawSync(body) : body).length;
    }
  }
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, bytes }));
}

/** Expected units: a list of `count` units imported into an empty database. */
function unitsImport(count: number): void {
  const work = mkdtempSync(join(tmpdir(), 'dcs-bench-units-'));
  const db = openDatabase(join(work, 'units.sqlite'));
  try {
    const csv = ['Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp trên', ...Array.from({ length: count }, (_, i) => `${codeOf(i)},Đơn vị số ${i + 1},${kindOf(i)},`)].join('\n');
    const file = join(work, 'don-vi.csv');
    writeFileSync(file, csv);
    const t0 = performance.now();
    const r = importUnitList(db, file);
    console.log(JSON.stringify({ units: r.units.length, seconds: (performance.now() - t0) / 1000 }));
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
  if (args[0] === '--child') return child(args[1]!, Number(args[2]), args[3] === undefined ? undefined : Number(args[3]));
  if (args[0] === '--floor') return floor(args[1]!);
  if (args[0] === '--units') return unitsImport(Number(args[1]));
  if (args[0] === '--generate') {
    console.log(JSON.stringify({ dir: await generate(Number(args[1])) }));
    return;
  }
  if (args[0] === '--peer') {
    const py = findPython();
    if (!py) return console.log(JSON.stringify({ peer: null }));
    const peer = spawnSync(py, ['-c', PEER, args[1]!], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const [, , inner] = peer.stdout.trim().split(' ');
    console.log(JSON.stringify({ peer: peer.status === 0 ? Number(inner) : null, python: py, error: peer.status === 0 ? null : peer.stderr.trim().split('\n').at(-1) }));
    return;
  }
  throw new Error('usage: bench-aggregate.ts --generate N | --child DIR N [WORKERS] | --floor DIR | --units N | --peer DIR (npm run bench runs them)');
}

await main();
