// Consolidation rules on small hand-made cases: sums, blank vs "không phát sinh", yes/no figures,
// rates from summed parts (not averages, never above 100%), targets counted across units.
import { describe, expect, it } from 'vitest';
import { consolidate, consolidatedEntries, KEY_RESULTS, statusOf } from '../../shared/aggregate/consolidate';
import { buildConsolidatedReport, PER_UNIT_APPENDIX_LIMIT } from '../../shared/aggregate/report';
import { buildReminderLetter } from '../../shared/aggregate/reminder';
import type { ExpectedUnit, SubmittedValue } from '../../shared/aggregate/types';
import { CATALOG } from '../../shared/domain/catalog';
import { describePeriod } from '../../shared/domain/periods';
import { planPeriodSettings } from '../../shared/plans/resolve';
import { BINH_LU, LAI_CHAU, LAO_CAI } from '../../shared/domain/profiles';
import { plainText, type Block } from '../../shared/report/document';
import { DEMO_AGGREGATOR } from '../../electron/core/demo/aggregateDemo';

const period = describePeriod('2026-H1', planPeriodSettings(BINH_LU));
const v = (value: number): SubmittedValue => ({ state: 'value', value });
const none: SubmittedValue = { state: 'none', value: null };
const blank: SubmittedValue = { state: 'blank', value: null };

const units: ExpectedUnit[] = [
  { code: 'A', name: 'Xã A', kind: 'xa', parent: '' },
  { code: 'B', name: 'Trường B', kind: 'su_nghiep', parent: '' },
  { code: 'C', name: 'Trường C', kind: 'su_nghiep', parent: '' },
  { code: 'D', name: 'Công ty D', kind: 'dn_khac', parent: '' },
];

function run(values: Record<string, Record<string, SubmittedValue>>, received: Record<string, string> = {}) {
  return consolidate({
    period,
    units,
    submissions: Object.entries(values).map(([unitCode, vals]) => ({ unitCode, receivedAt: received[unitCode] ?? '2026-05-01', values: vals })),
    targets: [],
  });
}

describe('statuses', () => {
  it('judges on time, late and missing against the deadline (the deadline day itself is on time)', () => {
    expect(period.deadline).toBe('2026-05-04');
    expect(statusOf('2026-05-04', period.deadline)).toBe('on_time');
    expect(statusOf('2026-05-05', period.deadline)).toBe('late');
    expect(statusOf(null, period.deadline)).toBe('missing');
    expect(statusOf('2030-01-01', null)).toBe('on_time');
    const c = run({ A: {}, B: {} }, { B: '2026-05-09' });
    expect(c.counts).toEqual({ expected: 4, submitted: 2, onTime: 1, late: 1, missing: 2 });
    expect(c.statusRows.find((r) => r.unit.code === 'B')!.daysLate).toBe(5);
  });
});

