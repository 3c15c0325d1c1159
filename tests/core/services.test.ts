import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import type { ActivityInput } from '../../shared/domain/activities';
import { CATALOG, FIGURE_RULES, appliesTo, figureDef } from '../../shared/domain/catalog';
import { checklistFor } from '../../shared/domain/checklists';
import { describePeriod } from '../../shared/domain/periods';
import { profileById, tasksFor } from '../../shared/domain/profiles';
import { ASSESSMENT_KEYS, type UnitProfile } from '../../shared/domain/unitProfile';
import type { Result } from '../../shared/result';

const TODAY = '2026-05-04';
/** Vietnamese text: at least one letter with a Vietnamese diacritic. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

let dir: string;
let db: Db;
let services: Services;

const call = (op: string, arg?: unknown): Promise<Result<unknown>> => dispatch(services, op, arg);

async function value<T = any>(op: string, arg?: unknown): Promise<T> {
  const r = await call(op, arg);
  if (!r.ok) throw new Error(`${op} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function failure(op: string, arg?: unknown): Promise<{ code: string; message: string; details?: string[] }> {
  const r = await call(op, arg);
  if (r.ok) throw new Error(`${op} should have failed but returned ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

/** Every row of every table, to prove an operation changed nothing. */
function dump(): Record<string, unknown[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  const out: Record<string, unknown[]> = { __user_version: [db.pragma('user_version', { simple: true })] };
  for (const t of tables) {
    out[t] = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

async function setUnit(kind: UnitProfile['kind'], name = 'Ủy ban nhân dân xã Định Tân', profileId = 'thanh-hoa'): Promise<UnitProfile> {
  const d = await value<UnitProfile>('unit.defaults', { profileId, kind, name });
  return value<UnitProfile>('unit.set', { ...d, code: 'DT' });
}

const activity = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  date: '2026-03-05',
  kind: 'TUYEN_TRUYEN',
  title: 'Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở',
  form: 'truc_tiep',
  sessions: 2,
  participants: 150,
  basisDoc: 'Kế hoạch số 12/KH-UBND',
  notes: '',
  measures: [],
  ...over,
});

