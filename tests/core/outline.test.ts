// The report's shape comes from the province profile: its measures, its targets, its outline.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activities';
import { describePeriod } from '../../shared/domain/periods';
import type { PeriodData } from '../../shared/domain/periodData';
import { profileById } from '../../shared/domain/profiles';
import { makeRegistry } from '../../shared/plans/registry';
import { planPeriodSettings, resolveUnitPlan } from '../../shared/plans/resolve';
import { defaultUnitProfile } from '../../shared/domain/defaults';
import { buildUnitReport } from '../../shared/narrative/unitReport';
import type { Block } from '../../shared/report/document';

function data(profileId: string, activities: Activity[], figures: PeriodData['figures'] = {}): PeriodData {
  const profile = profileById(profileId)!;
  const unit = { ...defaultUnitProfile(profile, 'xa', 'Ủy ban nhân dân xã Thử Nghiệm'), code: 'XA-TN' };
  return {
    unit,
    period: describePeriod('2026-H1', planPeriodSettings(profile)),
    activities,
    figures,
    inspections: [],
    tasks: [],
    texts: {},
    previous: null,
    frozen: null,
  };
}

const text = (blocks: Block[]): string[] => blocks.map((b) => (b.type === 'para' ? b.runs.map((r) => r.text).join('') : b.type === 'heading' ? b.text : '[bảng]'));

const act = (id: number, measures: string[], title: string): Activity => ({
  id, date: '2026-03-10', kind: 'TUYEN_TRUYEN', title, form: 'truc_tiep', sessions: 1, participants: 50, basisDoc: '', notes: '', measures,
});

describe('province measures (Thanh Hóa 3.1–3.6)', () => {
  it('says what the unit did under each measure, from the activities tagged with it', () => {
    const th = profileById('thanh-hoa')!;
    const m1 = th.measures[0]!;
    const m2 = th.measures[1]!;
    const doc = buildUnitReport(data('thanh-hoa', [act(1, [m1.code], 'Hội nghị tuyên truyền về biện pháp bảo đảm dân chủ'), act(2, [m1.code], 'Tuyên truyền trên loa truyền thanh xã')]), { reportDate: '2026-06-20', revision: 1 });
    const t = text(doc.body);
    const heading = t.findIndex((x) => /Kết quả thực hiện các giải pháp của Nghị quyết/.test(x));
    expect(heading).toBeGreaterThan(0);
    const line1 = t.find((x) => x.startsWith(`${m1.code}. `))!;
    expect(line1).toMatch(/đã thực hiện 2 hoạt động, gồm: hội nghị tuyên truyền về biện pháp bảo đảm dân chủ \(ngày 10\/3\/2026\)/);
    expect(t.find((x) => x.startsWith(`${m2.code}. `))).toMatch(/chưa ghi nhận hoạt động thực hiện giải pháp này/);
  });
  it('has no measures section where the profile lists none', () => {
    const lc = profileById('lai-chau')!;
    expect(lc.measures).toEqual([]);
    const t = text(buildUnitReport(data('lai-chau', []), { reportDate: '2026-05-04', revision: 1 }).body);
    expect(t.some((x) => /giải pháp của Nghị quyết/.test(x))).toBe(false);
  });
});

describe('targets table', () => {
  it('shows each target with its result and Đạt / Không đạt / Chưa có số liệu', () => {
    const doc = buildUnitReport(
      data('lao-cai', [], { B1_DA: { state: 'value', value: 14 }, B1_PHAI: { state: 'value', value: 14 }, H2_HL: { state: 'value', value: 87 }, H2_PHIEU: { state: 'value', value: 100 } }),
      { reportDate: '2026-06-20', revision: 1 },
    );
    const table = doc.body.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.table.columns.some((c) => c.title === 'Đánh giá'))!;
    const rows = table.table.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.runs.map((x) => x.text).join(''))));
    const row = (code: string) => rows.find((r) => r[1]!.endsWith(`(${code})`))!;
    expect(row('LC-1').slice(2)).toEqual(['100%', '100%', 'Đạt']);
    expect(row('LC-3').slice(2)).toEqual(['≥ 90%', '87%', 'Không đạt']);
    expect(row('LC-5')[4]).toBe('Chưa có số liệu');
    // The drafted limitations name the unmet target with its numbers.
    const limits = text(doc.body).find((x) => x.includes('87%') && x.includes('chưa đạt chỉ tiêu'));
    expect(limits).toBeDefined();
  });
});

describe('a province outline (đề cương) is data', () => {
  it('orders and titles the sections as the profile says', () => {
    const base = profileById('lai-chau')!;
    const custom = {
      ...base,
      id: 'lai-chau-de-cuong',
      outline: [
        { key: 'results' as const, title: 'KẾT QUẢ ĐẠT ĐƯỢC', level: 1 as const },
        { key: 'leadership' as const, title: 'Công tác chỉ đạo', level: 2 as const },
        { key: 'assessment' as const, title: 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', level: 1 as const },
        { key: 'proposals' as const, title: 'KIẾN NGHỊ', level: 1 as const },
      ],
    };
    const d = data('lai-chau', []);
    const unit = { ...d.unit, profileId: custom.id };
    const plan = resolveUnitPlan(makeRegistry([custom]), unit)!;
    const doc = buildUnitReport({ ...d, unit, plan }, { reportDate: '2026-05-04', revision: 1 });
    const headings = doc.body.filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual(['I. KẾT QUẢ ĐẠT ĐƯỢC', 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'III. KIẾN NGHỊ']);
    expect(doc.body.some((b) => b.type === 'heading' && b.level === 2 && /Công tác chỉ đạo$/.test(b.text))).toBe(true);
  });
});

describe('reports of every kind of unit', () => {
  it('write the unit in its own words and never leave a part of Section II empty', () => {
    for (const kind of ['xa', 'co_quan', 'su_nghiep', 'dnnn', 'dn_khac'] as const) {
      const profile = profileById('lao-cai')!;
      const unit = { ...defaultUnitProfile(profile, kind, kind === 'xa' ? 'Ủy ban nhân dân xã Thử' : 'Đơn vị thử nghiệm'), code: 'T' };
      const d: PeriodData = { ...data('lao-cai', []), unit };
      const doc = buildUnitReport(d, { reportDate: '2026-06-20', revision: 1 });
      const t = text(doc.body);
      const opening = t.find((x) => x.startsWith('Trong 6 tháng đầu năm 2026, '))!;
      expect(opening, kind).toMatch(kind === 'xa' ? /, Ủy ban nhân dân xã / : /, (cơ quan|đơn vị|doanh nghiệp) /);
      const start = doc.body.findIndex((b) => b.type === 'heading' && b.text.startsWith('II.'));
      for (let i = start + 1; i < doc.body.length; i++) {
        const b = doc.body[i]!;
        if (b.type === 'heading' && b.level === 1) break;
        if (b.type === 'heading') expect(doc.body[i + 1]?.type, `${kind}: ${b.text}`).not.toBe('heading');
      }
    }
  });
});