describe('totals', () => {
  it('sums counts, "không phát sinh" as 0, and counts blanks instead of treating them as 0', () => {
    const c = run({ A: { A1: v(3) }, B: { A1: none }, C: { A1: blank }, D: {} });
    const a1 = c.totals.find((t) => t.code === 'A1')!;
    expect(a1).toMatchObject({ total: 3, reported: 2, none: 1, blank: 2, applicable: 4 });
  });

  it('is unknown (null), not 0, when no unit gave a number; 0 when all declared "không phát sinh"', () => {
    expect(run({ A: { K2_VP: blank }, B: {} }).totals.find((t) => t.code === 'K2_VP')!.total).toBeNull();
    const allNone = run({ A: { K2_VP: none }, B: { K2_VP: none } }).totals.find((t) => t.code === 'K2_VP')!;
    expect(allNone).toMatchObject({ total: 0, none: 2 });
  });

  it('counts a figure only for the kinds it applies to', () => {
    // C3_THON (villages) applies to communes only: the schools are not blanks.
    const t = run({ A: { C3_THON: v(14), F1_CO: v(12) }, B: {}, C: {} }).totals.find((x) => x.code === 'C3_THON')!;
    expect(t).toMatchObject({ total: 14, applicable: 1, blank: 0 });
  });

  it('computes a rate from summed parts, not the average of the units’ rates, and only over units with both parts', () => {
    // A: 1/1 = 100%, B: 1/9 = 11.1%: average of rates 55.6%, rate of sums 2/10 = 20%.
    const c = run({ A: { B1_DA: v(1), B1_PHAI: v(1) }, B: { B1_DA: v(1), B1_PHAI: v(9) }, C: { B1_DA: v(5), B1_PHAI: blank } });
    const r = c.totals.find((t) => t.code === 'B1_TL')!;
    expect(r.total).toBeCloseTo(20, 9);
    expect(r.ratio).toMatchObject({ num: 2, den: 10, units: 2 });
    expect(r.blank).toBe(1);
  });

  it('sums the two parts of a rate over the same units, so the rate is exactly the parts it is printed with', () => {
    // C gave the denominator only: counting its 20 would print 12/30 beside a rate of 12/10.
    const c = run({ A: { H1_TT: v(8), H1_DK: v(8) }, B: { H1_TT: v(4), H1_DK: v(7) }, C: { H1_DK: v(20) } });
    const get = (code: string) => c.totals.find((t) => t.code === code)!;
    expect(get('H1_DK')).toMatchObject({ total: 15, reported: 2, blank: 1 });
    expect(get('H1_TT')).toMatchObject({ total: 12, reported: 2, blank: 1 });
    expect(get('H1_TL').total).toBe(80);
    // Three parts tied by two rates go together: B gave no G2_DH, so none of its G2 figures count.
    const g = run({ A: { G2_NHAN: v(10), G2_GQ: v(9), G2_DH: v(8) }, B: { G2_NHAN: v(30), G2_GQ: v(3) } });
    expect([g.totals.find((t) => t.code === 'G2_NHAN')!.total, g.totals.find((t) => t.code === 'G2_TL_GQ')!.total]).toEqual([10, 90]);
  });

  it('sums the left side of a rule only over units that gave its right side, so the sums keep the rule', () => {
    // B says 3 violations were handled but not how many were found.
    const c = run({ A: { K2_VP: v(2), K2_XL: v(1) }, B: { K2_XL: v(3) }, C: { K2_VP: v(4) } });
    expect(c.totals.find((t) => t.code === 'K2_VP')).toMatchObject({ total: 6, reported: 2 });
    expect(c.totals.find((t) => t.code === 'K2_XL')).toMatchObject({ total: 1, reported: 1, blank: 2 });
  });

  it('rounds a rate to 0.1 as a spreadsheet’s ROUND does', () => {
    const c = run({ A: { B1_DA: v(2), B1_PHAI: v(3) } });
    expect(c.totals.find((t) => t.code === 'B1_TL')!.total).toBe(66.7);
  });

  it('never reports a rate above 100%', () => {
    const c = run({ A: { H2_HL: v(12), H2_PHIEU: v(10) } });
    expect(c.totals.find((t) => t.code === 'H2_TL')!.total).toBe(100);
  });

  it('counts yes/no figures as units answering yes', () => {
    const c = run({ A: { A2: v(1) }, B: { A2: v(0) }, C: { A2: v(1) }, D: { A2: blank } });
    expect(c.totals.find((t) => t.code === 'A2')).toMatchObject({ nature: 'boolean', total: 2, reported: 3, blank: 1 });
    // In the consolidated workbook a "no" of one unit must not hide the others' "có": x/y units.
    const { entries, figureUnits } = consolidatedEntries(c.totals);
    expect(entries.find((e) => e.code === 'A2')).toMatchObject({ state: 'blank', note: 'Có 2/3 đơn vị; 1 đơn vị chưa có số liệu' });
    expect(figureUnits.A2).toEqual({ units: 3, none: 0, blank: 1, yes: 2 });
  });

  it('splits totals by kind of unit', () => {
    const c = run({ A: { A1: v(3) }, B: { A1: v(4) }, C: { A1: v(5) }, D: { A1: v(6) } });
    const by = Object.fromEntries(c.byKind.map((k) => [k.kind, k.figures.find((f) => f.code === 'A1')!.total]));
    expect(by).toEqual({ xa: 3, su_nghiep: 9, dn_khac: 6 });
    expect(c.byKind.map((k) => [k.kind, k.expected, k.submitted])).toEqual([
      ['xa', 1, 1],
      ['su_nghiep', 2, 2],
      ['dn_khac', 1, 1],
    ]);
  });
});

