// The logic that lives in the renderer, tested without a browser: table search/filter/sort, the
// activity form's parsing, period choices, unit-form helpers, cut-off overrides, figure checks.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activities';
import { figureDef } from '../../shared/domain/catalog';
// tsconfig.node.json (which type-checks tests/) does not list renderer/src, so TypeScript reports
// TS6307 on these imports although the modules are plain, DOM-free TypeScript checked by
// tsconfig.web.json. Each ignore covers only that project-listing error.
import { draftFrom, emptyDraft, inputOf, parseDraft } from '../../renderer/src/features/activities/formModel';
import { applyQuery, DEFAULT_QUERY, monthsOf, toggleSort } from '../../renderer/src/features/activities/tableLogic';
import { readTyped, ruleProblems } from '../../renderer/src/features/figures/figureInput';
import { agencyLines } from '../../renderer/src/features/report/agency';
import { overridesToText, parseDayMonth, textToOverrides } from '../../renderer/src/features/settings/overrides';
import { adhocPeriodId, periodChoices, periodOptionLabel, standardPeriods } from '../../renderer/src/lib/periodOptions';
import { groupUnitErrors, suggestUnitCode, unitFieldOf } from '../../renderer/src/lib/unitForm';

const act = (id: number, date: string, kind: Activity['kind'], title: string, extra: Partial<Activity> = {}): Activity => ({
  id,
  date,
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

const LIST: Activity[] = [
  act(1, '2026-03-05', 'TUYEN_TRUYEN', 'Hội nghị tuyên truyền Luật', { participants: 120, sessions: 2 }),
  act(2, '2026-01-20', 'DOI_THOAI', 'Đối thoại với Nhân dân thôn Sín Chải', { participants: 85 }),
  act(3, '2026-01-15', 'CONG_KHAI', 'Công khai dự toán ngân sách', { basisDoc: 'Quyết định số 12/QĐ-UBND' }),
];

describe('bảng hoạt động', () => {
  it('tìm không dấu, lọc theo loại và tháng, sắp xếp', () => {
    expect(applyQuery(LIST, { ...DEFAULT_QUERY, search: 'doi thoai' }).map((a) => a.id)).toEqual([2]);
    expect(applyQuery(LIST, { ...DEFAULT_QUERY, search: '12/QĐ' }).map((a) => a.id)).toEqual([3]);
    expect(applyQuery(LIST, { ...DEFAULT_QUERY, kind: 'TUYEN_TRUYEN' }).map((a) => a.id)).toEqual([1]);
    expect(applyQuery(LIST, { ...DEFAULT_QUERY, month: '2026-01' }).map((a) => a.id)).toEqual([3, 2]);
    const byPeople = toggleSort(DEFAULT_QUERY, 'participants');
    expect(applyQuery(LIST, byPeople).map((a) => a.id)).toEqual([3, 2, 1]);
    expect(applyQuery(LIST, toggleSort(byPeople, 'participants')).map((a) => a.id)).toEqual([1, 2, 3]);
    expect(monthsOf(LIST)).toEqual([
      { value: '2026-01', label: 'Tháng 01/2026' },
      { value: '2026-03', label: 'Tháng 03/2026' },
    ]);
  });
});

describe('thứ tự tiếng Việt của tên hoạt động', () => {
  it('sorts by title in Vietnamese order: D before Đ, A before Ă before Â, tones after the bare letter, lower case first', () => {
    const titles = ['Đối thoại', 'Dân vận', 'Ân cần', 'Ăn ở', 'An toàn', 'an toàn', 'Ấn định', 'Đ', 'Dương', 'Công khai “số 2”', 'Công khai (lần 1)', 'công khai'];
    const list = titles.map((t, i) => act(i + 1, '2026-01-01', 'CONG_KHAI', t));
    expect(applyQuery(list, toggleSort(DEFAULT_QUERY, 'title')).map((a) => a.title)).toEqual([
      'an toàn',
      'An toàn',
      'Ăn ở',
      'Ân cần',
      'Ấn định',
      'công khai',
      'Công khai “số 2”',
      'Công khai (lần 1)',
      'Dân vận',
      'Dương',
      'Đ',
      'Đối thoại',
    ]);
  });

  it('orders any text of Vietnamese letters, tones, case, digits and punctuation exactly as Intl.Collator("vi"), also text not in NFC', () => {
    const letters = [...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ'];
    const chars = [...letters, ...letters.map((c) => c.toUpperCase()), ' ', '-', '0', '1', '9', '(', '“', '.', ',', '/', 'f', 'W', '\u0306', '\u0301', 'ア'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    // Mostly the first letters (a and its tones), so many texts share a start and differ late.
    const text = () => {
      const t = Array.from({ length: 1 + Math.floor(next() * 6) }, () => chars[Math.floor(next() * (next() < 0.5 ? 12 : chars.length))]).join('');
      return next() < 0.1 ? t.normalize('NFD') : t;
    };
    const list = Array.from({ length: 3000 }, (_, i) => act(i + 1, '2026-01-01', 'CONG_KHAI', text()));
    const collator = new Intl.Collator('vi');
    const expected = [...list].sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id).map((a) => a.id);
    expect(applyQuery(list, toggleSort(DEFAULT_QUERY, 'title')).map((a) => a.id)).toEqual(expected);
  });
});

describe('biểu mẫu hoạt động', () => {
  it('đọc ngày dd/mm/yyyy và số 1.240, báo lỗi từng ô', () => {
    const d = { ...emptyDraft(), date: '31/02/2026', kind: 'TAP_HUAN' as const, title: 'Tập huấn', participants: '1.240', sessions: '' };
    const bad = parseDraft(d, 'xa');
    expect(bad.input).toBeNull();
    expect(bad.errors.date).toContain('dd/mm/yyyy');
    expect(bad.errors.sessions).toContain('Số buổi');
    const good = parseDraft({ ...d, date: '5/3/2026', sessions: '2' }, 'xa');
    expect(good.errors).toEqual({});
    expect(good.input).toMatchObject({ date: '2026-03-05', sessions: 2, participants: 1240, kind: 'TAP_HUAN' });
    expect(parseDraft({ ...d, date: '' }).errors.date).toContain('Chưa nhập ngày');
  });

  it('hương ước chỉ dành cho xã', () => {
    const d = { ...emptyDraft(), date: '05/03/2026', kind: 'HUONG_UOC' as const, title: 'Rà soát hương ước' };
    expect(parseDraft(d, 'xa').input).not.toBeNull();
    expect(parseDraft(d, 'co_quan').errors.kind).toContain('không áp dụng');
  });

  it('sửa và hoàn tác giữ nguyên dữ liệu', () => {
    const a = LIST[0]!;
    expect(inputOf(a)).not.toHaveProperty('id');
    const back = parseDraft(draftFrom(inputOf(a)), 'xa');
    expect(back.input).toEqual(inputOf(a));
  });
});

describe('kỳ báo cáo', () => {
  it('các kỳ chuẩn và báo cáo đột xuất', () => {
    expect(standardPeriods(2026).map((p) => p.id)).toEqual(['2026-H1', '2026-Y', '2025-H1', '2025-Y']);
    expect(adhocPeriodId('01/05/2026', '31/8/2026')).toEqual({ id: '2026-05-01..2026-08-31' });
    expect(adhocPeriodId('31/08/2026', '01/05/2026')).toEqual({ error: 'Ngày bắt đầu phải trước ngày kết thúc.' });
    expect('error' in adhocPeriodId('32/05/2026', '01/06/2026')).toBe(true);
    expect(periodOptionLabel('2026-05-01..2026-08-31')).toBe('Đột xuất: 01/05/2026 – 31/08/2026');
    expect(periodChoices(2026, '2024-Y').at(-1)).toEqual({ id: '2024-Y', label: 'Năm 2024' });
  });
});

describe('thông tin đơn vị', () => {
  it('gợi ý mã và gắn lỗi vào đúng ô', () => {
    expect(suggestUnitCode('Ủy ban nhân dân xã Tả Phìn')).toBe('UBND-TAPHIN');
    expect(suggestUnitCode('Trường Tiểu học Kim Đồng')).toBe('TTHKD');
    expect(unitFieldOf('Mã đơn vị chỉ gồm chữ không dấu…')).toBe('code');
    expect(unitFieldOf('Quyền hạn ký (thay mặt/ký thay cho): không được để trống.')).toBe('signer.onBehalfOf');
    expect(unitFieldOf('tham số.signer.name: dài quá 120 ký tự.')).toBe('signer.name');
    expect(unitFieldOf('Điều gì khác')).toBe('general');
    expect(groupUnitErrors(['Địa danh: không được để trống.', 'Ký hiệu cơ quan: không được để trống.'])).toEqual({
      placeName: 'Địa danh: không được để trống.',
      docSymbol: 'Ký hiệu cơ quan: không được để trống.',
    });
  });

  it('thời gian chốt số liệu và hạn nộp riêng của đơn vị', () => {
    expect(parseDayMonth('15/12')).toBe('12-15');
    expect(parseDayMonth('31/4')).toBeNull();
    const base = { cutoff: { H2: { from: { monthDay: '06-15' }, to: { monthDay: '12-14' } } } };
    const r = textToOverrides(
      {
        H1: { from: '15/12', fromPrevYear: true, to: '30/4', deadline: '05/5', deadlineNextYear: false },
        Y: { from: '', fromPrevYear: true, to: '', deadline: '', deadlineNextYear: false },
      },
      base,
    );
    expect(r.errors).toEqual({});
    expect(r.value).toEqual({
      cutoff: { H2: base.cutoff.H2, H1: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '04-30' } } },
      deadline: { H1: { monthDay: '05-05' } },
    });
    expect(overridesToText(r.value, 'H1')).toEqual({ from: '15/12', fromPrevYear: true, to: '30/04', deadline: '05/05', deadlineNextYear: false });
    const half = textToOverrides({ H1: { ...overridesToText({}, 'H1'), from: '15/12' }, Y: overridesToText({}, 'Y') }, {});
    expect(half.errors['H1.cutoff']).toContain('cả hai ngày');
  });
});

describe('số liệu và báo cáo', () => {
  it('kiểm tra số khi đang gõ', () => {
    const nhan = figureDef('G2_NHAN')!;
    expect(readTyped(nhan, '1.240')).toEqual({ kind: 'value', value: 1240 });
    expect(readTyped(nhan, '')).toEqual({ kind: 'blank' });
    expect(readTyped(nhan, 'abc').kind).toBe('bad');
    expect(readTyped(nhan, '12,5').kind).toBe('bad');
    expect(readTyped(figureDef('A2')!, '2').kind).toBe('bad');
    // The CLI's words in the box.
    expect(readTyped(nhan, 'kps')).toEqual({ kind: 'none' });
    expect(readTyped(nhan, 'Không phát sinh')).toEqual({ kind: 'none' });
    expect(readTyped(figureDef('A2')!, 'không')).toEqual({ kind: 'value', value: 0 });
    expect(readTyped(figureDef('A2')!, 'Có')).toEqual({ kind: 'value', value: 1 });
    expect(readTyped(nhan, 'không').kind).toBe('bad');
    const values = new Map<string, number | null>([['H2_PHIEU', 500]]);
    expect(ruleProblems('H2_HL', 600, values)).toEqual(['Số phiếu hài lòng không được lớn hơn số phiếu thu về.']);
    expect(ruleProblems('H2_HL', 450, values)).toEqual([]);
  });

  it('tên cơ quan xuống dòng trước địa danh', () => {
    expect(agencyLines('Ủy ban nhân dân xã Bình Lư')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ BÌNH LƯ']);
    expect(agencyLines('SỞ NỘI VỤ')).toEqual(['SỞ NỘI VỤ']);
  });
});
