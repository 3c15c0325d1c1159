// The `dcs` command line, run as real child processes of bin/dcs.mjs.
import BetterSqlite3 from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli/main';
import { CATALOG, FIGURE_RULES, appliesTo } from '../../shared/domain/catalog';

const ROOT = resolve(__dirname, '..', '..');
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function dcs(args: string[]): Run {
  const r = spawnSync(process.execPath, ['bin/dcs.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dcsAsync(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/dcs.mjs', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function dcsInProcess(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { out: (s) => (stdout += s + '\n'), err: (s) => (stderr += s + '\n') });
  return { status, stdout, stderr };
}

/** Runs jobs with at most `limit` child processes at a time. */
async function pool<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const PARALLEL = Math.max(2, Math.min(4, availableParallelism()));

/** A full SQL dump: schema, user_version and every row of every table. */
function sqlDump(path: string): string {
  const db = new BetterSqlite3(path, { fileMustExist: true });
  try {
    const lines: string[] = [`user_version=${db.pragma('user_version', { simple: true })}`];
    const objects = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all() as Array<{ type: string; name: string; sql: string | null }>;
    for (const o of objects) {
      lines.push(`${o.type} ${o.name}: ${o.sql}`);
      if (o.type === 'table') {
        for (const row of db.prepare(`SELECT * FROM "${o.name}"`).all()) lines.push(`  ${o.name} ${JSON.stringify(row)}`);
      }
    }
    return lines.join('\n');
  } finally {
    db.close();
  }
}

const json = <T = any>(r: Run): T => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
};

// The activity list the clerk imports: what is written in the CSV, and what it means.
const ROWS = [
  { written: { date: '20/12/2025', kind: 'TUYEN_TRUYEN', participants: '1.240' }, date: '2025-12-20', kind: 'TUYEN_TRUYEN', title: 'Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở', sessions: 3, participants: 1240 },
  { written: { date: '10/01/2026', kind: '2', participants: '' }, date: '2026-01-10', kind: 'TUYEN_TRUYEN', title: 'Tuyên truyền trên hệ thống loa truyền thanh', sessions: 12, participants: null },
  { written: { date: '5/3/2026', kind: 'Đối thoại', participants: '85' }, date: '2026-03-05', kind: 'DOI_THOAI', title: 'Đối thoại với Nhân dân, năm 2026', sessions: 1, participants: 85 },
  { written: { date: '2026-06-14', kind: 'tuyen truyen', participants: '300' }, date: '2026-06-14', kind: 'TUYEN_TRUYEN', title: 'Phổ biến pháp luật tại thôn Bản Lướt', sessions: 2, participants: 300 },
  { written: { date: '02/04/2026', kind: 'TAP_HUAN', participants: '40' }, date: '2026-04-02', kind: 'TAP_HUAN', title: 'Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân', sessions: 1, participants: 40 },
];
const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const CSV =
  'Ngày,Loại hoạt động,Tên hoạt động,Số buổi,Số lượt người\n' +
  ROWS.map((r) => [r.written.date, r.written.kind, r.title, String(r.sessions), r.written.participants].map(quote).join(',')).join('\n') +
  '\n';

const badFixture = join(ROOT, 'tests', 'fixtures', 'import', 'activities-3good-2bad.csv');
interface Case {
  name: string;
  args: () => string[];
  says: string[];
}
// As real child processes of bin/dcs.mjs, one per way of failing: a usage error before the database is opened,
// an error from the services with per-row details, a refusal by the command itself.
const childCases: Case[] = [
  { name: 'unknown command', args: () => ['frob', 'nicate'], says: ['Không có lệnh "frob nicate"', 'dcs help'] },
  {
    name: 'import of a bad file',
    args: () => ['activity', 'import', badFixture],
    says: ['Không nhập tệp activities-3good-2bad.csv', 'dòng 3, ô A3', 'dòng 5, ô B5'],
  },
  {
    name: 'init twice without --force',
    args: () => ['init', '--name', 'Ủy ban nhân dân xã Khác', '--code', 'KH', '--kind', 'xa', '--profile', 'lai-chau'],
    says: ['đã có thông tin đơn vị', '--force'],
  },
];

let dir: string;
let dbPath: string;
let template: string;
let templateDump: string;
let childRuns: Promise<Array<{ c: Case; r: Run; dump: string }>>;
let notADbRun: Promise<{ run: Run; notes: string; before: Buffer }>;
let defaultDataDir: string;
const savedDataDir = process.env.DCS_DATA_DIR;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-cli-'));
  dbPath = join(dir, 'x.sqlite');
  writeFileSync(join(dir, 'hoat-dong.csv'), CSV);
  // Whatever happens, neither this process nor its children touch the real default database.
  defaultDataDir = join(dir, 'default-data');
  process.env.DCS_DATA_DIR = defaultDataDir;
});
afterAll(() => {
  if (savedDataDir === undefined) delete process.env.DCS_DATA_DIR;
  else process.env.DCS_DATA_DIR = savedDataDir;
  rmSync(dir, { recursive: true, force: true });
});