interface FigureRowLike {
  code: string;
  value: number | null;
  source: string;
  editable: boolean;
  problems: string[];
}
const figure = async (period: string, code: string): Promise<FigureRowLike> => {
  const rows = await value<FigureRowLike[]>('figure.list', { period });
  const f = rows.find((r) => r.code === code);
  if (!f) throw new Error(`figure ${code} not listed`);
  return f;
};
const storedFigures = (period: string) => db.prepare('SELECT code, state, value FROM figure_value WHERE period_id = ? ORDER BY code').all(period);
const countRows = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-services-'));
  db = openDatabase(join(dir, 'dcs.sqlite'));
  services = createServices(db, { today: () => TODAY });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the dispatch boundary refuses what does not fit, and changes nothing', () => {
  beforeEach(async () => {
    await setUnit('xa');
    await value('activity.add', activity());
    await value('figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: 14 } });
  });

  it('an unknown operation returns UNKNOWN_OP, including names inherited from Object', async () => {
    const before = dump();
    for (const op of ['activity.drop', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '']) {
      const e = await failure(op, { period: '2026-H1' });
      expect(e.code, op).toBe('UNKNOWN_OP');
      expect(e.message).toMatch(VIETNAMESE);
    }
    expect(dump()).toEqual(before);
  });

  const cases: Array<{ name: string; op: string; arg: unknown; mentions: string }> = [
    { name: 'sessions as text', op: 'activity.add', arg: { ...activity(), sessions: '2' }, mentions: 'sessions' },
    { name: 'participants fractional', op: 'activity.add', arg: { ...activity(), participants: 1.5 }, mentions: 'participants' },
    { name: 'an extra key', op: 'activity.add', arg: { ...activity(), id: 7 }, mentions: 'id' },
    { name: 'a missing title', op: 'activity.add', arg: (({ title: _t, ...rest }) => rest)(activity()), mentions: 'title' },
    { name: 'an unknown kind', op: 'activity.add', arg: { ...activity(), kind: 'PICNIC' }, mentions: 'kind' },
    { name: 'no argument at all', op: 'activity.add', arg: undefined, mentions: 'tham số' },
    { name: 'an array instead of an object', op: 'activity.list', arg: ['2026-H1'], mentions: 'tham số' },
    { name: 'an id given as text', op: 'activity.remove', arg: { id: '1' }, mentions: 'id' },
    { name: 'an update without the activity', op: 'activity.update', arg: { id: 1 }, mentions: 'activity' },
    { name: 'a figure value missing', op: 'figure.set', arg: { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value' } }, mentions: 'value' },
    { name: 'a figure value as text', op: 'figure.set', arg: { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: '3' } }, mentions: 'value' },
    { name: 'a figure value infinite', op: 'figure.set', arg: { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: Infinity } }, mentions: 'value' },
    { name: "a 'none' entry carrying a value", op: 'figure.set', arg: { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'none', value: 3 } }, mentions: 'value' },
    { name: 'a figure entry that is not an entry', op: 'figure.set', arg: { period: '2026-H1', code: 'B1_PHAI', entry: 5 }, mentions: 'entry' },
    { name: 'a missing entry', op: 'figure.set', arg: { period: '2026-H1', code: 'B1_PHAI' }, mentions: 'entry' },
    { name: 'an unknown inspection status', op: 'inspect.set', arg: { period: '2026-H1', itemId: 'ALL-D8-1', status: 'yes', evidence: '' }, mentions: 'status' },
    { name: 'an unknown text key', op: 'text.set', arg: { period: '2026-H1', key: 'ket_luan', text: 'x' }, mentions: 'key' },
    { name: 'a period as a number', op: 'period.status', arg: { period: 2026 }, mentions: 'period' },
    { name: 'an argument to an operation that takes none', op: 'unit.get', arg: { x: 1 }, mentions: 'tham số' },
    { name: 'a unit without signer', op: 'unit.set', arg: { code: 'X' }, mentions: 'signer' },
    { name: "a key named 'constructor'", op: 'period.status', arg: { period: '2026-H1', constructor: 'x' }, mentions: 'constructor' },
    { name: "a key named '__proto__' (as JSON.parse makes it)", op: 'activity.list', arg: JSON.parse('{"period":"2026-H1","__proto__":{"polluted":1}}'), mentions: '__proto__' },
    { name: "a key named 'toString' in an activity", op: 'activity.add', arg: { ...activity(), toString: 'x' }, mentions: 'toString' },
  ];
  for (const c of cases) {
    it(`${c.op} with ${c.name} returns BAD_ARGUMENT naming the field`, async () => {
      const before = dump();
      const e = await failure(c.op, c.arg);
      expect(e.code).toBe('BAD_ARGUMENT');
      expect(e.message).toMatch(VIETNAMESE);
      expect(e.details?.join('\n')).toContain(c.mentions);
      expect(e.details?.join('\n')).toMatch(VIETNAMESE);
      expect(dump()).toEqual(before);
    });
  }

  it('a unit whose period settings are malformed is refused, and the period answers as before', async () => {
    const unit = await value<UnitProfile>('unit.get');
    const statusBefore = await value('period.status', { period: '2026-H1' });
    const before = dump();
    const bad = [
      { deadline: { H1: { monthDay: 'ngày 5/6' } } },
      { deadline: { H1: '06-05' } },
      { cutoff: { Y: { from: { monthDay: '12-15', yearOffset: -3 }, to: { monthDay: '12-14' } } } },
      { cutoff: { Q3: { from: { monthDay: '07-01' }, to: { monthDay: '09-30' } } } },
      { deadline: { H1: { monthDay: '13-40' } } },
    ];
    for (const periodOverrides of bad) {
      const e = await failure('unit.set', { ...unit, periodOverrides });
      expect(e.code, JSON.stringify(periodOverrides)).toBe('BAD_ARGUMENT');
      expect(e.details?.join('\n')).toContain('periodOverrides');
      expect(e.details?.join('\n')).toMatch(VIETNAMESE);
    }
    expect(dump()).toEqual(before);
    expect(await value('period.status', { period: '2026-H1' })).toEqual(statusBefore);
  });

  it("'unit.set' with invalid fields returns VALIDATION with Vietnamese details and keeps the stored unit", async () => {
    const before = dump();
    const unit = await value<UnitProfile>('unit.get');
    const e = await failure('unit.set', { ...unit, name: '   ', code: 'D T', profileId: 'atlantis', docSymbol: 'UB ND', signer: { ...unit.signer, title: '' } });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(VIETNAMESE);
    const details = e.details ?? [];
    expect(details.some((d) => d.startsWith('Tên đơn vị'))).toBe(true);
    expect(details.some((d) => d.startsWith('Mã đơn vị'))).toBe(true);
    // In the app the province is picked from a list: the message names provinces as the list does,
    // never an id or a command.
    const province = details.find((d) => d.startsWith('Hồ sơ tỉnh'));
    expect(province).toBe('Hồ sơ tỉnh: hãy chọn tỉnh, thành phố (hoặc kế hoạch) của đơn vị trong danh sách, ví dụ Lào Cai, Thanh Hóa, Lai Châu, Hà Nội.');
    expect(details.some((d) => d.startsWith('Ký hiệu cơ quan'))).toBe(true);
    expect(details.some((d) => d.startsWith('Chức vụ người ký'))).toBe(true);
    expect(details.length).toBe(5);
    expect(dump()).toEqual(before);
    expect(await value('unit.get')).toEqual(unit);
  });

  it('an unknown plan id in the app names provinces to pick from the list, never the command line; the CLI door keeps the command', async () => {
    const appText = 'Không có tỉnh, thành phố hoặc kế hoạch "atlantis"; hãy chọn tỉnh, thành phố (hoặc kế hoạch) của đơn vị trong danh sách, ví dụ Lào Cai, Thanh Hóa, Lai Châu, Hà Nội.';
    const asked: Array<[string, unknown]> = [
      ['unit.defaults', { profileId: 'atlantis', kind: 'xa', name: 'Ủy ban nhân dân xã Thử' }],
      ['report.template', { period: '2026-H1', kind: 'xa', profileId: 'atlantis', outFile: join(tmpdir(), 'mau.xlsx') }],
      ['profile.show', { id: 'atlantis' }],
      ['profile.export', { id: 'atlantis', outFile: join(tmpdir(), 'atlantis.json') }],
    ];
    const cli = createServices(db, { today: () => TODAY, door: 'cli' });
    for (const [op, arg] of asked) {
      const e = await failure(op, arg);
      expect([op, e.code, e.message]).toEqual([op, 'NO_PROFILE', appText]);
      const r = await dispatch(cli, op, arg);
      expect(r.ok).toBe(false);
      const m = r.ok ? '' : r.error.message;
      expect(m, op).toContain('Không có tỉnh, thành phố hoặc kế hoạch "atlantis". Hãy chọn một trong');
      expect(m, op).toContain('lao-cai, thanh-hoa, lai-chau');
      expect(m, op).toContain('xem danh sách bằng "dcs profile list"');
    }
  });
});

