// Which activities show a checklist item was done: by kind and by what the item is about, never
// "any disclosure supports every disclosure item".
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityKind } from '../../shared/domain/activities';
import { CHECKLIST_BY_ID, checklistFor } from '../../shared/domain/checklists';
import { answerEvidence, evidenceText, isGenericEvidence, suggestionFor, supportingActivities } from '../../shared/domain/checklistMatch';
import type { UnitKind } from '../../shared/domain/units';

let nextId = 1;
const act = (kind: ActivityKind, title: string, extra: Partial<Activity> = {}): Activity => ({
  id: nextId++,
  date: '2026-03-10',
  kind,
  title,
  form: 'truc_tiep',
  sessions: 1,
  participants: null,
  basisDoc: '',
  notes: '',
  measures: [],
  ...extra,
});

/** The items of a kind that the activities suggest as done. */
const suggested = (kind: UnitKind, activities: Activity[]): string[] => checklistFor(kind).filter((i) => suggestionFor(i, activities)).map((i) => i.id);

describe('suggestions from activities', () => {
  it('marks only the budget item for one "niêm yết dự toán ngân sách" activity', () => {
    expect(suggested('xa', [act('CONG_KHAI', 'Niêm yết dự toán ngân sách xã năm 2026', { notes: 'Niêm yết tại trụ sở UBND xã' })])).toEqual(['X-D11-2']);
  });

  it('marks the call-up list item only for a call-up list', () => {
    expect(suggested('xa', [act('CONG_KHAI', 'Niêm yết danh sách công dân gọi nhập ngũ năm 2026')])).toEqual(['X-D11-9']);
    expect(suggested('xa', [act('CONG_KHAI', 'Công khai danh sách hộ nghèo, hộ cận nghèo được hỗ trợ')])).toEqual(['X-D11-7']);
  });

  it('tells near-miss titles apart', () => {
    // "quỹ đất" is land, not a fund; "lũy kế" is not a flood ("lũ").
    expect(suggested('xa', [act('CONG_KHAI', 'Công khai quỹ đất công ích cho thuê')])).toEqual(['X-D11-3']);
    expect(suggested('xa', [act('CONG_KHAI', 'Công khai số thu ngân sách lũy kế quý I')])).toEqual(['X-D11-2']);
    // Electing a village head is not electing the Ban Thanh tra nhân dân, and training village heads is no election.
    expect(suggested('xa', [act('DAN_CHU_TRUC_TIEP', 'Họp bản Nà Khum bầu trưởng bản nhiệm kỳ 2026 - 2028')])).toEqual(['X-D15-4']);
    expect(suggested('xa', [act('TAP_HUAN', 'Bồi dưỡng kỹ năng tổ chức họp bản cho trưởng bản, bí thư chi bộ')])).toEqual(['ALL-D8-1']);
    expect(suggested('xa', [act('DAN_CHU_TRUC_TIEP', 'Họp bản Pa Pe bầu thành viên Ban Thanh tra nhân dân')])).toEqual(['X-D15-5', 'X-D36']);
    // The general building plan is not the land-use plan.
    expect(suggested('xa', [act('LAY_Y_KIEN', 'Lấy ý kiến Nhân dân về dự thảo quy hoạch chung xã Bình Lư')])).toEqual(['X-D25-6']);
    // The investment board at work is neither the Ban Thanh tra nhân dân nor its election.
    expect(suggested('xa', [act('GIAM_SAT', 'Ban Giám sát đầu tư của cộng đồng giám sát công trình kè suối bản Nà Ít')])).toEqual(['X-D41']);
    expect(suggested('xa', [act('GIAM_SAT', 'Ban Thanh tra nhân dân giám sát việc bình xét hộ nghèo')])).toEqual(['X-D38']);
    // A dialogue with the households a road project touches is Điều 25 khoản 8, not the yearly dialogue with Nhân dân.
    expect(suggested('xa', [act('DOI_THOAI', 'Đối thoại với hộ dân bị ảnh hưởng dự án đường tỉnh qua bản Nà Ít')])).toEqual(['X-D25-8']);
    expect(suggested('xa', [act('DOI_THOAI', 'Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân')])).toEqual(['X-D32']);
  });

  it('tells the democracy rules from any plan the leaders issue', () => {
    expect(suggested('xa', [act('LANH_DAO', 'Kế hoạch thực hiện dân chủ ở cơ sở năm 2026', { basisDoc: 'Kế hoạch số 363/KH-UBND ngày 09/3/2026' })])).toEqual([]);
    expect(suggested('xa', [act('LANH_DAO', 'Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của Ủy ban nhân dân xã')])).toEqual(['ALL-QC']);
    expect(suggested('co_quan', [act('LANH_DAO', 'Quyết định ban hành quy chế thực hiện dân chủ của Sở')])).toEqual(['ALL-QC', 'C-D59-1a']);
    expect(suggested('co_quan', [act('LAY_Y_KIEN', 'Lấy ý kiến về dự thảo quy chế chi tiêu nội bộ năm 2026')])).toEqual(['C-D53-9']);
    expect(suggested('co_quan', [act('LAY_Y_KIEN', 'Lấy ý kiến về dự thảo quy chế thực hiện dân chủ của cơ quan')])).toEqual(['C-D53-8']);
  });

  it('reads titles typed without diacritics', () => {
    expect(suggested('xa', [act('LAY_Y_KIEN', 'Lay y kien ve du thao quy che thuc hien dan chu o xa')])).toEqual(['X-D25-7']);
    expect(suggested('xa', [act('CONG_KHAI', 'Niem yet du toan ngan sach xa nam 2026')])).toEqual(['X-D11-2']);
  });

  it('separates the enterprise funds from the emulation it rewards', () => {
    expect(suggested('dnnn', [act('CONG_KHAI', 'Công khai trích lập quỹ khen thưởng, quỹ phúc lợi năm 2025')])).toEqual(['D-D64-d']);
    expect(suggested('dnnn', [act('CONG_KHAI', 'Công khai kết quả thi đua, khen thưởng năm 2025')])).toEqual(['D-D64-e']);
  });

  it('matches a realistic commune half-year item by item, never every disclosure item at once', () => {
    const year = [
      act('CONG_KHAI', 'Công khai dự toán ngân sách xã năm 2026', { notes: 'Niêm yết tại trụ sở, trang thông tin điện tử' }),
      act('CONG_KHAI', 'Công khai kế hoạch sử dụng đất và công trình đầu tư trên địa bàn', { notes: 'Niêm yết, hội nghị' }),
      act('CONG_KHAI', 'Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của xã', { notes: 'Niêm yết thường xuyên' }),
      act('CONG_KHAI', 'Công khai tình hình thực hiện dự toán ngân sách quý', { notes: 'Niêm yết, trang thông tin điện tử' }),
    ];
    const disclosure = suggested('xa', year).filter((id) => id.startsWith('X-D11-'));
    expect(disclosure).toEqual(['X-D11-2', 'X-D11-3', 'X-D11-13']);
    expect(supportingActivities(CHECKLIST_BY_ID.get('X-D11-2')!, year).map((a) => a.title)).toEqual([
      'Công khai dự toán ngân sách xã năm 2026',
      'Công khai tình hình thực hiện dự toán ngân sách quý',
    ]);
  });
});

