// Plan files: one schema, the 34 provinces, the national frame, layering, and messages a Sở Nội vụ
// can act on when its file is wrong.
import { describe, expect, it } from 'vitest';
import { describePeriod } from '../../shared/domain/periods';
import { compareTarget, targetPercent } from '../../shared/domain/resolve';
import type { UnitKind } from '../../shared/domain/units';
import { parsePlanText, planToText } from '../../shared/plans/parse';
import { PROVINCES } from '../../shared/plans/provinces';
import { BUILTIN_REGISTRY, findPlan, makeRegistry, selectableIds } from '../../shared/plans/registry';
import { planPeriodSettings, resolveUnitPlan, unitPeriodSettings } from '../../shared/plans/resolve';
import type { Plan } from '../../shared/plans/schema';

const plan = (id: string): Plan => findPlan(BUILTIN_REGISTRY, id)!;
const unit = (kind: UnitKind, name: string, parentBody: string, profileId: string) => ({ kind, name, parentBody, profileId });

describe('the 34 provinces and cities after the 2025 arrangement', () => {
  it('are all selectable, six of them cities, with the codes of QĐ 19/2025', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(PROVINCES.filter((p) => p.type === 'thanh_pho').map((p) => p.name)).toEqual(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);
    const ids = selectableIds(BUILTIN_REGISTRY);
    for (const p of PROVINCES) expect(ids).toContain(p.id);
    expect(ids).toContain('lai-chau-binh-lu');
  });

  it('a province with no plan loaded gets the national frame under its own name', () => {
    const hn = plan('ha-noi');
    expect(hn).toMatchObject({ name: 'Hà Nội', provinceBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', reportTo: null, targets: [], tasks: [] });
    expect(hn.basisDocs.join(' ')).toContain('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
    expect(hn.basisDocs.join(' ')).toContain('Nghị định số 59/2023/NĐ-CP');
    expect(plan('ho-chi-minh').provinceBody).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH');
    expect(plan('nghe-an').provinceBody).toBe('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    // NĐ 09/2019 cut-offs; the deadline is the unit's to set.
    const y = describePeriod('2026-Y', unitPeriodSettings(BUILTIN_REGISTRY, unit('xa', 'Ủy ban nhân dân xã Đông Anh', '', 'ha-noi')));
    expect(y).toMatchObject({ from: '2025-12-15', to: '2026-12-14', deadline: null });
    const set = describePeriod('2026-Y', unitPeriodSettings(BUILTIN_REGISTRY, { ...unit('xa', 'Ủy ban nhân dân xã Đông Anh', '', 'ha-noi'), periodOverrides: { deadline: { Y: { monthDay: '12-20' } } } }));
    expect(set).toMatchObject({ to: '2026-12-14', deadline: '2026-12-20' });
  });
});

describe('a plan file is checked against the one schema', () => {
  const good = planToText(plan('thanh-hoa'));

  it('the shipped plans round-trip through their file text', () => {
    for (const p of [plan('lao-cai'), plan('thanh-hoa'), plan('lai-chau'), plan('lai-chau-binh-lu')]) {
      const r = parsePlanText(planToText(p), `${p.id}.json`);
      expect(r.ok && r.plan).toEqual(p);
    }
  });

  it('names the file, the field and what is wrong, in Vietnamese', () => {
    const raw = JSON.parse(good);
    raw.targets[1].threshold = 'một trăm';
    raw.targets[0].result.parts[0].num = 'XYZ';
    raw.tasks[0].due = '2025-02-30';
    raw.reportTo = 42;
    raw.targetz = [];
    const r = parsePlanText(JSON.stringify(raw), 'ke-hoach.json');
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toContain('Tệp ke-hoach.json: chỉ tiêu thứ 2 (TH-2.2), ngưỡng (threshold): phải là một số.');
    expect(errors.some((e) => e.startsWith('Tệp ke-hoach.json: chỉ tiêu thứ 1 (TH-2.1), công thức (result), phần thứ 1, tử số (num):') && e.includes('"XYZ" không có trong danh mục số liệu'))).toBe(true);
    expect(errors).toContain('Tệp ke-hoach.json: nhiệm vụ thứ 1 (TH-T1), hạn hoàn thành (due): phải là ngày dạng yyyy-mm-dd.');
    expect(errors).toContain('Tệp ke-hoach.json: nơi nhận báo cáo (reportTo): phải là chuỗi ký tự.');
    expect(errors.some((e) => e.includes('"targetz"') && e.includes('không thuộc mẫu kế hoạch'))).toBe(true);
  });

  it('refuses a deadline set before its own cut-off ends', () => {
    const raw = JSON.parse(good);
    raw.reporting = [
      {
        period: 'Y',
        deadline: { monthDay: '11-19' },
        cutoff: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '12-14' } },
        source: 'Hằng năm báo cáo trước ngày 20/11',
      },
    ];
    const r = parsePlanText(JSON.stringify(raw), 'thanh-hoa.json');
    expect(r.ok ? [] : r.errors).toEqual([
      'Tệp thanh-hoa.json: quy định hạn nộp thứ 1, hạn nộp (deadline): hạn nộp 19/11 không sau ngày chốt số liệu 14/12; hãy đặt hạn nộp sau ngày chốt số liệu, hoặc chốt số liệu sớm hơn.',
    ]);
  });

  it('reads a file that is not JSON as a clear refusal', () => {
    const r = parsePlanText('{ "format": "dcs-plan", ', 'hong.json');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/^Tệp hong\.json không phải tệp kế hoạch dạng JSON đọc được/);
  });

  it('accepts ≥, > and = for the operator', () => {
    const raw = JSON.parse(good);
    raw.targets[0].op = '≥';
    raw.targets[1].op = '>';
    raw.targets[2].op = '=';
    const r = parsePlanText(JSON.stringify(raw), 'x.json');
    expect(r.ok && r.plan.targets.slice(0, 3).map((t) => t.op)).toEqual(['gte', 'gt', 'eq']);
  });
});

