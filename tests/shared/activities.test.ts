import { describe, expect, it } from 'vitest';
import { ACTIVITY_KIND_ALIASES, ACTIVITY_KINDS, activityKindsFor, parseActivityForm, parseActivityKind, validateActivity, type ActivityInput } from '../../shared/domain/activities';
import { duplicateKey, nearDuplicates, similarTitles } from '../../shared/domain/duplicates';
import { parseInspectionStatus, parseTaskStatus } from '../../shared/domain/statusWords';

const good: ActivityInput = {
  date: '2026-03-05',
  kind: 'TUYEN_TRUYEN',
  title: 'Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở',
  form: 'truc_tiep',
  sessions: 1,
  participants: 120,
  basisDoc: 'Kế hoạch số 12/KH-UBND',
  notes: '',
  measures: [],
};

describe('one activity', () => {
  it('accepts a complete activity', () => {
    expect(validateActivity(good)).toEqual([]);
  });
  it('names each wrong field in Vietnamese', () => {
    const errors = validateActivity({ ...good, date: '2026-02-30', title: ' ', sessions: 0, participants: -3 });
    expect(errors.map((e) => e.field).sort()).toEqual(['date', 'participants', 'sessions', 'title']);
    expect(errors.find((e) => e.field === 'date')!.message).toMatch(/dd\/mm\/yyyy/);
  });
  it('refuses fractional counts and dates before the Law took effect', () => {
    expect(validateActivity({ ...good, participants: 12.5 }).map((e) => e.field)).toEqual(['participants']);
    expect(validateActivity({ ...good, date: '2022-05-01' }).map((e) => e.field)).toEqual(['date']);
  });
  it('refuses a kind that does not apply to the unit', () => {
    expect(validateActivity({ ...good, kind: 'HUONG_UOC' }, 'dnnn').map((e) => e.field)).toEqual(['kind']);
    expect(validateActivity({ ...good, kind: 'HUONG_UOC' }, 'xa')).toEqual([]);
    expect(activityKindsFor('xa')).toHaveLength(14);
    expect(activityKindsFor('dn_khac')).not.toContain('HUONG_UOC');
  });
});

describe('reading kinds and forms as people write them', () => {
  it('accepts the code, the number and the name with or without diacritics', () => {
    expect(parseActivityKind('TUYEN_TRUYEN')).toBe('TUYEN_TRUYEN');
    expect(parseActivityKind('2')).toBe('TUYEN_TRUYEN');
    expect(parseActivityKind('Công khai thông tin')).toBe('CONG_KHAI');
    expect(parseActivityKind('cong khai thong tin')).toBe('CONG_KHAI');
    expect(parseActivityKind('Đối thoại')).toBe('DOI_THOAI');
    expect(parseActivityKind('15')).toBeNull();
    expect(parseActivityKind('họp')).toBeNull();
  });
  it('accepts the short names of ACTIVITY_KIND_ALIASES, numbers written "05", "5." or "Loại 5", and refuses vague words', () => {
    expect(parseActivityKind('Dân chủ trực tiếp')).toBe('DAN_CHU_TRUC_TIEP');
    expect(parseActivityKind('DAN CHU TRUC TIEP')).toBe('DAN_CHU_TRUC_TIEP');
    expect(parseActivityKind('Họp thôn')).toBe('DAN_CHU_TRUC_TIEP');
    expect(parseActivityKind('05')).toBe('DAN_CHU_TRUC_TIEP');
    expect(parseActivityKind('5.')).toBe('DAN_CHU_TRUC_TIEP');
    expect(parseActivityKind('Loại 5')).toBe('DAN_CHU_TRUC_TIEP');
    expect(parseActivityKind('Lãnh đạo - chỉ đạo')).toBe('LANH_DAO');
    expect(parseActivityKind('Tập huấn/bồi dưỡng')).toBe('TAP_HUAN');
    expect(parseActivityKind('Tiếp dân')).toBe('TIEP_CONG_DAN');
    expect(parseActivityKind('Chuyển đổi số')).toBe('CNTT');
    expect(parseActivityKind('Ban Thanh tra nhân dân')).toBe('GIAM_SAT');
    expect(parseActivityKind('Quy ước')).toBe('HUONG_UOC');
    expect(parseActivityKind('Khảo sát sự hài lòng của người dân')).toBe('KHAO_SAT');
    expect(parseActivityKind('Hội nghị')).toBeNull();
    expect(parseActivityKind('0')).toBeNull();
  });
  it('every alias names exactly its own kind', () => {
    for (const k of ACTIVITY_KINDS) for (const a of ACTIVITY_KIND_ALIASES[k]) expect(parseActivityKind(a), a).toBe(k);
  });
  it('reads the form', () => {
    expect(parseActivityForm('Trực tuyến')).toBe('truc_tuyen');
    expect(parseActivityForm('ket hop')).toBe('ket_hop');
    expect(parseActivityForm('')).toBe('truc_tiep');
    expect(parseActivityForm('qua thư')).toBeNull();
  });
});

