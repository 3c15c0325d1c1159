// The self-inspection against the period's figures and activities, and the checklist in the
// unit's report: its summary sentence and Phụ lục III.
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityKind } from '../../shared/domain/activities';
import type { FigureEntry } from '../../shared/domain/catalog';
import { checklistContradictions } from '../../shared/domain/checklistConflicts';
import { checklistFor, type InspectionAnswer } from '../../shared/domain/checklists';
import { defaultUnitProfile } from '../../shared/domain/defaults';
import type { PeriodData } from '../../shared/domain/periodData';
import { describePeriod } from '../../shared/domain/periods';
import { planPeriodSettings } from '../../shared/plans/resolve';
import { profileById } from '../../shared/domain/profiles';
import type { UnitKind } from '../../shared/domain/units';
import { inspectionAppendix, selfInspectionBlocks } from '../../shared/narrative/inspection';
import type { Block, Cell } from '../../shared/report/document';

let nextId = 1;
const act = (kind: ActivityKind, title: string, extra: Partial<Activity> = {}): Activity => ({
  id: nextId++, date: '2026-03-10', kind, title, form: 'truc_tiep', sessions: 1, participants: null, basisDoc: '', notes: '', measures: [], ...extra,
});
const v = (value: number): FigureEntry => ({ state: 'value', value });

function data(kind: UnitKind, period: string, parts: { activities?: Activity[]; figures?: Record<string, FigureEntry>; inspections?: InspectionAnswer[] }): PeriodData {
  const profile = profileById('thanh-hoa')!;
  return {
    unit: { ...defaultUnitProfile(profile, kind, 'Ủy ban nhân dân xã Thử Nghiệm'), code: 'XA-TN' },
    period: describePeriod(period, planPeriodSettings(profile)),
    activities: parts.activities ?? [],
    figures: parts.figures ?? {},
    inspections: parts.inspections ?? [],
    tasks: [],
    texts: {},
    previous: null,
    frozen: null,
  };
}
const answer = (itemId: string, status: InspectionAnswer['status'], evidence = ''): InspectionAnswer => ({ itemId, status, evidence });

describe('checklistContradictions', () => {
  const quyChe = act('LANH_DAO', 'Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của Ủy ban nhân dân xã', { basisDoc: 'Quyết định số 102/QĐ-UBND ngày 02/4/2026' });

  it('finds the quy chế issued (activity and A2 = có) while the checklist says "Chưa thực hiện"', () => {
    const found = checklistContradictions(data('xa', '2026-H1', { activities: [quyChe], figures: { A2: v(1) }, inspections: [answer('ALL-QC', 'not_done')] }));
    expect(found.map((c) => [c.itemId, c.figure ?? null, c.activityIds ?? null])).toEqual([
      ['ALL-QC', null, [quyChe.id]],
      ['ALL-QC', 'A2', null],
    ]);
    expect(found[0]!.message).toContain('Chưa thực hiện');
    expect(found[0]!.message).toContain('Quyết định số 102/QĐ-UBND');
    expect(found[1]!.message).toContain('(A2) là “có”');
  });

  it('finds "Đã thực hiện" against a yes/no figure that says "không", and a board with members marked "Không áp dụng"', () => {
    const found = checklistContradictions(
      data('co_quan', '2026-H1', { figures: { C4_HN_CBCCVC: v(0), E1_TV: v(5) }, inspections: [answer('C-D51', 'done'), answer('C-D60', 'na')] }),
    );
    expect(found.map((c) => `${c.itemId}/${c.figure}`)).toEqual(['C-D51/C4_HN_CBCCVC', 'C-D60/E1_TV']);
    expect(found[1]!.message).toContain('là 5 người');
  });

  it('stays quiet when the records agree, when a figure is blank or "không phát sinh", and for an answer the period does not ask', () => {
    expect(checklistContradictions(data('xa', '2026-H1', { activities: [quyChe], figures: { A2: v(1) }, inspections: [answer('ALL-QC', 'done')] }))).toEqual([]);
    expect(checklistContradictions(data('xa', '2026-H1', { figures: { E2_BAN: { state: 'none' } }, inspections: [answer('X-D41', 'not_done')] }))).toEqual([]);
    // A budget disclosure says nothing about the call-up list.
    const budget = act('CONG_KHAI', 'Niêm yết dự toán ngân sách xã năm 2026');
    expect(checklistContradictions(data('xa', '2026-H1', { activities: [budget], inspections: [answer('X-D11-9', 'not_done')] }))).toEqual([]);
    // The year-end conference is not asked in H1, so an answer left there is no contradiction.
    const yearEnd = act('DAN_CHU_TRUC_TIEP', 'Hội nghị định kỳ cuối năm của cộng đồng dân cư bản Nà Ít');
    expect(checklistContradictions(data('xa', '2026-H1', { activities: [yearEnd], inspections: [answer('X-D33', 'not_done')] }))).toEqual([]);
    expect(checklistContradictions(data('xa', '2026-Y', { activities: [{ ...yearEnd, date: '2026-11-20' }], inspections: [answer('X-D33', 'not_done')] })).map((c) => c.itemId)).toEqual(['X-D33']);
  });
});

