import { describe, expect, it } from 'vitest';
import { activityKindsFor, parseActivityForm, parseActivityKind, validateActivity, type ActivityInput } from '../../shared/domain/activities';

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
  it('reads the form', () => {
    expect(parseActivityForm('Trực tuyến')).toBe('truc_tuyen');
    expect(parseActivityForm('ket hop')).toBe('ket_hop');
    expect(parseActivityForm('')).toBe('truc_tiep');
    expect(parseActivityForm('qua thư')).toBeNull();
  });
});