describe('targets across units', () => {
  it('counts the units meeting each of the province’s targets, compared unrounded, among the kinds the target names', () => {
    const c = consolidate({
      period,
      units,
      submissions: [
        { unitCode: 'A', receivedAt: '2026-05-01', values: { B1_DA: v(14), B1_PHAI: v(14) } },
        { unitCode: 'B', receivedAt: '2026-05-01', values: { B1_DA: v(9999), B1_PHAI: v(10000) } },
        { unitCode: 'C', receivedAt: '2026-05-01', values: { B1_DA: v(8), B1_PHAI: v(10) } },
        { unitCode: 'D', receivedAt: '2026-05-01', values: {} },
      ],
      targets: LAO_CAI.targets,
    });
    expect(c.targetsFromProfile).toBe(true);
    const lc1 = c.targets.find((t) => t.code === 'LC-1')!;
    // 99.99% is not "100%" (it would print as 100,0%); 80% is not either. LC-1 names "cơ quan, đơn vị,
    // địa phương": the enterprise D is not counted.
    expect(lc1).toMatchObject({ applicable: 3, met: 1, notMet: 2, noData: 0, notMetUnits: ['Trường B', 'Trường C'] });
  });

  it('falls back to key results when the profile sets no targets (Lai Châu)', () => {
    const c = run({ A: { A2: v(1) }, B: { A2: v(0) } });
    expect(c.targetsFromProfile).toBe(false);
    expect(c.targets.map((t) => t.code)).toEqual(KEY_RESULTS.map((t) => t.code));
    expect(c.targets.find((t) => t.code === 'KQ1')).toMatchObject({ met: 1, notMet: 1, overall: 50, overallMet: false });
  });
});

const text = (blocks: Block[]): string => blocks.map((b) => (b.type === 'para' ? plainText(b.runs) : b.type === 'heading' ? b.text : b.table.rows.map((r) => r.map((c) => plainText(c)).join(' ')).join('\n'))).join('\n');