describe('the same activity twice', () => {
  it('a duplicate key ignores case, diacritics, spaces and punctuation of the title, not the date or kind', () => {
    const a = { date: '2026-03-07', kind: 'DOI_THOAI' as const, title: 'Đối thoại lần 2' };
    expect(duplicateKey({ ...a, title: '  ĐỐI THOẠI  lần 2. ' })).toBe(duplicateKey(a));
    expect(duplicateKey({ ...a, title: 'Doi thoai lan 2' })).toBe(duplicateKey(a));
    expect(duplicateKey({ ...a, date: '2026-03-08' })).not.toBe(duplicateKey(a));
    expect(duplicateKey({ ...a, kind: 'LAY_Y_KIEN' })).not.toBe(duplicateKey(a));
    expect(duplicateKey({ ...a, title: 'Đối thoại lần 3' })).not.toBe(duplicateKey(a));
  });
  it('similar titles: the same words or nearly; a different number or a longer subject is another activity', () => {
    expect(similarTitles('Đối thoại lần 2', 'đối thoại lần 2.')).toBe(true);
    expect(similarTitles('Hội nghị tuyên truyền Luật dân chủ', 'Hội nghị tuyên truyền Luật dân chủ cơ sở')).toBe(true);
    expect(similarTitles('Đối thoại lần 2', 'Đối thoại lần 3')).toBe(false);
    expect(similarTitles('Đối thoại lần 2', 'Đối thoại lần 2 với Nhân dân thôn Nà Khuy')).toBe(false);
  });
  it('near duplicates are of the same day and kind, and never the activity being edited', () => {
    const recorded = [
      { id: 1, date: '2026-03-07', kind: 'DOI_THOAI' as const, title: 'Đối thoại lần 2' },
      { id: 2, date: '2026-03-08', kind: 'DOI_THOAI' as const, title: 'Đối thoại lần 2' },
      { id: 3, date: '2026-03-07', kind: 'LAY_Y_KIEN' as const, title: 'Đối thoại lần 2' },
    ];
    expect(nearDuplicates({ date: '2026-03-07', kind: 'DOI_THOAI', title: 'Doi thoai lan 2' }, recorded).map((r) => r.id)).toEqual([1]);
    expect(nearDuplicates({ date: '2026-03-07', kind: 'DOI_THOAI', title: 'Đối thoại lần 2' }, recorded, 1)).toEqual([]);
  });
});

describe('status words', () => {
  it('reads Vietnamese words, labels and codes; refuses others', () => {
    expect(['đã thực hiện', 'Da thuc hien', 'done', 'Đã thực hiện.'].map(parseInspectionStatus)).toEqual(['done', 'done', 'done', 'done']);
    expect(['một phần', 'Thực hiện một phần', 'partly'].map(parseInspectionStatus)).toEqual(['partly', 'partly', 'partly']);
    expect(['chưa', 'Chưa thực hiện', 'not_done', 'not done'].map(parseInspectionStatus)).toEqual(['not_done', 'not_done', 'not_done', 'not_done']);
    expect(['không áp dụng', 'na'].map(parseInspectionStatus)).toEqual(['na', 'na']);
    expect(['chưa bắt đầu', 'Chưa triển khai', 'đang thực hiện', 'hoàn thành', 'Đã hoàn thành', 'in_progress'].map(parseTaskStatus)).toEqual([
      'not_started',
      'not_started',
      'in_progress',
      'done',
      'done',
      'in_progress',
    ]);
    expect(parseInspectionStatus('gần xong')).toBeNull();
    expect(parseTaskStatus('')).toBeNull();
  });
});