describe('dcs keeps its compiled code between runs', () => {
  it.runIf(process.platform !== 'win32')("in the user's own cache folder, never in the temporary folder other users can write to", () => {
    const home = mkdtempSync(join(tmpdir(), 'dcs-cache-home-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(home, 'cache') };
      delete env.NODE_COMPILE_CACHE;
      const r = spawnSync(process.execPath, ['bin/dcs.mjs', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env });
      expect(r.status).toBe(0);
      const cache = join(home, 'cache', 'dcs', 'compile-cache');
      // One folder per Node version, holding the compiled modules of the run.
      const versions = readdirSync(cache);
      expect(versions).toHaveLength(1);
      expect(readdirSync(join(cache, versions[0]!)).length).toBeGreaterThan(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('dcs: a clerk sets up a commune, imports activities and records figures', () => {
  it('init creates the unit and exits 0; help exits 0 and lists the commands', async () => {
    const [r, help] = await Promise.all([
      dcsAsync(['init', '--db', dbPath, '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lai-chau']),
      dcsAsync(['help']),
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã khai báo đơn vị');
    const db = new BetterSqlite3(dbPath);
    expect(db.prepare('SELECT code, name, kind, profile_id FROM unit_profile').all()).toEqual([
      { code: 'BL', name: 'Ủy ban nhân dân xã Bình Lư', kind: 'xa', profile_id: 'lai-chau' },
    ]);
    db.close();

    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    // The front door answers help without loading the services; the full command line gives the same text.
    const [bare, flag, full] = await Promise.all([dcsAsync([]), dcsAsync(['--help']), dcsAsync(['help', '--db', dbPath])]);
    for (const other of [bare, flag, full]) expect({ status: other.status, stdout: other.stdout }).toEqual({ status: 0, stdout: help.stdout });
    for (const cmd of [
      'init',
      'unit show',
      'unit set',
      'activity add',
      'activity list',
      'activity import',
      'activity remove',
      'figure list',
      'figure set',
      'inspect list',
      'inspect set',
      'task list',
      'task set',
      'text list',
      'text set',
      'period status',
      'report',
      'demo',
    ]) {
      expect(help.stdout, cmd).toContain(`dcs ${cmd}`);
    }
    // Nothing was written where the app keeps its data by default.
    expect(existsSync(defaultDataDir)).toBe(false);
  });

  it('activity import stores every row of the CSV', () => {
    const r = dcs(['activity', 'import', join(dir, 'hoat-dong.csv'), '--db', dbPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Đã nhập ${ROWS.length} hoạt động`);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    // A copy for the bad-input checks below.
    template = join(dir, 'template.sqlite');
    copyFileSync(dbPath, template);
    templateDump = sqlDump(template);
    // Start the bad-input child processes now, on copies, so they overlap with the steps below.
    childRuns = pool(childCases, PARALLEL, async (c) => {
      const path = join(dir, `bad-${childCases.indexOf(c)}.sqlite`);
      copyFileSync(template, path);
      const run = await dcsAsync([...c.args(), '--db', path]);
      return { c, r: run, dump: sqlDump(path) };
    });
    childRuns.catch(() => undefined);
    const notes = join(dir, 'ghi-chu.txt');
    writeFileSync(notes, 'Danh sách hoạt động quý I\nHội nghị tuyên truyền: 3 buổi\n'.repeat(20));
    const notesBefore = readFileSync(notes);
    notADbRun = dcsAsync(['unit', 'show', '--db', notes]).then((run) => ({ run, notes, before: notesBefore }));
    notADbRun.catch(() => undefined);
  });

  it('unit show and activity list give the recorded data as JSON; figure set takes a number and "kps"', async () => {
    const [unit, list, nhan, kps] = await Promise.all([
      dcsAsync(['unit', 'show', '--json', '--db', dbPath]),
      dcsAsync(['activity', 'list', '--period', '2026-H1', '--json', '--db', dbPath]),
      dcsAsync(['figure', 'set', '--period', '2026-H1', 'G2_NHAN', '10', '--db', dbPath]),
      dcsAsync(['figure', 'set', '--period', '2026-H1', 'B1_PHAI', 'kps', '--db', dbPath]),
    ]);

    expect(json(unit)).toMatchObject({
      code: 'BL',
      name: 'Ủy ban nhân dân xã Bình Lư',
      kind: 'xa',
      profileId: 'lai-chau',
      placeName: 'Bình Lư',
      docSymbol: 'UBND',
      periodOverrides: {},
    });

    const acts = json<Array<{ id: number; date: string; kind: string; title: string; sessions: number; participants: number | null }>>(list);
    const expected = [...ROWS].sort((a, b) => a.date.localeCompare(b.date));
    expect(acts.map(({ date, kind, title, sessions, participants }) => ({ date, kind, title, sessions, participants }))).toEqual(
      expected.map(({ date, kind, title, sessions, participants }) => ({ date, kind, title, sessions, participants })),
    );

    for (const r of [nhan, kps]) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(nhan.stdout).toContain('G2_NHAN');
    expect(kps.stdout).toContain('không phát sinh');
  });

  it('figure set refuses a value breaking a rule (G2_GQ 12 > G2_NHAN 10), in Vietnamese, and stores nothing', () => {
    const before = sqlDump(dbPath);
    const r = dcs(['figure', 'set', '--period', '2026-H1', 'G2_GQ', '12', '--db', dbPath]);
    expect(r.status).not.toBe(0);
    const rule = FIGURE_RULES.find((x) => x.left === 'G2_GQ' && x.right === 'G2_NHAN')!;
    expect(r.stderr).toContain(rule.message);
    expect(r.stderr).toContain('G2_GQ = 12');
    expect(r.stdout).toBe('');
    expect(sqlDump(dbPath)).toBe(before);
  });

  it('figure list and period status show the result: derived sums, the typed value, "không phát sinh", and blanks', async () => {
    const [figures, status] = await Promise.all([
      dcsAsync(['figure', 'list', '--period', '2026-H1', '--json', '--db', dbPath]),
      dcsAsync(['period', 'status', '--period', '2026-H1', '--json', '--db', dbPath]),
    ]);
    const figs = json<Array<{ code: string; label: string; value: number | null; source: string }>>(figures);
    for (const f of figs) {
      expect(typeof f.code).toBe('string');
      expect(f.label).toMatch(VIETNAMESE);
      expect(f.value === null || typeof f.value === 'number').toBe(true);
      expect(['derived', 'entered', 'none', 'blank', 'computed']).toContain(f.source);
    }
    const by = new Map(figs.map((f) => [f.code, f]));
    const tuyenTruyen = ROWS.filter((r) => r.kind === 'TUYEN_TRUYEN');
    expect(by.get('A3_HN')).toMatchObject({ source: 'derived', value: tuyenTruyen.reduce((s, r) => s + r.sessions, 0) });
    expect(by.get('A3_LUOT')).toMatchObject({ source: 'derived', value: tuyenTruyen.reduce((s, r) => s + (r.participants ?? 0), 0) });
    expect(by.get('G2_GQ')).toMatchObject({ source: 'blank', value: null });
    expect(by.get('G2_NHAN')).toMatchObject({ source: 'entered', value: 10 });
    expect(by.get('B1_PHAI')).toMatchObject({ source: 'none', value: 0 });

    const s = json<any>(status);
    expect(s.activities.total).toBe(ROWS.length);
    const kinds = new Set(ROWS.map((r) => r.kind));
    const countable = CATALOG.filter((f) => appliesTo(f, 'xa') && f.source.type !== 'ratio');
    const derived = countable.filter((f) => f.source.type === 'derived' && f.source.from.some((k) => kinds.has(k)));
    expect(s.figures).toEqual({
      applicable: countable.length,
      entered: 1,
      none: 1,
      derived: derived.length,
      blank: countable.length - derived.length - 2,
    });
    expect(s.figures.blank).toBe(figs.filter((f) => f.source === 'blank').length);
    expect(s.missing.filter((m: any) => m.area === 'figures')).toHaveLength(s.figures.blank);
    expect(s.period).toMatchObject({ id: '2026-H1', from: '2025-12-15', to: '2026-06-14' });
  });

  it('inspect list suggests an item from the activity about it, naming it, and leaves the year-end conference to the annual report', () => {
    const r = dcs(['inspect', 'list', '--period', '2026-H1', '--db', dbPath]);
    expect(r.status).toBe(0);
    const line = (id: string): string => r.stdout.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    expect(line('X-D32')).toContain('Điều 32 Luật số 10/2022/QH15');
    expect(line('X-D32')).toContain('gợi ý: đã thực hiện, theo Đối thoại với Nhân dân, năm 2026 (ngày 05/03/2026)');
    expect(line('ALL-D8-1')).toContain('Khoản 1 Điều 8');
    // One dialogue is no evidence for what the commune discloses.
    expect(line('X-D11-2')).not.toContain('gợi ý');
    expect(line('X-D33')).toBe('');
    expect(dcs(['inspect', 'list', '--period', '2026-Y', '--db', dbPath]).stdout).toMatch(/^X-D33 /m);
  });
});

describe('dcs: bad input to every command fails in Vietnamese and leaves the database as it was', () => {
  // Every other command and refusal through the same main() in this process: each child costs ~1 s of tsx start-up.
  const inProcessCases: Case[] = [
    { name: 'missing --period', args: () => ['figure', 'list'], says: ['Thiếu --period'] },
    { name: 'bad period 2026-H3', args: () => ['activity', 'list', '--period', '2026-H3'], says: ['Không hiểu kỳ báo cáo "2026-H3"'] },
    {
      name: 'bad date in activity add',
      args: () => ['activity', 'add', '--date', '31/02/2026', '--kind', '2', '--title', 'Hội nghị tuyên truyền'],
      says: ['--date "31/02/2026" không phải ngày hợp lệ'],
    },
    {
      name: 'unknown activity kind',
      args: () => ['activity', 'add', '--date', '05/03/2026', '--kind', 'Văn nghệ', '--title', 'Liên hoan văn nghệ'],
      says: ['--kind "Văn nghệ"', 'danh mục 14 loại hoạt động'],
    },
    { name: 'activity remove of an id that does not exist', args: () => ['activity', 'remove', '999'], says: ['Không tìm thấy hoạt động số 999'] },
    { name: 'import of a missing file', args: () => ['activity', 'import', join(dir, 'khong-co.csv')], says: ['Không mở được tệp', 'khong-co.csv'] },
    { name: 'figure set of an unknown code', args: () => ['figure', 'set', '--period', '2026-H1', 'ZZ9', '5'], says: ['Không có chỉ số mã "ZZ9"'] },
    { name: 'inspect set with a bad status', args: () => ['inspect', 'set', '--period', '2026-H1', 'ALL-D8-1', 'gần xong'], says: ['Trạng thái "gần xong" không hợp lệ'] },
    { name: 'unit set with no options', args: () => ['unit', 'set'], says: ['Không có gì để sửa'] },
    { name: 'bad ad-hoc period', args: () => ['period', 'status', '--period', '2026-13-01..2026-12-31'], says: ['ngày không hợp lệ'] },
    { name: 'inspect list with a bad period', args: () => ['inspect', 'list', '--period', '2026-Q1'], says: ['Không hiểu kỳ báo cáo "2026-Q1"'] },
    { name: 'task list without --period', args: () => ['task', 'list'], says: ['Thiếu --period'] },
    { name: 'text list with a reversed range', args: () => ['text', 'list', '--period', '2026-08-31..2026-05-01'], says: ['ngày bắt đầu sau ngày kết thúc'] },
    {
      name: 'activity add refused by the rules (title too short)',
      args: () => ['activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', 'ab'],
      says: ['Hoạt động chưa hợp lệ', 'Tên hoạt động còn trống hoặc quá ngắn'],
    },
    { name: 'activity add with a bad --participants', args: () => ['activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', 'Hội nghị', '--participants', 'nhiều'], says: ['--participants "nhiều" phải là số nguyên'] },
    { name: 'activity remove without an id', args: () => ['activity', 'remove'], says: ['Thiếu số thứ tự hoạt động'] },
    { name: 'activity import --dry-run of a bad file', args: () => ['activity', 'import', '--dry-run', badFixture], says: ['có 2 lỗi'] },
    { name: 'figure set of a value that is not a number', args: () => ['figure', 'set', '--period', '2026-H1', 'G2_NHAN', 'mười'], says: ['"mười" không phải số'] },
    { name: 'figure set of a derived figure', args: () => ['figure', 'set', '--period', '2026-H1', 'A3_HN', '4'], says: ['được tính từ danh sách hoạt động'] },
    { name: 'figure set of a ratio', args: () => ['figure', 'set', '--period', '2026-H1', 'B1_TL', '90'], says: ['tỷ lệ được tính tự động'] },
    { name: 'inspect set of an unknown item', args: () => ['inspect', 'set', '--period', '2026-H1', 'KHONG-CO', 'done'], says: ['Không có nội dung tự kiểm tra mã "KHONG-CO"'] },
    { name: 'task set with a bad status', args: () => ['task', 'set', '--period', '2026-H1', 'LC-T1', 'gần xong'], says: ['Trạng thái "gần xong" không hợp lệ'] },
    { name: 'task set of an unknown task', args: () => ['task', 'set', '--period', '2026-H1', 'KHONG-CO', 'done'], says: ['Không có nhiệm vụ mã "KHONG-CO"'] },
    { name: 'text set of an unknown part', args: () => ['text', 'set', '--period', '2026-H1', 'ket_luan', 'Nội dung'], says: ['Cách dùng: dcs text set'] },
    { name: 'report without --out', args: () => ['report', '--period', '2026-H1'], says: ['Thiếu --out'] },
    { name: 'unit set with an invalid code', args: () => ['unit', 'set', '--code', 'B L'], says: ['Thông tin đơn vị chưa hợp lệ', 'Mã đơn vị chỉ gồm'] },
    { name: 'unit set with an unknown kind', args: () => ['unit', 'set', '--kind', 'hợp tác xã'], says: ['--kind "hợp tác xã" không hợp lệ'] },
    {
      name: 'init --force with an unknown province profile',
      args: () => ['init', '--force', '--name', 'Ủy ban nhân dân xã Khác', '--code', 'KH', '--kind', 'xa', '--profile', 'atlantis'],
      says: ['"atlantis"'],
    },
    {
      // The command line names ids to type and the command listing them (the app names provinces).
      name: 'unit set with an unknown province profile',
      args: () => ['unit', 'set', '--profile', 'atlantis'],
      says: ['Hồ sơ tỉnh: "atlantis" không có', 'lao-cai, thanh-hoa, lai-chau', 'dcs profile list'],
    },
  ];

  const check = (c: Case, r: Run, dump: string): void => {
    expect(r.status, `${c.name}: exit code (stderr: ${r.stderr})`).not.toBe(0);
    expect(r.status, c.name).not.toBeNull();
    expect(r.stderr, c.name).toMatch(/^Lỗi/);
    expect(r.stderr, c.name).toMatch(VIETNAMESE);
    for (const s of c.says) expect(r.stderr, c.name).toContain(s);
    expect(r.stderr, c.name).not.toContain('Lỗi không mong đợi');
    if (!c.args().includes('--dry-run')) expect(r.stdout, c.name).toBe('');
    expect(dump, `${c.name}: database changed`).toBe(templateDump);
  };

  it(`${childCases.length} bad commands as child processes: non-zero exit, Vietnamese on stderr, database unchanged`, async () => {
    expect(childRuns, 'the set-up tests above must run first').toBeDefined();
    const results = await childRuns;
    for (const { c, r, dump } of results) check(c, r, dump);
  });

  it(`${inProcessCases.length} more bad commands through main(): non-zero exit, Vietnamese on stderr, database unchanged`, async () => {
    expect(templateDump, 'the set-up tests above must run first').toBeTruthy();
    const path = join(dir, 'bad-in-process.sqlite');
    copyFileSync(template, path);
    for (const c of inProcessCases) {
      const r = await dcsInProcess([...c.args(), '--db', path]);
      check(c, r, sqlDump(path));
    }
  });

  it('an option followed by another option instead of its value is refused, and no other database is opened', async () => {
    const path = join(dir, 'bad-missing-value.sqlite');
    copyFileSync(template, path);
    // The clerk forgot the period: "--period" is followed by "--db x.sqlite".
    const r = await dcsInProcess(['activity', 'list', '--period', '--db', path]);
    expect(r.status).not.toBe(0);
    // The command must not fall back to (and create) the default database…
    expect(existsSync(join(defaultDataDir, 'dcs.sqlite')), 'a database was created at the default location').toBe(false);
    // …and must say what is missing.
    expect(r.stderr).toContain('--period cần một giá trị');
    expect(sqlDump(path)).toBe(templateDump);
  });

  it('--db pointing at a file that is not a database: clear message, the file untouched', async () => {
    expect(notADbRun, 'the set-up tests above must run first').toBeDefined();
    const { run: child, notes, before } = await notADbRun;
    const inProcess = await dcsInProcess(['activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', 'Hội nghị tuyên truyền', '--db', notes]);
    for (const r of [child, inProcess]) {
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/[Kk]hông mở được tệp dữ liệu/);
      expect(r.stderr).toContain('--db');
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(notes).equals(before)).toBe(true);
  });
});