const paraText = (b: Block): string => (b.type === 'para' ? b.runs.map((r) => r.text).join('') : '');
const cellText = (c: Cell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : c.runs.map((r) => r.text).join(''));

describe('the checklist in the report', () => {
  it('counts only what is there: no "0 nội dung" in the summary', () => {
    const items = checklistFor('xa', describePeriod('2026-H1'));
    const all = items.map((i) => answer(i.id, 'done'));
    const text = selfInspectionBlocks(data('xa', '2026-H1', { inspections: all })).map(paraText);
    expect(text).toEqual([`Đã tự kiểm tra ${items.length}/${items.length} nội dung theo quy định của Luật Thực hiện dân chủ ở cơ sở đối với xã, phường, đặc khu: ${items.length} nội dung đã thực hiện (chi tiết tại Phụ lục III).`]);
    const mixed = [answer(items[0]!.id, 'done'), answer(items[1]!.id, 'na'), answer(items[2]!.id, 'not_done')];
    const t2 = selfInspectionBlocks(data('xa', '2026-H1', { inspections: mixed })).map(paraText);
    expect(t2[0]).toContain(': 1 nội dung đã thực hiện, 1 nội dung chưa thực hiện và 1 nội dung không áp dụng đối với đơn vị (chi tiết');
    expect(t2.join(' ')).not.toMatch(/(^|\s)0 /);
    const none = selfInspectionBlocks(data('co_quan', '2026-H1', {}));
    expect(none.map(paraText).join(' ')).not.toMatch(/(^|\s|\/)0(\/|\s)/);
    expect(none.every((b) => b.type === 'para' && b.draft)).toBe(true);
    expect(paraText(none[0]!)).toContain('đối với cơ quan nhà nước');
  });

  it('gives each row of Phụ lục III the evidence that supports that row', () => {
    const budget = act('CONG_KHAI', 'Niêm yết dự toán ngân sách xã năm 2026', { date: '2026-01-15' });
    const tthc = act('CONG_KHAI', 'Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của xã', { date: '2026-02-03' });
    const generic = '2 hoạt động đã ghi nhận trong kỳ';
    const d = data('xa', '2026-H1', {
      activities: [budget, tthc],
      inspections: [answer('X-D11-2', 'done', generic), answer('X-D11-13', 'done', generic), answer('X-D11-9', 'done', 'Danh sách niêm yết ngày 10/01/2026, lưu tại Ban Chỉ huy quân sự xã'), answer('X-D11-10', 'not_done', generic)],
    });
    const rows = inspectionAppendix(d, '(Kèm theo …)').table.rows;
    const row = (text: RegExp): Cell[] => rows.find((r) => r.length > 1 && text.test(cellText(r[2])))!;
    expect(cellText(row(/dự toán ngân sách/)[4])).toBe('Niêm yết dự toán ngân sách xã năm 2026 (ngày 15/01/2026).');
    expect(cellText(row(/thủ tục hành chính do xã/)[4])).toBe('Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của xã (ngày 03/02/2026).');
    expect(cellText(row(/nhập ngũ/)[4])).toBe('Danh sách niêm yết ngày 10/01/2026, lưu tại Ban Chỉ huy quân sự xã');
    expect(cellText(row(/kết quả thanh tra/)[4])).toBe('');
    expect(cellText(row(/nhập ngũ/)[1])).toBe('Khoản 9 Điều 11 Luật số 10/2022/QH15');
    expect(rows.some((r) => r.some((c) => /hoạt động đã ghi nhận/.test(cellText(c))))).toBe(false);
    // The year-end conference waits for the annual report.
    expect(rows.some((r) => /hội nghị định kỳ của cộng đồng dân cư vào cuối năm/.test(cellText(r[2])))).toBe(false);
  });
});