describe('activities', () => {
  beforeEach(async () => {
    await setUnit('xa');
  });

  it('add, get, update and remove round trip', async () => {
    const input = activity({ title: '  Hội nghị tuyên truyền pháp luật  ', measures: ['3.1', '3.2'] });
    const added = await value<ActivityInput & { id: number }>('activity.add', input);
    expect(added.id).toBeGreaterThan(0);
    expect(added).toEqual({ ...input, title: 'Hội nghị tuyên truyền pháp luật', id: added.id });
    expect(await value('activity.get', { id: added.id })).toEqual(added);
    expect(countRows('activity')).toBe(1);

    const changed = activity({ date: '2026-04-10', kind: 'DOI_THOAI', title: 'Đối thoại với Nhân dân', form: 'ket_hop', sessions: 1, participants: null });
    const updated = await value('activity.update', { id: added.id, activity: changed });
    expect(updated).toEqual({ ...changed, id: added.id });
    expect(await value('activity.get', { id: added.id })).toEqual({ ...changed, id: added.id });
    expect(db.prepare('SELECT date, kind, sessions, participants FROM activity').all()).toEqual([
      { date: '2026-04-10', kind: 'DOI_THOAI', sessions: 1, participants: null },
    ]);

    expect(await value('activity.remove', { id: added.id })).toEqual({ ...changed, id: added.id });
    expect(countRows('activity')).toBe(0);
    const gone = await failure('activity.get', { id: added.id });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain(String(added.id));
    expect((await failure('activity.remove', { id: added.id })).code).toBe('NOT_FOUND');
    expect((await failure('activity.update', { id: added.id, activity: changed })).code).toBe('NOT_FOUND');
    expect(countRows('activity')).toBe(0);
  });

  it('refuses an invalid activity with Vietnamese field messages and stores nothing', async () => {
    const before = dump();
    const e = await failure('activity.add', activity({ date: '2026-02-30', sessions: 0, title: 'ab' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.details).toHaveLength(3);
    expect(e.details!.every((d) => VIETNAMESE.test(d))).toBe(true);
    expect(dump()).toEqual(before);
  });

  it('an activity dated 20/12/2025 belongs to 2026-H1 and 2026-Y, not to 2025-Y (cut-off 15/12)', async () => {
    const a = await value<{ id: number }>('activity.add', activity({ date: '2025-12-20' }));
    const ids = async (period: string) => (await value<Array<{ id: number }>>('activity.list', { period })).map((x) => x.id);
    expect(await ids('2026-H1')).toEqual([a.id]);
    expect(await ids('2026-Y')).toEqual([a.id]);
    expect(await ids('2025-Y')).toEqual([]);
    expect(await ids('2025-H2')).toEqual([]);
  });

  it('lists the edges of a period: 15/12 of the year before and 14/6 are in 2026-H1, 14/12 and 15/6 are not', async () => {
    const inside = [await value<{ id: number }>('activity.add', activity({ date: '2025-12-15' })), await value<{ id: number }>('activity.add', activity({ date: '2026-06-14' }))];
    await value('activity.add', activity({ date: '2025-12-14' }));
    await value('activity.add', activity({ date: '2026-06-15' }));
    const list = await value<Array<{ id: number; date: string }>>('activity.list', { period: '2026-H1' });
    expect(list.map((x) => x.id)).toEqual(inside.map((x) => x.id));
  });
});

describe("'figure.set' refuses what cannot be typed, and stores nothing", () => {
  beforeEach(async () => {
    await setUnit('xa');
  });

  const refusals: Array<{ name: string; code: string; entry: unknown; errorCode: string }> = [
    { name: 'a derived figure (counted from activities)', code: 'A3_HN', entry: { state: 'value', value: 4 }, errorCode: 'DERIVED' },
    { name: 'a ratio', code: 'B1_TL', entry: { state: 'value', value: 90 }, errorCode: 'COMPUTED' },
    { name: "a ratio declared 'không phát sinh'", code: 'B1_TL', entry: { state: 'none' }, errorCode: 'COMPUTED' },
    { name: 'a negative count', code: 'G2_NHAN', entry: { state: 'value', value: -1 }, errorCode: 'VALIDATION' },
    { name: 'a fractional count', code: 'G2_NHAN', entry: { state: 'value', value: 2.5 }, errorCode: 'VALIDATION' },
    { name: 'a yes/no figure set to 2', code: 'A2', entry: { state: 'value', value: 2 }, errorCode: 'VALIDATION' },
    { name: 'an unknown code', code: 'Z9', entry: { state: 'value', value: 1 }, errorCode: 'UNKNOWN_FIGURE' },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} (${r.code})`, async () => {
      const before = dump();
      const e = await failure('figure.set', { period: '2026-H1', code: r.code, entry: r.entry });
      expect(e.code).toBe(r.errorCode);
      expect(e.message).toMatch(VIETNAMESE);
      if (figureDef(r.code)) expect(e.message).toContain(figureDef(r.code)!.label);
      expect(dump()).toEqual(before);
    });
  }

  it('accepts money with decimals for a commune (C2_DONG_GOP)', async () => {
    await value('figure.set', { period: '2026-H1', code: 'C2_DONG_GOP', entry: { state: 'value', value: 1250000.5 } });
    expect(storedFigures('2026-H1')).toEqual([{ code: 'C2_DONG_GOP', state: 'value', value: 1250000.5 }]);
  });

  it('refuses a figure that does not apply to the unit kind (C2_DONG_GOP for co_quan)', async () => {
    await setUnit('co_quan', 'Sở Nội vụ tỉnh Thanh Hóa');
    const before = dump();
    const e = await failure('figure.set', { period: '2026-H1', code: 'C2_DONG_GOP', entry: { state: 'value', value: 1000 } });
    expect(e.code).toBe('NOT_APPLICABLE');
    expect(e.message).toContain('không áp dụng');
    expect(dump()).toEqual(before);
    // …and it is not listed for that unit at all.
    const rows = await value<FigureRowLike[]>('figure.list', { period: '2026-H1' });
    expect(rows.some((f) => f.code === 'C2_DONG_GOP')).toBe(false);
  });
});

describe('rules between figures (FIGURE_RULES, each left ≤ right)', () => {
  beforeEach(async () => {
    await setUnit('xa');
  });

  it('every rule applies to a commune, so the loop below checks them all', () => {
    const applicable = FIGURE_RULES.filter((r) => appliesTo(figureDef(r.left)!, 'xa') && appliesTo(figureDef(r.right)!, 'xa'));
    expect(applicable).toHaveLength(FIGURE_RULES.length);
  });

  FIGURE_RULES.forEach((rule, i) => {
    it(`${rule.left} ≤ ${rule.right}: refused either way round, with the rule's message`, async () => {
      // right first, then a larger left
      const p1 = `${2030 + i}-H1`;
      await value('figure.set', { period: p1, code: rule.right, entry: { state: 'value', value: 5 } });
      const before = dump();
      const e = await failure('figure.set', { period: p1, code: rule.left, entry: { state: 'value', value: 6 } });
      expect(e.code).toBe('RULE');
      expect(e.message).toContain(rule.message);
      expect(dump()).toEqual(before);
      expect(storedFigures(p1)).toEqual([{ code: rule.right, state: 'value', value: 5 }]);
      // equal is fine
      await value('figure.set', { period: p1, code: rule.left, entry: { state: 'value', value: 5 } });
      expect(storedFigures(p1)).toHaveLength(2);

      // left first (right blank: nothing to compare), then a smaller right
      const p2 = `${2030 + i}-Y`;
      await value('figure.set', { period: p2, code: rule.left, entry: { state: 'value', value: 6 } });
      const e2 = await failure('figure.set', { period: p2, code: rule.right, entry: { state: 'value', value: 5 } });
      expect(e2.code).toBe('RULE');
      expect(e2.message).toContain(rule.message);
      // "không phát sinh" on the right counts as 0 and is refused as well
      const e3 = await failure('figure.set', { period: p2, code: rule.right, entry: { state: 'none' } });
      expect(e3.message).toContain(rule.message);
      expect(storedFigures(p2)).toEqual([{ code: rule.left, state: 'value', value: 6 }]);
    });
  });
});