describe('rates are compared unrounded', () => {
  it('2499/2500 is not 100%; 1799/2000 is not ≥ 90%; 1800/2000 is; 9601/10000 is > 95%', () => {
    const lc = plan('lao-cai');
    const t = (code: string) => lc.targets.find((x) => x.code === code)!;
    const met = (code: string, values: Record<string, number>) => {
      const p = targetPercent(t(code), (c) => values[c]);
      return compareTarget(t(code).op, p!, t(code).threshold);
    };
    expect(met('LC-1', { B1_DA: 2499, B1_PHAI: 2500 })).toBe(false);
    expect(met('LC-1', { B1_DA: 2500, B1_PHAI: 2500 })).toBe(true);
    expect(met('LC-3', { H2_HL: 1799, H2_PHIEU: 2000 })).toBe(false);
    expect(met('LC-3', { H2_HL: 1800, H2_PHIEU: 2000 })).toBe(true);
    expect(met('LC-4b', { G2_DH: 95, G2_NHAN: 100 })).toBe(false);
    expect(met('LC-4b', { G2_DH: 9501, G2_NHAN: 10000 })).toBe(true);
    // A rate that floating point cannot hold exactly still meets its threshold.
    expect(compareTarget('gte', (29 / 100) * 100, 29)).toBe(true);
  });
});

describe('layering: Bình Lư’s KH 363 is a commune plan under Lai Châu', () => {
  const reg = BUILTIN_REGISTRY;
  const school = unit('su_nghiep', 'Trường Tiểu học Bình Lư', 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ', 'lai-chau-binh-lu');
  const commune = unit('xa', 'Ủy ban nhân dân xã Bình Lư', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'lai-chau-binh-lu');
  const so = unit('co_quan', 'Sở Nội vụ tỉnh Lai Châu', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'lai-chau');
  const otherCommune = unit('xa', 'Ủy ban nhân dân xã Tân Uyên', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'lai-chau');

  it('a unit of the commune reports to the commune, by 04/5 and 04/11, with data to 30/4 and 31/10', () => {
    const p = resolveUnitPlan(reg, school)!;
    expect(p).toMatchObject({ role: 'member', level: 'xa', reportTo: 'Ủy ban nhân dân xã Bình Lư (qua Phòng Văn hóa - Xã hội)' });
    const s = unitPeriodSettings(reg, school);
    expect(describePeriod('2026-H1', s)).toMatchObject({ from: '2025-12-15', to: '2026-04-30', deadline: '2026-05-04', warnings: [] });
    expect(describePeriod('2026-Y', s)).toMatchObject({ to: '2026-10-31', deadline: '2026-11-04', warnings: [] });
    expect(p.tasks.map((t) => t.id)).toEqual(['BL-T1', 'BL-T2', 'BL-T3', 'BL-T4', 'BL-T5', 'BL-T6', 'BL-T7']);
    expect(p.basisDocs.some((d) => d.startsWith('Kế hoạch số 363/KH-UBND ngày 09/3/2026'))).toBe(true);
    expect(p.basisDocs.some((d) => d.startsWith('Nghị quyết số 75/NQ-HĐND ngày 09/12/2024'))).toBe(true);
  });

  it('the commune itself reports on to Sở Nội vụ, not to itself, and keeps only its own tasks', () => {
    const p = resolveUnitPlan(reg, commune)!;
    expect(p).toMatchObject({ role: 'issuer', level: 'xa', reportTo: 'Sở Nội vụ tỉnh Lai Châu' });
    expect(describePeriod('2026-H1', unitPeriodSettings(reg, commune)).deadline).toBeNull();
    // Phòng Văn hóa - Xã hội's duties; not "báo cáo … về UBND xã", not the Mặt trận's.
    expect(p.tasks.map((t) => t.id)).toEqual(['BL-T8', 'BL-T9']);
  });

  it('Sở Nội vụ Lai Châu and the province’s other units know nothing of Bình Lư', () => {
    for (const u of [so, otherCommune]) {
      const p = resolveUnitPlan(reg, u)!;
      expect(p.reportTo).toBe('Sở Nội vụ tỉnh Lai Châu');
      expect(p.tasks).toEqual([]);
      expect(JSON.stringify(p)).not.toContain('Bình Lư');
      expect(describePeriod('2026-H1', unitPeriodSettings(reg, u))).toMatchObject({ to: '2026-06-14', deadline: null });
    }
  });

  it('a plan a Sở Nội vụ sends replaces the shipped one of the same id', () => {
    const mine: Plan = { ...plan('lai-chau'), reporting: [{ period: 'Y', deadline: { monthDay: '11-25' }, source: 'Công văn của Sở Nội vụ' }] };
    const p = planPeriodSettings(findPlan(makeRegistry([mine]), 'lai-chau')!, makeRegistry([mine]));
    expect(describePeriod('2026-Y', p)).toMatchObject({ to: '2026-10-31', deadline: '2026-11-25' });
  });
});