describe('evidence', () => {
  const quyChe = act('LANH_DAO', 'Quyết định ban hành Quy chế thực hiện dân chủ ở xã', { date: '2026-04-02', basisDoc: 'Quyết định số 102/QĐ-UBND ngày 02/4/2026' });
  const budget = act('CONG_KHAI', 'Niêm yết dự toán ngân sách xã năm 2026', { date: '2026-01-15' });

  it('names each activity by title, date and document', () => {
    expect(evidenceText([budget])).toBe('Niêm yết dự toán ngân sách xã năm 2026 (ngày 15/01/2026).');
    expect(evidenceText([quyChe])).toBe('Quyết định ban hành Quy chế thực hiện dân chủ ở xã (Quyết định số 102/QĐ-UBND ngày 02/4/2026).');
    const many = [1, 2, 3, 4, 5].map((d) => act('CONG_KHAI', `Công khai dự toán đợt ${d}`, { date: `2026-0${d}-01` }));
    expect(evidenceText(many)).toBe('Công khai dự toán đợt 1 (ngày 01/01/2026); Công khai dự toán đợt 2 (ngày 01/02/2026) và 3 hoạt động khác.');
    // The same disclosure repeated each quarter is named once, with its dates.
    const quarterly = ['2026-01-10', '2026-04-10'].map((date) => act('CONG_KHAI', 'Công khai tình hình thực hiện dự toán ngân sách quý', { date }));
    expect(evidenceText(quarterly)).toBe('Công khai tình hình thực hiện dự toán ngân sách quý (các ngày 10/01/2026 và 10/04/2026).');
    // A title that ends in brackets takes no second pair.
    const revised = act('LANH_DAO', 'Quyết định ban hành Quy chế thực hiện dân chủ (sửa đổi)', { basisDoc: 'Quyết định số 102/QĐ-UBND ngày 02/4/2026' });
    expect(evidenceText([revised])).toBe('Quyết định ban hành Quy chế thực hiện dân chủ (sửa đổi), Quyết định số 102/QĐ-UBND ngày 02/4/2026.');
  });

  it('keeps the clerk’s own evidence, and replaces a bare count stored by earlier versions', () => {
    const item = CHECKLIST_BY_ID.get('X-D11-2')!;
    expect(answerEvidence(item, { itemId: item.id, status: 'done', evidence: 'Biên bản niêm yết số 05/BB-UBND' }, [budget])).toBe('Biên bản niêm yết số 05/BB-UBND');
    expect(isGenericEvidence('4 hoạt động đã ghi nhận trong kỳ')).toBe(true);
    expect(isGenericEvidence('Biên bản 4 hoạt động đã ghi nhận')).toBe(false);
    expect(answerEvidence(item, { itemId: item.id, status: 'done', evidence: '4 hoạt động đã ghi nhận trong kỳ' }, [budget, quyChe])).toBe('Niêm yết dự toán ngân sách xã năm 2026 (ngày 15/01/2026).');
    // Another item's activity is no evidence for this one.
    expect(answerEvidence(CHECKLIST_BY_ID.get('X-D11-9')!, { itemId: 'X-D11-9', status: 'done', evidence: '' }, [budget, quyChe])).toBe('');
    expect(answerEvidence(item, { itemId: item.id, status: 'not_done', evidence: '' }, [budget])).toBe('');
    expect(answerEvidence(item, undefined, [budget])).toBe('');
  });

  it('hands the clerk a suggestion with that evidence', () => {
    expect(suggestionFor(CHECKLIST_BY_ID.get('ALL-QC')!, [budget, quyChe])).toEqual({
      status: 'done',
      activityIds: [quyChe.id],
      evidence: 'Quyết định ban hành Quy chế thực hiện dân chủ ở xã (Quyết định số 102/QĐ-UBND ngày 02/4/2026).',
    });
  });
});
