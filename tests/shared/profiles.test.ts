import { describe, it, expect } from 'vitest';
import { FIGURE_BY_CODE, appliesTo } from '../../shared/domain/catalog';
import { describePeriod, mergePeriodSettings } from '../../shared/domain/periods';
import { UNIT_KINDS, type UnitKind } from '../../shared/domain/units';
import {
  DEFAULT_OUTLINE,
  LAI_CHAU,
  LAO_CAI,
  PROFILES,
  THANH_HOA,
  outlineOf,
  profileById,
  targetsFor,
  tasksFor,
} from '../../shared/domain/profiles';
import type { TargetDef } from '../../shared/domain/profiles/types';

const VIET = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;

function codesOf(t: TargetDef): string[] {
  return t.result.type === 'ratio' ? [t.result.num, t.result.den] : [t.result.code];
}

function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Every string reachable in a value, for NFC and diacritics checks. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('PROFILES', () => {
  it('ships the three provinces, each found by id', () => {
    expect(PROFILES.map((p) => p.id)).toEqual(['lao-cai', 'thanh-hoa', 'lai-chau']);
    for (const p of PROFILES) expect(profileById(p.id)).toBe(p);
    expect(profileById('ha-noi')).toBeUndefined();
  });

  it('uses the default outline everywhere', () => {
    for (const p of PROFILES) {
      expect(p.outline).toBeUndefined();
      expect(outlineOf(p)).toBe(DEFAULT_OUTLINE);
    }
    expect(DEFAULT_OUTLINE.map((s) => s.key)).toEqual([
      'leadership',
      'results',
      'measures',
      'targets',
      'tasks',
      'selfInspection',
      'assessment',
      'direction',
      'proposals',
    ]);
    expect(DEFAULT_OUTLINE[0]).toEqual({ key: 'leadership', title: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN', level: 1 });
    // A part (level 2) always follows a section or another part, never opens the outline.
    expect(DEFAULT_OUTLINE[0]!.level).toBe(1);
    for (const s of DEFAULT_OUTLINE.filter((s) => s.level === 1)) expect(s.title).toBe(s.title.toUpperCase());
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s: every string is NFC', (_id, p) => {
    for (const s of strings(p)) expect(s, s).toBe(s.normalize('NFC'));
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s: bodies, documents and labels are Vietnamese', (_id, p) => {
    expect(p.provinceBody).toBe(p.provinceBody.toUpperCase());
    expect(p.provinceBody).toMatch(/^ỦY BAN NHÂN DÂN TỈNH /);
    expect(p.basisDocs.length).toBeGreaterThanOrEqual(2);
    for (const d of p.basisDocs) expect(d).toMatch(VIET);
    for (const t of p.targets) {
      expect(t.label).toMatch(VIET);
      expect(t.basis).toMatch(VIET);
    }
    for (const t of p.tasks) {
      expect(t.text).toMatch(VIET);
      expect(t.responsible.length).toBeGreaterThan(3);
      expect(t.timeframe.length).toBeGreaterThan(3);
    }
    for (const m of p.measures) expect(m.label).toMatch(VIET);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s: target codes, task ids, measure codes are unique', (_id, p) => {
    const unique = (xs: string[]): void => expect(new Set(xs).size).toBe(xs.length);
    unique(p.targets.map((t) => t.code));
    unique(p.tasks.map((t) => t.id));
    unique(p.measures.map((m) => m.code));
    unique((p.units ?? []).map((u) => u.code));
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))(
    '%s: every target reads existing figures that its kinds of unit report',
    (_id, p) => {
      for (const t of p.targets) {
        const kinds: readonly UnitKind[] = t.kinds ?? UNIT_KINDS;
        expect(kinds.length).toBeGreaterThan(0);
        for (const code of codesOf(t)) {
          const def = FIGURE_BY_CODE.get(code);
          expect(def, `${t.code} → ${code}`).toBeDefined();
          for (const k of kinds) expect(appliesTo(def!, k), `${t.code}: ${code} for ${k}`).toBe(true);
          // A ratio's parts are counts, a yes/no target reads a yes/no figure.
          if (t.result.type === 'yes') expect(def!.boolean, `${t.code}: ${code} is yes/no`).toBe(true);
          if (t.result.type !== 'yes') expect(def!.boolean ?? false, `${t.code}: ${code} is a count`).toBe(false);
          expect(def!.source.type, `${t.code}: ${code} is not itself a ratio`).not.toBe('ratio');
        }
        expect(t.threshold).toBeGreaterThan(0);
        expect(t.threshold).toBeLessThanOrEqual(100);
        const sign = t.op === 'eq' ? '' : t.op === 'gte' ? '≥ ' : '> ';
        expect(t.planned).toBe(`${sign}${t.threshold}%`);
      }
    },
  );

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s: task due dates are real ISO dates', (_id, p) => {
    for (const t of p.tasks) {
      if (t.due !== null) expect(isRealIsoDate(t.due), `${t.id}: ${t.due}`).toBe(true);
      if (t.kinds) expect(t.kinds.length).toBeGreaterThan(0);
    }
  });
});

