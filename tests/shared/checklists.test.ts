import { describe, it, expect } from 'vitest';
import { ACTIVITY_KINDS, activityKindsFor } from '../../shared/domain/activities';
import {
  CHECKLIST,
  CHECKLIST_BY_ID,
  CHECKLIST_GROUP_LABEL,
  INSPECTION_STATUS_LABEL,
  checklistFor,
  type ChecklistItem,
} from '../../shared/domain/checklists';
import { describePeriod, mergePeriodSettings } from '../../shared/domain/periods';
import { UNIT_KINDS } from '../../shared/domain/units';

const VIET = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
const ids = (items: ChecklistItem[]): string[] => items.map((i) => i.id);

describe('CHECKLIST', () => {
  it('re-exports the checklist types and labels', () => {
    expect(INSPECTION_STATUS_LABEL.done).toBe('Đã thực hiện');
    expect(Object.keys(CHECKLIST_GROUP_LABEL)).toEqual(['cong_khai', 'ban_quyet_dinh', 'tham_gia_y_kien', 'kiem_tra_giam_sat', 'chung']);
  });

  it('has unique, ASCII ids', () => {
    expect(new Set(ids(CHECKLIST)).size).toBe(CHECKLIST.length);
    expect(CHECKLIST_BY_ID.size).toBe(CHECKLIST.length);
    for (const i of CHECKLIST) expect(i.id, i.id).toMatch(/^[A-Z]+(-[A-Za-z0-9]+)+$/);
  });

  it('writes texts and articles in NFC Vietnamese', () => {
    for (const i of CHECKLIST) {
      expect(i.text, i.id).toBe(i.text.normalize('NFC'));
      expect(i.article, i.id).toBe(i.article.normalize('NFC'));
      expect(i.text, i.id).toMatch(VIET);
      expect(i.text, i.id).toMatch(/^\p{Lu}/u);
      expect(i.text.endsWith('.'), i.id).toBe(true);
      expect(i.article, i.id).toMatch(/(Luật số 10\/2022\/QH15|Nghị định số (145\/2020|61\/2023)\/NĐ-CP|Bộ luật Lao động số 45\/2019\/QH14)$/);
      // Nghị định 30 (Phụ lục II): "khoản", "điểm" lower case, "Điều" capitalised, as they stand mid-sentence.
      expect(i.article, i.id).not.toMatch(/Khoản|Điểm|điều \d/);
      expect(i.kinds.length, i.id).toBeGreaterThan(0);
      expect(Object.keys(CHECKLIST_GROUP_LABEL)).toContain(i.group);
    }
  });

  it('cites articles as they stand mid-sentence', () => {
    expect(CHECKLIST_BY_ID.get('X-D11-1')?.article).toBe('khoản 1 Điều 11 Luật số 10/2022/QH15');
    expect(CHECKLIST_BY_ID.get('N-ND145-D43-a')?.article).toBe('điểm a khoản 1 Điều 43 Nghị định số 145/2020/NĐ-CP');
    expect(CHECKLIST_BY_ID.get('D-D64-dd')?.article).toBe('điểm đ khoản 1 Điều 64 Luật số 10/2022/QH15');
    expect(CHECKLIST_BY_ID.get('C-D52-3')?.article).toBe('khoản 3 Điều 52 Luật số 10/2022/QH15');
    expect(CHECKLIST_BY_ID.get('X-D32')?.article).toBe('Điều 32 Luật số 10/2022/QH15');
    expect(CHECKLIST_BY_ID.get('N-BLLD-D63')?.article).toBe('Điều 63 Bộ luật Lao động số 45/2019/QH14');
    // Which letter of khoản 1 Điều 59 holds dialogue and complaints is not certain: the clause is cited.
    expect(CHECKLIST_BY_ID.get('C-D59-1b')?.article).toBe('khoản 1 Điều 59 Luật số 10/2022/QH15');
    expect(CHECKLIST_BY_ID.get('X-ND61-D15-4')?.article).toBe('khoản 4 Điều 15 Nghị định số 61/2023/NĐ-CP');
  });

  it('suggests only activity kinds the item’s units can record', () => {
    for (const i of CHECKLIST) {
      for (const a of i.suggestFrom ?? []) {
        expect(ACTIVITY_KINDS).toContain(a);
        for (const k of i.kinds) expect(activityKindsFor(k), `${i.id}: ${a} for ${k}`).toContain(a);
      }
    }
    expect(CHECKLIST_BY_ID.get('X-D11-4')?.suggestFrom).toEqual(['CONG_KHAI']);
    expect(CHECKLIST_BY_ID.get('X-D32')?.suggestFrom).toEqual(['DOI_THOAI']);
    expect(CHECKLIST_BY_ID.get('X-D15-1')?.suggestFrom).toEqual(['DAN_CHU_TRUC_TIEP']);
    expect(CHECKLIST_BY_ID.get('X-D25-7')?.suggestFrom).toEqual(['LAY_Y_KIEN']);
  });
});