describe('blank, "không phát sinh", derived and computed figures', () => {
  beforeEach(async () => {
    await setUnit('xa');
  });

  it('an entered figure: "không phát sinh" shows 0 with source none; clearing it shows blank with no value', async () => {
    expect(await figure('2026-H1', 'B1_PHAI')).toMatchObject({ value: null, source: 'blank', editable: true });
    await value('figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'none' } });
    expect(await figure('2026-H1', 'B1_PHAI')).toMatchObject({ value: 0, source: 'none' });
    expect(storedFigures('2026-H1')).toEqual([{ code: 'B1_PHAI', state: 'none', value: null }]);
    await value('figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: null });
    expect(await figure('2026-H1', 'B1_PHAI')).toMatchObject({ value: null, source: 'blank' });
    expect(storedFigures('2026-H1')).toEqual([]);
    await value('figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: 0 } });
    expect(await figure('2026-H1', 'B1_PHAI')).toMatchObject({ value: 0, source: 'entered' });
  });

  it('a derived figure with no activities is blank unless declared "không phát sinh"; activities then win', async () => {
    expect(await figure('2026-H1', 'A3_HN')).toMatchObject({ value: null, source: 'blank', editable: false });
    await value('figure.set', { period: '2026-H1', code: 'A3_HN', entry: { state: 'none' } });
    expect(await figure('2026-H1', 'A3_HN')).toMatchObject({ value: 0, source: 'none' });
    // Counting only TUYEN_TRUYEN sessions in the period: 2 + 3 = 5; the other kind and the other period do not count.
    await value('activity.add', activity({ sessions: 2, participants: 100 }));
    await value('activity.add', activity({ date: '2026-04-01', sessions: 3, participants: null }));
    await value('activity.add', activity({ kind: 'TAP_HUAN', sessions: 7 }));
    await value('activity.add', activity({ date: '2026-07-01', sessions: 11 }));
    expect(await figure('2026-H1', 'A3_HN')).toMatchObject({ value: 5, source: 'derived' });
    expect(await figure('2026-H1', 'A3_LUOT')).toMatchObject({ value: 100, source: 'derived' });
    expect(await figure('2026-H1', 'A4_LOP')).toMatchObject({ value: 7, source: 'derived' });
  });

  it('a ratio is computed from its two figures: 13 of 14 published is 92.857…%', async () => {
    await value('figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: 14 } });
    expect(await figure('2026-H1', 'B1_TL')).toMatchObject({ value: null, source: 'computed', editable: false });
    await value('figure.set', { period: '2026-H1', code: 'B1_DA', entry: { state: 'value', value: 13 } });
    const tl = await figure('2026-H1', 'B1_TL');
    expect(tl.source).toBe('computed');
    expect(tl.value).toBeCloseTo(92.857142857, 6);
  });
});

describe('self-inspection, texts, status and periods', () => {
  beforeEach(async () => {
    await setUnit('xa');
  });

  it("'inspect.set' for an unknown item fails and stores nothing; a known item is stored", async () => {
    const before = dump();
    const e = await failure('inspect.set', { period: '2026-H1', itemId: 'NO-SUCH-ITEM', status: 'done', evidence: '' });
    expect(e.code).toBe('UNKNOWN_ITEM');
    expect(e.message).toContain('NO-SUCH-ITEM');
    expect(dump()).toEqual(before);
    const item = checklistFor('xa')[0]!;
    const row = await value<{ status: string; evidence: string }>('inspect.set', { period: '2026-H1', itemId: item.id, status: 'partly', evidence: ' Biên bản số 3 ' });
    expect(row).toMatchObject({ status: 'partly', evidence: 'Biên bản số 3' });
    expect(db.prepare('SELECT period_id, item_id, status FROM inspection_answer').all()).toEqual([{ period_id: '2026-H1', item_id: item.id, status: 'partly' }]);
  });

  it("'inspect.set' refuses an item the period does not ask (the year-end conference in H1) and lists it in the year", async () => {
    const before = dump();
    const e = await failure('inspect.set', { period: '2026-H1', itemId: 'X-D33', status: 'done', evidence: '' });
    expect(e.code).toBe('NOT_IN_PERIOD');
    expect(e.message).toContain('cuối năm');
    expect(dump()).toEqual(before);
    const h1 = await value<Array<{ item: { id: string } }>>('inspect.list', { period: '2026-H1' });
    const y = await value<Array<{ item: { id: string } }>>('inspect.list', { period: '2026-Y' });
    expect(h1.map((r) => r.item.id)).not.toContain('X-D33');
    expect(y.map((r) => r.item.id)).toContain('X-D33');
    expect(await value('inspect.set', { period: '2026-Y', itemId: 'X-D33', status: 'done', evidence: 'Biên bản hội nghị của 14 bản' })).toMatchObject({ status: 'done' });
  });

  it("'inspect.list' suggests an item from the activities that are about it, with evidence naming them", async () => {
    await value('activity.add', activity({ kind: 'CONG_KHAI', date: '2026-01-15', title: 'Niêm yết dự toán ngân sách xã năm 2026', participants: null, basisDoc: '' }));
    const rows = await value<Array<{ item: { id: string }; suggestion: { evidence: string } | null }>>('inspect.list', { period: '2026-H1' });
    const withSuggestion = rows.filter((r) => r.suggestion);
    expect(withSuggestion.map((r) => r.item.id)).toEqual(['X-D11-2']);
    expect(withSuggestion[0]!.suggestion!.evidence).toBe('Niêm yết dự toán ngân sách xã năm 2026 (ngày 15/01/2026).');
  });

  it("'text.list' gives a non-empty draft for every assessment part when nothing is written", async () => {
    const rows = await value<Array<{ key: string; label: string; text: string; draft: string }>>('text.list', { period: '2026-H1' });
    expect(rows.map((r) => r.key)).toEqual([...ASSESSMENT_KEYS]);
    for (const r of rows) {
      expect(r.text, r.key).toBe('');
      expect(r.draft.trim().length, r.key).toBeGreaterThan(10);
      expect(r.draft, r.key).toMatch(VIETNAMESE);
    }
  });

  it("'period.status' counts what was recorded: activities, blanks and each missing item", async () => {
    await value('activity.add', activity({ kind: 'TUYEN_TRUYEN' }));
    await value('activity.add', activity({ kind: 'TUYEN_TRUYEN', date: '2026-01-10' }));
    await value('activity.add', activity({ kind: 'TAP_HUAN' }));
    await value('activity.add', activity({ kind: 'TAP_HUAN', date: '2026-07-01' })); // 2026-H2: not counted
    await value('figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: 14 } });
    await value('figure.set', { period: '2026-H1', code: 'G2_NHAN', entry: { state: 'none' } });
    // The half-year leaves out what falls at the end of the year (the villages' year-end conference).
    const items = checklistFor('xa', describePeriod('2026-H1'));
    expect(items.length).toBeLessThan(checklistFor('xa').length);
    await value('inspect.set', { period: '2026-H1', itemId: items[0]!.id, status: 'done', evidence: '' });
    await value('inspect.set', { period: '2026-H1', itemId: items[1]!.id, status: 'na', evidence: '' });
    await value('text.set', { period: '2026-H1', key: 'uu_diem', text: 'Đã triển khai đầy đủ.' });
    const tasks = tasksFor(profileById('thanh-hoa')!, 'xa');
    expect(tasks.length).toBeGreaterThan(1);
    await value('task.set', { period: '2026-H1', taskId: tasks[0]!.id, status: 'done', note: '' });

    const s = await value<any>('period.status', { period: '2026-H1' });
    expect(s.activities.total).toBe(3);
    const byKind = Object.fromEntries(s.activities.byKind.map((k: any) => [k.kind, k.count]));
    expect(byKind.TUYEN_TRUYEN).toBe(2);
    expect(byKind.TAP_HUAN).toBe(1);

    // Expected from the catalogue: every non-ratio figure for a commune, minus what the activities and entries fill.
    const countable = CATALOG.filter((f) => appliesTo(f, 'xa') && f.source.type !== 'ratio');
    const filledByActivities = countable.filter((f) => f.source.type === 'derived' && f.source.from.some((k) => k === 'TUYEN_TRUYEN' || k === 'TAP_HUAN'));
    expect(filledByActivities.map((f) => f.code).sort()).toEqual(['A3_HN', 'A3_LUOT', 'A4_LOP', 'A4_LUOT']);
    const filled = new Set([...filledByActivities.map((f) => f.code), 'B1_PHAI', 'G2_NHAN']);
    const blanks = countable.filter((f) => !filled.has(f.code)).map((f) => f.code);
    expect(s.figures).toEqual({ applicable: countable.length, entered: 1, derived: 4, none: 1, blank: blanks.length });
    expect(s.checklist).toMatchObject({ total: items.length, answered: 2, done: 1, na: 1, partly: 0, notDone: 0 });
    expect(s.texts).toEqual({ written: 1, total: ASSESSMENT_KEYS.length });
    expect(s.tasks).toMatchObject({ total: tasks.length, done: 1, notStarted: tasks.length - 1 });

    const refs = (area: string) => s.missing.filter((m: any) => m.area === area).map((m: any) => m.ref).sort();
    expect(refs('activities')).toEqual([]);
    expect(refs('figures')).toEqual([...blanks].sort());
    expect(refs('checklist')).toEqual(items.slice(2).map((i) => i.id).sort());
    expect(refs('texts')).toEqual(ASSESSMENT_KEYS.filter((k) => k !== 'uu_diem').sort());
    expect(refs('tasks')).toEqual(tasks.slice(1).map((t) => t.id).sort());
    expect(refs('settings')).toEqual(['signer']); // no signer name yet
    expect(s.missing).toHaveLength(blanks.length + (items.length - 2) + (ASSESSMENT_KEYS.length - 1) + (tasks.length - 1) + 1);
    // Thanh Hóa's plan sets no deadline and the unit set none: nothing to count down to.
    expect(s.daysToDeadline).toBeNull();
  });

  it("'period.status' of an empty period says no activity yet", async () => {
    const s = await value<any>('period.status', { period: '2026-H1' });
    expect(s.activities.total).toBe(0);
    expect(s.missing.filter((m: any) => m.area === 'activities')).toHaveLength(1);
  });

  it("'period.describe' of an ad-hoc range reads as a Vietnamese date range", async () => {
    const p = await value<any>('period.describe', { period: '2026-05-01..2026-08-31' });
    expect(p.label).toBe('từ ngày 01/5/2026 đến ngày 31/8/2026');
    expect(p).toMatchObject({ type: 'ADHOC', from: '2026-05-01', to: '2026-08-31', deadline: null });
  });

  it("'period.describe' of 2026-H1 uses the default cut-off 15/12/2025–14/6/2026 and no deadline the plan does not set", async () => {
    const p = await value<any>('period.describe', { period: '2026-H1' });
    expect(p).toMatchObject({ label: '6 tháng đầu năm 2026', from: '2025-12-15', to: '2026-06-14', deadline: null });
  });

  it('a bad period is refused with BAD_PERIOD and a Vietnamese explanation', async () => {
    for (const period of ['2026-H3', '2026-08-31..2026-05-01', '2026-02-30..2026-03-01']) {
      const e = await failure('activity.list', { period });
      expect(e.code, period).toBe('BAD_PERIOD');
      expect(e.message).toContain(period);
      expect(e.message).toMatch(VIETNAMESE);
    }
  });
});

describe('without a unit', () => {
  it('operations that need the unit say so (NO_UNIT) and store nothing', async () => {
    const before = dump();
    for (const [op, arg] of [
      ['activity.add', activity()],
      ['figure.set', { period: '2026-H1', code: 'B1_PHAI', entry: { state: 'value', value: 1 } }],
      ['period.status', { period: '2026-H1' }],
    ] as const) {
      const e = await failure(op, arg);
      expect(e.code, op).toBe('NO_UNIT');
      expect(e.message).toContain('dcs init');
    }
    expect(dump()).toEqual(before);
  });
});