describe('Lào Cai', () => {
  it('has LC-1 … LC-7 with 4a and 4b, as the directive orders them', () => {
    expect(LAO_CAI.targets.map((t) => t.code)).toEqual(['LC-1', 'LC-2', 'LC-3', 'LC-4a', 'LC-4b', 'LC-5', 'LC-6', 'LC-7']);
  });

  it('maps the directive targets to their figures and thresholds', () => {
    const t = (code: string): TargetDef => LAO_CAI.targets.find((x) => x.code === code)!;
    expect(t('LC-1').result).toEqual({ type: 'ratio', num: 'B1_DA', den: 'B1_PHAI' });
    expect(t('LC-2').result).toEqual({ type: 'atLeastOne', code: 'D2_CUOC' });
    expect(t('LC-3')).toMatchObject({ op: 'gte', threshold: 90, planned: '≥ 90%', kinds: ['xa', 'co_quan', 'su_nghiep'] });
    expect(t('LC-4b')).toMatchObject({ op: 'gt', threshold: 95, planned: '> 95%', result: { type: 'ratio', num: 'G2_DH', den: 'G2_GQ' } });
    expect(t('LC-6')).toMatchObject({ kinds: ['xa'], result: { type: 'yes', code: 'B3_SO' } });
    expect(t('LC-7').kinds).toEqual(['xa', 'co_quan', 'su_nghiep', 'dnnn']);
    for (const x of LAO_CAI.targets) expect(x.basis).toContain('Chỉ thị của Ban Thường vụ Tỉnh ủy');
  });

  it('gives each kind its own targets', () => {
    expect(targetsFor(LAO_CAI, 'xa').map((t) => t.code)).toEqual(LAO_CAI.targets.map((t) => t.code));
    expect(targetsFor(LAO_CAI, 'co_quan').map((t) => t.code)).not.toContain('LC-6');
    expect(targetsFor(LAO_CAI, 'dnnn').map((t) => t.code)).toEqual(['LC-1', 'LC-2', 'LC-4a', 'LC-4b', 'LC-7']);
    expect(targetsFor(LAO_CAI, 'dn_khac').map((t) => t.code)).toEqual(['LC-1', 'LC-2', 'LC-4a', 'LC-4b']);
  });

  it('lists the plan tasks, the dated one due at the end of quý I/2026', () => {
    expect(LAO_CAI.tasks.length).toBeGreaterThanOrEqual(8);
    expect(LAO_CAI.tasks.every((t, i) => t.id === `LC-T${i + 1}`)).toBe(true);
    const dated = LAO_CAI.tasks.filter((t) => t.due !== null);
    expect(dated.map((t) => [t.due, t.timeframe.includes('quý I/2026')])).toEqual([['2026-03-31', true]]);
    expect(LAO_CAI.tasks.filter((t) => t.timeframe === 'Thường xuyên hằng năm').length).toBeGreaterThanOrEqual(8);
    // The website task is not an enterprise's; the commune task is a commune's only.
    expect(tasksFor(LAO_CAI, 'dn_khac').map((t) => t.id)).not.toContain('LC-T9');
    expect(tasksFor(LAO_CAI, 'co_quan').map((t) => t.id)).not.toContain('LC-T15');
    expect(tasksFor(LAO_CAI, 'xa').map((t) => t.id)).toContain('LC-T15');
  });

  it('cites Nghị quyết số 53/NQ-HĐND ngày 09/12/2025 and reports to Sở Nội vụ', () => {
    expect(LAO_CAI.basisDocs[0]).toBe(
      'Nghị quyết số 53/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh Lào Cai về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn tỉnh Lào Cai',
    );
    expect(LAO_CAI.reportTo).toBe('Sở Nội vụ tỉnh Lào Cai');
    expect(LAO_CAI.provinceBody).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(LAO_CAI.measures.map((m) => m.code)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('is due the day before 20/11, keeping the default cut-offs', () => {
    const settings = mergePeriodSettings(LAO_CAI.periods);
    const y = describePeriod('2026-Y', settings);
    expect(y.deadline).toBe('2026-11-19');
    expect(y.from).toBe('2025-12-15');
    expect(y.to).toBe('2026-12-14');
    expect(y.warnings.length).toBe(1);
    const h1 = describePeriod('2026-H1', settings);
    expect(h1.deadline).toBe('2026-06-15');
    expect(h1.warnings).toEqual([]);
  });
});

describe('Thanh Hóa', () => {
  it('has indicators 2.1–2.6 and measures 3.1–3.6', () => {
    expect(THANH_HOA.targets.map((t) => t.code)).toEqual(['TH-2.1', 'TH-2.2', 'TH-2.3', 'TH-2.4', 'TH-2.5', 'TH-2.6']);
    expect(THANH_HOA.measures.map((m) => m.code)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6']);
    expect(THANH_HOA.measures.find((m) => m.code === '3.5')!.label).toBe('Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở');
    for (const t of THANH_HOA.targets) {
      expect(t.planned).toBe('100%');
      expect(t.basis).toContain('Nghị quyết số 53/2024/NQ-HĐND ngày 14/12/2024');
    }
  });

  it('keeps hương ước to communes and the boards off non-state employers', () => {
    expect(targetsFor(THANH_HOA, 'co_quan').map((t) => t.code)).not.toContain('TH-2.5');
    expect(targetsFor(THANH_HOA, 'xa').map((t) => t.code)).toContain('TH-2.5');
    expect(targetsFor(THANH_HOA, 'dn_khac').map((t) => t.code)).toEqual(['TH-2.1', 'TH-2.2', 'TH-2.4']);
  });

  it('dates the plan tasks from the plan words', () => {
    const due = Object.fromEntries(THANH_HOA.tasks.map((t) => [t.id, t.due]));
    expect(due['TH-T1']).toBe('2025-03-31'); // "chậm nhất trong tháng 3/2025"
    expect(due['TH-T4']).toBe('2025-12-31'); // "Hoàn thành trong năm 2025"
    expect(due['TH-T8']).toBe('2025-06-30'); // "chậm nhất trong tháng 6/2025"
    expect(due['TH-T3']).toBeNull(); // "Thường xuyên"
    expect(tasksFor(THANH_HOA, 'xa').map((t) => t.id)).toEqual(expect.arrayContaining(['TH-T9', 'TH-T10', 'TH-T13']));
    expect(tasksFor(THANH_HOA, 'co_quan').map((t) => t.id)).not.toContain('TH-T9');
  });

  it('cites the resolution and keeps the default periods', () => {
    expect(THANH_HOA.basisDocs[0]).toContain('Nghị quyết số 53/2024/NQ-HĐND ngày 14/12/2024');
    expect(THANH_HOA.reportTo).toBe('Sở Nội vụ tỉnh Thanh Hóa');
    expect(THANH_HOA.provinceBody).toBe('ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
    expect(mergePeriodSettings(THANH_HOA.periods)).toEqual(mergePeriodSettings());
  });
});

describe('Lai Châu (Bình Lư)', () => {
  it('has no numeric targets and reports to the commune', () => {
    expect(LAI_CHAU.targets).toEqual([]);
    expect(targetsFor(LAI_CHAU, 'xa')).toEqual([]);
    expect(LAI_CHAU.reportTo).toBe('Ủy ban nhân dân xã Bình Lư');
    expect(LAI_CHAU.provinceBody).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  });

  it('cites Nghị quyết số 75/NQ-HĐND and Kế hoạch số 363/KH-UBND', () => {
    expect(LAI_CHAU.basisDocs.some((d) => d.startsWith('Nghị quyết số 75/NQ-HĐND ngày 09/12/2024'))).toBe(true);
    expect(LAI_CHAU.basisDocs.some((d) => d.startsWith('Kế hoạch số 363/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã Bình Lư'))).toBe(
      true,
    );
  });

  it('puts the 6-month deadline before 05/5 and warns it precedes the 14/6 cut-off end', () => {
    const settings = mergePeriodSettings(LAI_CHAU.periods);
    const h1 = describePeriod('2026-H1', settings);
    expect(h1.deadline).toBe('2026-05-04');
    expect(h1.deadline! < '2026-05-05').toBe(true);
    expect(h1.to).toBe('2026-06-14');
    expect(h1.warnings).toHaveLength(1);
    expect(h1.warnings[0]).toContain('04/5/2026');
    expect(h1.warnings[0]).toContain('14/6/2026');
  });

  it('puts the yearly deadline before 05/11', () => {
    const y = describePeriod('2026-Y', mergePeriodSettings(LAI_CHAU.periods));
    expect(y.deadline).toBe('2026-11-04');
    expect(y.warnings).toHaveLength(1);
  });

  it('lists the plan tasks with the commune office as a responsible body', () => {
    expect(LAI_CHAU.tasks.every((t, i) => t.id === `BL-T${i + 1}`)).toBe(true);
    expect(LAI_CHAU.tasks.some((t) => t.responsible === 'Phòng Văn hóa - Xã hội')).toBe(true);
    const reports = LAI_CHAU.tasks.filter((t) => t.due !== null).map((t) => t.due);
    expect(reports).toEqual(['2026-05-04', '2026-11-04']);
    // The office's own tasks are the commune's, not a school's.
    expect(tasksFor(LAI_CHAU, 'su_nghiep').some((t) => t.responsible === 'Phòng Văn hóa - Xã hội')).toBe(false);
    expect(tasksFor(LAI_CHAU, 'xa').some((t) => t.responsible === 'Phòng Văn hóa - Xã hội')).toBe(true);
  });

  it('knows the commune and some of its units', () => {
    const units = LAI_CHAU.units ?? [];
    expect(units.find((u) => u.kind === 'xa')?.name).toBe('Ủy ban nhân dân xã Bình Lư');
    expect(units.every((u) => /^BL-\d{2}$/.test(u.code))).toBe(true);
    expect(new Set(units.map((u) => u.kind)).size).toBeGreaterThanOrEqual(3);
  });
});