describe('the consolidated narrative', () => {
  const c = run({ A: { A1: v(3), A3_HN: v(12), A3_LUOT: v(1240), K2_VP: none }, B: { A1: v(2), A3_HN: blank } }, { B: '2026-05-07' });
  const doc = buildConsolidatedReport(c, { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, reportDate: '2026-05-10', asOf: '2026-05-10', revision: 1 });
  const body = text(doc.body);

  it('says how many units had to report, how many did, on time or late, and which did not', () => {
    expect(body).toContain('Tổng số cơ quan, đơn vị phải báo cáo: 4 đơn vị');
    expect(body).toContain('đã nhận được báo cáo của 2/4 đơn vị (đạt 50%)');
    expect(body).toContain('1 đơn vị gửi đúng hạn');
    expect(body).toContain('1 đơn vị gửi muộn: Trường B (nhận ngày 07/5/2026, chậm 3 ngày)');
    expect(body).toContain('Còn 2 đơn vị chưa gửi báo cáo: Trường C và Công ty D');
  });

  it('puts the totals inside sentences, says once per clause how many units left a figure blank, and never prints an unknown as 0', () => {
    expect(body).toContain('ban hành 5 văn bản lãnh đạo, chỉ đạo');
    expect(body).toContain('tổ chức 12 hội nghị, buổi quán triệt, tuyên truyền, phổ biến với 1.240 lượt người tham gia (1 đơn vị chưa có số liệu)');
    expect(body).toContain('Không phát hiện vụ việc vi phạm dân chủ ở cơ sở.');
    expect(body).not.toMatch(/\b0 văn bản/);
    expect(body).not.toMatch(/chỉ số còn (đơn vị )?để trống/);
    // What no unit gave is named once per part, not one sentence per figure.
    const paras = doc.body.map((b) => (b.type === 'para' ? plainText(b.runs) : ''));
    const parts = doc.body.filter((b) => b.type === 'heading' && /^\d+\. /.test((b as { text: string }).text)).length;
    expect(paras.filter((p) => p.startsWith('Chưa có đơn vị nào báo cáo')).length).toBeLessThanOrEqual(parts);
    expect(paras.some((p, i) => i > 0 && p.startsWith('Chưa có đơn vị nào báo cáo') && paras[i - 1]!.startsWith('Chưa có đơn vị nào báo cáo'))).toBe(false);
  });

  it('follows the unit report’s outline, with the causes of the shortcomings and the direction for the next period', () => {
    const headings = doc.body.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings.filter((h) => /^[IVX]+\. /.test(h))).toEqual([
      'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(headings).toEqual(expect.arrayContaining(['1. Ưu điểm', '2. Hạn chế, khó khăn', '3. Nguyên nhân']));
    // The shortcomings name the units; the drafts are marked as drafts until the clerk edits them.
    expect(body).toContain('Còn 2 đơn vị chưa gửi báo cáo (Trường C, Công ty D); 1 đơn vị gửi báo cáo chậm so với thời hạn (Trường B).');
    expect(doc.body.filter((b) => b.type === 'para' && b.draft).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps a figure whose clause head no unit gave: the supervision boards’ proposals without a count of inspections', () => {
    const d = buildConsolidatedReport(run({ A: { E1_KN: v(5), E1_KN_GQ: v(4) } }), { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, reportDate: '2026-05-10', asOf: '2026-05-10', revision: 1 });
    expect(text(d.body)).toContain('Số kiến nghị sau kiểm tra, giám sát: 5 nội dung, đã được tiếp thu, giải quyết 4 nội dung');
    // …but a zero under a head that did not arise is not a sentence.
    const zero = buildConsolidatedReport(run({ A: { K2_VP: none, K2_XL: none } }), { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, reportDate: '2026-05-10', asOf: '2026-05-10', revision: 1 });
    expect(text(zero.body)).toContain('Không phát hiện vụ việc vi phạm dân chủ ở cơ sở.');
    expect(text(zero.body)).not.toMatch(/: 0 vụ việc/);
  });

  it('states every figure some unit gave, in a sentence of section I or II', () => {
    const all: Record<string, SubmittedValue> = Object.fromEntries(CATALOG.filter((d) => d.source.type !== 'ratio').map((d, i) => [d.code, v(d.boolean ? 1 : 10 + i)]));
    const full = run({ A: all, B: all, C: all, D: all });
    const d = buildConsolidatedReport(full, { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, reportDate: '2026-05-10', asOf: '2026-05-10', revision: 1 });
    const stated = new Set(d.body.flatMap((b) => (b.type === 'para' ? b.runs.map((r) => r.ref?.figure) : [])).filter(Boolean));
    const missing = full.totals.filter((t) => t.total !== null && t.applicable > 0 && !stated.has(t.code)).map((t) => t.code);
    expect(missing).toEqual([]);
  });

  it('does not call a target met while units gave no data for it', () => {
    // KQ3 (the head held a dialogue): A did, B and C sent nothing on it.
    const t = run({ A: { D2_CUOC: v(2) }, B: {}, C: {} });
    const kq3 = t.targets.find((x) => x.code === 'KQ3')!;
    expect(kq3).toMatchObject({ met: 1, noData: 2, overallMet: null });
    const d = buildConsolidatedReport(t, { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, reportDate: '2026-05-10', asOf: '2026-05-10', revision: 1 });
    const all = text(d.body);
    expect(all).toContain('Người đứng đầu tổ chức đối thoại (yêu cầu 100% đơn vị): 1/3 đơn vị đạt, 2 đơn vị chưa có số liệu, chưa đủ cơ sở để đánh giá chung.');
    expect(all).not.toMatch(/tính chung đạt 100%/);
  });

  it('leaves the per-unit tables to the workbook when hundreds of units reported', () => {
    const n = PER_UNIT_APPENDIX_LIMIT + 1;
    const many: ExpectedUnit[] = Array.from({ length: n }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}`, kind: 'su_nghiep', parent: '' }));
    const big = consolidate({ period, units: many, submissions: many.map((u) => ({ unitCode: u.code, receivedAt: '2026-05-01', values: { A1: v(1) } })), targets: [] });
    const d = buildConsolidatedReport(big, { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, reportDate: '2026-05-10', asOf: '2026-05-10', revision: 1 });
    expect(d.appendices.map((a) => a.number)).toEqual(['I', 'II']);
    expect(text(d.body)).toContain(`số liệu của từng đơn vị (${n} đơn vị) tại trang "Số liệu từng đơn vị" của biểu tổng hợp (.xlsx)`);
  });

  it('has the three appendices, the per-unit one landscape', () => {
    expect(doc.appendices.map((a) => [a.number, a.landscape])).toEqual([
      ['I', false],
      ['II', true],
      ['III', true],
    ]);
    expect(doc.docType).toBe('BÁO CÁO');
    expect(doc.header.numberLine).toBe('Số:      /BC-UBND');
  });

  it('the reminder letter names the units that have not reported and the dates', () => {
    const letter = buildReminderLetter(c, { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, letterDate: '2026-05-10', newDeadline: '2026-05-15' });
    // A công văn: no tên loại; its trích yếu sits under the number in the header (NĐ 30, ô 5b).
    expect(letter.docType).toBe('');
    expect(letter.title).toBe('');
    expect(letter.header.subject).toMatch(/^V\/v đôn đốc/);
    expect(letter.header.numberLine).toBe('Số:      /UBND-VHXH');
    expect(letter.kinhGui).toEqual(['Trường C', 'Công ty D']);
    const t = text(letter.body);
    expect(t).toContain('hạn gửi báo cáo là ngày 04/5/2026');
    expect(t).toContain('trước ngày 15/5/2026');
    expect(t).toContain('còn 2 cơ quan, đơn vị nêu tại phần Kính gửi chưa gửi báo cáo');
    // Named in Kính gửi, so no list appended; a long list goes to an appendix instead.
    expect(letter.appendices).toHaveLength(0);
  });

  it('a long list of missing units goes to an appendix', () => {
    const many: ExpectedUnit[] = Array.from({ length: 12 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}`, kind: 'su_nghiep', parent: '' }));
    const c2 = consolidate({ period, units: many, submissions: [{ unitCode: 'U0', receivedAt: '2026-05-01', values: {} }], targets: [] });
    const letter = buildReminderLetter(c2, { aggregator: DEMO_AGGREGATOR, province: LAI_CHAU, letterDate: '2026-05-10', newDeadline: '2026-05-15' });
    expect(letter.kinhGui).toEqual(['Các cơ quan, đơn vị có tên tại danh sách kèm theo']);
    expect(letter.appendices[0]!.table.rows).toHaveLength(11);
    expect(letter.appendices[0]!.reference).toContain('Công văn số      /UBND-VHXH');
  });
});
