// One report-generation measurement, run in its own process so peak memory is its own. `npm run bench`
// bundles it into out/bench/bench-report.js and runs that; under tsx it runs the same, slower:
//   npx tsx scripts/bench-report.ts ACTIVITIES RUNS      exports RUNS times in this (warm) process
//   npx tsx scripts/bench-report.ts --make-db PATH N     a unit with N activities in PATH
//   npx tsx scripts/bench-report.ts --export PATH        one export in this fresh process
//   npx tsx scripts/bench-report.ts --peer PATH RUNS     python-docx + openpyxl write the same report's
//                                                        body, tables and figures sheet from PATH, RUNS times
// Prints one JSON line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/core/db/open';
import { exportUnitReport } from '../electron/core/reports/unitReport';
import { seedReportUnit } from '../tests/e2e/reportDb';

const args = process.argv.slice(2);

/** A unit with `n` activities and the year's figures, in a database at `path`. */
function makeDb(path: string, n: number): void {
  const db = openDatabase(path);
  try {
    seedReportUnit(db, n);
  } finally {
    db.close();
  }
}

if (args[0] === '--make-db') {
  makeDb(args[1]!, Number(args[2]));
  console.log(JSON.stringify({ path: args[1] }));
  process.exit(0);
}

if (args[0] === '--export') {
  // One export in this fresh process: its peak memory is the export's.
  const db = openDatabase(args[1]!);
  const out = mkdtempSync(join(tmpdir(), 'dcs-bench-out-'));
  try {
    const t0 = performance.now();
    await exportUnitReport(db, '2026-Y', out, '2026-11-04', new Date());
    const t = performance.now() - t0;
    console.log(JSON.stringify({ msMedian: Math.round(t), exportPeakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  } finally {
    db.close();
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}

// The peer writes what dcs writes for the same unit, read from the same database: the narrative
// (as many paragraphs as dcs's body), Phụ lục I (figures), Phụ lục II (every activity) and Phụ lục III
// (the checklist) in a .docx, and the figures and activities sheets in an .xlsx. Timed inside Python,
// as dcs is timed inside its process.
const PEER = `
import sys, time, os, sqlite3, tempfile, statistics
from docx import Document
from docx.table import _Cell
from openpyxl import Workbook
db, runs = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
acts = con.execute("SELECT date, kind, title, form, sessions, participants, basis_doc, notes FROM activity ORDER BY date, id").fetchall()
figs = con.execute("SELECT code, state, value, note FROM figure_value").fetchall()
inspections = con.execute("SELECT * FROM inspection_answer").fetchall()
out = tempfile.mkdtemp()
times = []
for i in range(runs):
    t0 = time.perf_counter()
    doc = Document()
    for k in range(60):
        doc.add_paragraph("Ủy ban nhân dân xã đã tổ chức %d cuộc họp, hội nghị để Nhân dân bàn và quyết định trực tiếp với %d lượt người tham dự." % (k, k * 7))
    # Rows are filled through their own cells: python-docx's row.cells walks the whole table each time.
    for cols, head, rows in (
        (6, ["STT", "Chỉ số", "Đơn vị tính", "Năm", "Cùng kỳ", "Ghi chú"], [[str(j + 1), f[0], "", "" if f[2] is None else str(f[2]), "", f[3]] for j, f in enumerate(figs)]),
        (8, ["STT", "Ngày", "Loại hoạt động", "Tên hoạt động", "Hình thức", "Số buổi", "Số lượt người", "Văn bản căn cứ"], [[str(j + 1), a[0], a[1], a[2], a[3], str(a[4]), "" if a[5] is None else str(a[5]), a[6]] for j, a in enumerate(acts)]),
        (5, ["STT", "Căn cứ", "Nội dung", "Kết quả", "Minh chứng"], [[str(j + 1)] + [str(x) for x in r[:4]] for j, r in enumerate(inspections)]),
    ):
        t = doc.add_table(rows=len(rows) + 1, cols=cols)
        for tr, vals in zip(t._tbl.tr_lst, [head] + rows):
            for tc, v in zip(tr.tc_lst, vals):
                _Cell(tc, t).text = v
    doc.save(os.path.join(out, "r%d.docx" % i))
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu số liệu"
    for j, f in enumerate(figs): ws.append([j + 1, f[0], f[1], f[2], f[3]])
    ws2 = wb.create_sheet("Hoạt động")
    for a in acts: ws2.append(list(a))
    wb.save(os.path.join(out, "r%d.xlsx" % i))
    times.append(time.perf_counter() - t0)
print(statistics.median(times) * 1000, len(acts))
`;

if (args[0] === '--peer') {
  let python: string | null = null;
  for (const py of ['python3', '/usr/bin/python3', 'python']) {
    if (spawnSync(py, ['-c', 'import docx, openpyxl'], { encoding: 'utf8' }).status === 0) {
      python = py;
      break;
    }
  }
  if (!python) {
    console.log(JSON.stringify({ peerMs: null, error: 'không có python3 với python-docx và openpyxl (apt-get install python3-docx python3-openpyxl)' }));
    process.exit(0);
  }
  const r = spawnSync(python, ['-c', PEER, args[1]!, args[2] ?? '1'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const [ms, n] = r.stdout.trim().split(' ').map(Number);
  console.log(JSON.stringify({ peerMs: r.status === 0 ? Math.round(ms!) : null, activities: n ?? null, python, error: r.status === 0 ? null : r.stderr.trim().split('\n').at(-1) }));
  process.exit(0);
}

const WARM_UP = 3;
const n = Number(args[0] ?? 200);
const runs = Number(args[1] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'dcs-bench-'));
makeDb(join(dir, 'bench.sqlite'), n);
const db = openDatabase(join(dir, 'bench.sqlite'));
try {
  // "Warm" is what the clerk gets from the second report of a session on: the first exports of a
  // process compile and optimise its code (about 190, 100, 70 ms here), so they are not timed.
  for (let i = 0; i < WARM_UP; i++) await exportUnitReport(db, '2026-Y', join(dir, `warm${i}`), '2026-11-04', new Date());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await exportUnitReport(db, '2026-Y', join(dir, `out${i}`), '2026-11-04', new Date());
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ activities: n, runs, warmUp: WARM_UP, msMedian: Math.round(times[Math.floor(runs / 2)]!), msFirst: Math.round(times[0]!), peakMB: Math.round(peakMB) }));
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