describe('checklistFor', () => {
  it.each(UNIT_KINDS.map((k) => [k]))('%s has at least 10 items, each meant for it', (kind) => {
    const items = checklistFor(kind);
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const i of items) expect(i.kinds).toContain(kind);
    // Every group the self-inspection prints has something to check for every kind.
    expect(new Set(items.map((i) => i.group)).size).toBe(5);
  });

  it('gives every kind the general items of Điều 8', () => {
    for (const k of UNIT_KINDS) {
      expect(ids(checklistFor(k))).toEqual(expect.arrayContaining(['ALL-D8-1', 'ALL-D8-2', 'ALL-D8-5', 'ALL-QC']));
    }
  });

  it('gives communes Điều 11 khoản 1–14, Điều 15 khoản 1–6, Điều 25 khoản 1–9, Điều 32, 33 and 13.2', () => {
    const x = ids(checklistFor('xa'));
    const range = (p: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${p}${i + 1}`);
    expect(x).toEqual(expect.arrayContaining(range('X-D11-', 14)));
    expect(x).not.toContain('X-D11-15');
    expect(x).toEqual(expect.arrayContaining(range('X-D15-', 6)));
    expect(x).toEqual(expect.arrayContaining(range('X-D25-', 9)));
    expect(x).toEqual(expect.arrayContaining(['X-D32', 'X-D33', 'X-D13-2']));
    expect(checklistFor('xa').filter((i) => i.group === 'cong_khai' && i.id.startsWith('X-D11-'))).toHaveLength(14);
    expect(CHECKLIST_BY_ID.get('X-D11-4')?.text).toContain('quy chế thực hiện dân chủ ở xã');
  });

  it('keeps the commune items away from agencies and enterprises', () => {
    const commune = CHECKLIST.filter((i) => i.id.startsWith('X-'));
    expect(commune.length).toBeGreaterThanOrEqual(30);
    for (const k of ['co_quan', 'su_nghiep', 'dnnn', 'dn_khac'] as const) {
      expect(ids(checklistFor(k)).filter((id) => id.startsWith('X-')), k).toEqual([]);
      expect(checklistFor(k).some((i) => /Điều (11|15|25|32|33) Luật/.test(i.article) && !i.id.startsWith('ALL-')), k).toBe(false);
    }
  });

  it('gives agencies and public service units Điều 46, 49, 51, 52.3, 53, 59.1.a', () => {
    for (const k of ['co_quan', 'su_nghiep'] as const) {
      const c = ids(checklistFor(k));
      expect(c.filter((id) => id.startsWith('C-D46-'))).toHaveLength(12);
      expect(c.filter((id) => id.startsWith('C-D49-'))).toHaveLength(4);
      expect(c.filter((id) => id.startsWith('C-D53-'))).toHaveLength(11);
      expect(c).toEqual(expect.arrayContaining(['C-D51', 'C-D52-3', 'C-D59-1a']));
      expect(c.some((id) => id.startsWith('D-') || id.startsWith('N-'))).toBe(false);
    }
    expect(checklistFor('co_quan')).toEqual(checklistFor('su_nghiep'));
  });

  it('gives state enterprises Điều 64 a–h, 67, 69, 70.3, 71, 73 and nothing of other kinds', () => {
    const d = ids(checklistFor('dnnn'));
    expect(d.filter((id) => id.startsWith('D-D64-'))).toEqual(['D-D64-a', 'D-D64-b', 'D-D64-c', 'D-D64-d', 'D-D64-dd', 'D-D64-e', 'D-D64-g', 'D-D64-h']);
    expect(d.filter((id) => id.startsWith('D-D67-'))).toHaveLength(5);
    expect(d).toEqual(expect.arrayContaining(['D-D69', 'D-D70-3', 'D-D71-a', 'D-D73']));
    expect(d.every((id) => id.startsWith('D-') || id.startsWith('ALL-'))).toBe(true);
  });

  it('gives other employers NĐ 145 Điều 43 a–g, 44–48 and BLLĐ Điều 63', () => {
    const n = ids(checklistFor('dn_khac'));
    expect(n.filter((id) => id.startsWith('N-ND145-D43-'))).toHaveLength(7);
    expect(n).toEqual(expect.arrayContaining(['N-ND145-D44', 'N-ND145-D45', 'N-ND145-D46', 'N-ND145-D47', 'N-ND145-D48', 'N-BLLD-D63']));
    expect(n.every((id) => id.startsWith('N-') || id.startsWith('ALL-'))).toBe(true);
  });
});

describe('what the Law asks beyond the disclosure lists', () => {
  it('gives communes their boards, disclosure plan, report, time limits and hương ước', () => {
    const x = ids(checklistFor('xa'));
    expect(x).toEqual(expect.arrayContaining(['X-D36', 'X-D38', 'X-D41', 'X-D86-2', 'X-D12', 'X-D13', 'X-D14-KH', 'X-D14-BC', 'X-ND61-D11', 'X-ND61-D15-4', 'X-ND61-D16']));
    expect(CHECKLIST_BY_ID.get('X-D41')?.text).toContain('Ban Giám sát đầu tư của cộng đồng');
    expect(CHECKLIST_BY_ID.get('X-D36')?.text).toContain('ít nhất 05 thành viên');
    expect(CHECKLIST_BY_ID.get('X-D13')?.text).toContain('30 ngày liên tục');
    expect(CHECKLIST_BY_ID.get('X-D14-BC')?.text).toContain('Hội đồng nhân dân xã');
  });

  it('gives state enterprises their Ban Thanh tra nhân dân and disclosure time limits, agencies theirs', () => {
    expect(ids(checklistFor('dnnn'))).toEqual(expect.arrayContaining(['D-D77', 'D-D75', 'D-D66']));
    expect(CHECKLIST_BY_ID.get('D-D77')?.text).toContain('hội nghị người lao động');
    expect(ids(checklistFor('co_quan'))).toContain('C-D48');
    expect(CHECKLIST_BY_ID.get('C-D48')?.article).toBe('Điều 47 và Điều 48 Luật số 10/2022/QH15');
    for (const k of ['co_quan', 'dnnn', 'dn_khac'] as const) expect(ids(checklistFor(k)).some((id) => id.startsWith('X-'))).toBe(false);
  });
});

describe('seasonal items', () => {
  const lateCutoff = mergePeriodSettings({ cutoff: { Y: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '10-31' } } } });
  const asks = (kind: Parameters<typeof checklistFor>[0], period: string, settings = mergePeriodSettings()): string[] => ids(checklistFor(kind, describePeriod(period, settings)));

  it('asks about the villages’ year-end conference only when the data range reaches the end of the year', () => {
    expect(asks('xa', '2026-H1')).not.toContain('X-D33');
    expect(asks('xa', '2026-Y')).toContain('X-D33');
    expect(asks('xa', '2026-H2')).toContain('X-D33');
    expect(asks('xa', '2026-05-01..2026-08-31')).not.toContain('X-D33');
    // An ad-hoc range over the turn of the year covers the previous year's end.
    expect(asks('xa', '2025-11-20..2026-01-10')).toContain('X-D33');
    // A plan whose yearly data end on 31/10 never reaches the year-end conference, but reaches October's hương ước review.
    expect(asks('xa', '2026-Y', lateCutoff)).not.toContain('X-D33');
    expect(asks('xa', '2026-Y', lateCutoff)).toContain('X-ND61-D15-4');
    expect(asks('xa', '2026-H1')).not.toContain('X-ND61-D15-4');
  });

  it('asks about the workers’ conference in the periods that hold the first quarter', () => {
    expect(asks('dnnn', '2026-H1')).toContain('D-D69');
    expect(asks('dnnn', '2026-Y')).toContain('D-D69');
    expect(asks('dnnn', '2026-H2')).not.toContain('D-D69');
  });

  it('keeps every item without a season in every period', () => {
    for (const k of UNIT_KINDS) {
      const steady = checklistFor(k).filter((i) => !i.season).map((i) => i.id);
      for (const p of ['2026-H1', '2026-H2', '2026-Y', '2026-05-01..2026-05-02']) expect(asks(k, p)).toEqual(expect.arrayContaining(steady));
    }
  });
});
