// The shipped plans against the source documents (shared/seeds): every target with its threshold
// and the kinds its wording names, every task with its time frame, due date and owners, every
// deadline. The quotes below are the seeds' words.
import { describe, expect, it } from 'vitest';
import { describePeriod } from '../../shared/domain/periods';
import { formulaCodes } from '../../shared/domain/resolve';
import type { UnitKind } from '../../shared/domain/units';
import { BUILTIN_REGISTRY, findPlan } from '../../shared/plans/registry';
import { planPeriodSettings, resolveUnitPlan } from '../../shared/plans/resolve';
import type { Plan } from '../../shared/plans/schema';

const plan = (id: string): Plan => findPlan(BUILTIN_REGISTRY, id)!;
const XC: UnitKind[] = ['xa', 'co_quan', 'su_nghiep'];

type Row = [code: string, quote: string, op: 'eq' | 'gte' | 'gt', threshold: number, kinds: UnitKind[] | undefined, figures: string[]];

const LAO_CAI_TARGETS: Row[] = [
  ['LC-1', '100% cơ quan, đơn vị, địa phương thực hiện đầy đủ các nội dung công khai', 'eq', 100, XC, ['B1_DA', 'B1_PHAI']],
  ['LC-2', '100% người đứng đầu cơ quan, đơn vị, địa phương thực hiện tiếp xúc, đối thoại định kỳ', 'eq', 100, XC, ['D2_CUOC']],
  ['LC-3', 'đạt từ 90% trở lên về mức độ hài lòng của người dân và doanh nghiệp đối với hoạt động của chính quyền cơ sở', 'gte', 90, ['xa'], ['H2_HL', 'H2_PHIEU']],
  ['LC-4a', '100% phản ánh, kiến nghị thuộc thẩm quyền được tiếp nhận, phân loại và phản hồi', 'eq', 100, undefined, ['G2_PH', 'G2_NHAN']],
  ['LC-4b', 'trên 95% phản ánh, kiến nghị được giải quyết đúng thời hạn theo quy định', 'gt', 95, undefined, ['G2_DH', 'G2_NHAN']],
  ['LC-5', '100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình', 'eq', 100, XC, ['H1_TT', 'H1_DK']],
  ['LC-6', '100% chính quyền cấp xã thực hiện công khai các nội dung thuộc phạm vi dân chủ ở cơ sở trên môi trường số', 'eq', 100, ['xa'], ['B3_SO']],
  ['LC-7', '100% Ban Thanh tra Nhân dân, Ban Giám sát đầu tư của cộng đồng được tập huấn nghiệp vụ hằng năm', 'eq', 100, ['xa', 'co_quan', 'su_nghiep', 'dnnn'], ['E5_BAN_TH', 'E5_BAN']],
];

const THANH_HOA_TARGETS: Row[] = [
  ['TH-2.1', 'cho 100% cán bộ, công chức, viên chức, người lao động được giao phụ trách, tham mưu việc thực hiện dân chủ ở cơ sở, thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', 'eq', 100, undefined, ['A4_PT_TH', 'A4_PT_TONG', 'E3_TH', 'E3_TONG']],
  ['TH-2.2', 'Tuyên truyền, phổ biến nâng cao nhận thức trong thực hiện dân chủ ở cơ sở cho 100% cán bộ, công chức, viên chức, người lao động và Nhân dân', 'eq', 100, undefined, ['A3_CB_TT', 'A3_CB_TONG', 'A3_THON_TT', 'C3_THON']],
  ['TH-2.3', 'tại 100% các cơ quan, đơn vị, địa phương, doanh nghiệp', 'eq', 100, undefined, ['H5_CNTT']],
  ['TH-2.4', 'Ban hành quy chế thực hiện dân chủ ở cơ sở; công khai nội dung liên quan đến thực hiện dân chủ ở cơ sở', 'eq', 100, undefined, ['A2', 'B1_DA', 'B1_PHAI']],
  ['TH-2.5', 'công nhận hương ước, quy ước đối với 100% các thôn, tổ dân phố', 'eq', 100, ['xa'], ['F1_CO', 'C3_THON', 'F4_TH', 'F4_TONG']],
  ['TH-2.6', 'Kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng', 'eq', 100, ['xa', 'co_quan', 'su_nghiep', 'dnnn'], ['E4_KIEN_TOAN']],
];

describe.each([
  ['lao-cai', LAO_CAI_TARGETS],
  ['thanh-hoa', THANH_HOA_TARGETS],
] as const)('%s: targets as the seed words them', (id, rows) => {
  it.each(rows.map((r) => [r[0], r] as const))('%s', (_code, [code, quote, op, threshold, kinds, figures]) => {
    const t = plan(id).targets.find((x) => x.code === code)!;
    expect(t.source).toContain(quote);
    expect({ op: t.op, threshold: t.threshold, kinds: t.kinds }).toEqual({ op, threshold, kinds });
    expect(formulaCodes(t.result)).toEqual(figures);
  });
  it('has no other target', () => {
    expect(plan(id).targets.map((t) => t.code)).toEqual(rows.map((r) => r[0]));
  });
});

// Sample units of a province, to see who owns each task.
const units = (province: string, profileId = province) => ({
  soNoiVu: { kind: 'co_quan' as const, name: `Sở Nội vụ tỉnh ${province}`, parentBody: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, profileId },
  soTuPhap: { kind: 'co_quan' as const, name: `Sở Tư pháp tỉnh ${province}`, parentBody: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, profileId },
  soVhttdl: { kind: 'co_quan' as const, name: `Sở Văn hóa, Thể thao và Du lịch tỉnh ${province}`, parentBody: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, profileId },
  soXayDung: { kind: 'co_quan' as const, name: `Sở Xây dựng tỉnh ${province}`, parentBody: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, profileId },
  truongTinh: { kind: 'su_nghiep' as const, name: 'Trường Cao đẳng Cộng đồng', parentBody: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, profileId },
  xa: { kind: 'xa' as const, name: 'Ủy ban nhân dân xã Thử Nghiệm', parentBody: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, profileId },
  truongXa: { kind: 'su_nghiep' as const, name: 'Trường Tiểu học Thử Nghiệm', parentBody: 'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM', profileId },
  dnnn: { kind: 'dnnn' as const, name: 'Công ty TNHH MTV Thủy lợi', parentBody: '', profileId },
  dn: { kind: 'dn_khac' as const, name: 'Công ty Cổ phần Chè', parentBody: '', profileId },
});
type Who = keyof ReturnType<typeof units>;
const ALL_WHO: Who[] = ['soNoiVu', 'soTuPhap', 'soVhttdl', 'soXayDung', 'truongTinh', 'xa', 'truongXa', 'dnnn', 'dn'];
const KIND_WIDE: Who[] = ['soNoiVu', 'soTuPhap', 'soVhttdl', 'soXayDung', 'truongTinh', 'xa', 'dnnn', 'dn'];
const STATE: Who[] = ['soNoiVu', 'soTuPhap', 'soVhttdl', 'soXayDung', 'truongTinh', 'xa'];

function owners(id: string, province: string, taskId: string): Who[] {
  const u = units(province, id);
  return ALL_WHO.filter((w) => resolveUnitPlan(BUILTIN_REGISTRY, u[w])!.tasks.some((t) => t.id === taskId));
}

type TaskRow = [id: string, quote: string, timeframe: string, due: string | null, owners: Who[]];
const YEARLY = 'Thường xuyên hằng năm';
const NOTIME = 'Kế hoạch không ghi thời gian thực hiện';

// Seed 000: "Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc Ủy ban nhân dân (UBND) tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động."
const LAO_CAI_TASKS: TaskRow[] = [
  ['LC-T1', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T2', 'Cơ quan chủ trì: Sở Nội vụ', YEARLY, null, ['soNoiVu']],
  ['LC-T3', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T4', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T5', 'Cơ quan chủ trì: Sở Tư pháp', YEARLY, null, ['soTuPhap']],
  ['LC-T6', 'Cơ quan chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', YEARLY, null, []],
  ['LC-T7', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T8', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T9', 'hoàn thành trong quý I/2026 đối với cơ quan, đơn vị chưa có chuyên mục', 'Thường xuyên hằng năm đối với chuyên mục đã thực hiện; hoàn thành trong quý I/2026 đối với cơ quan, đơn vị chưa có chuyên mục', '2026-03-31', STATE],
  ['LC-T10', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã.', YEARLY, null, STATE],
  ['LC-T11', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T12', 'Sở Nội vụ chủ trì, tham mưu UBND tỉnh biểu dương và khen thưởng kịp thời các tập thể, cá nhân tiêu biểu', YEARLY, null, ['soNoiVu']],
  ['LC-T13', 'Cơ quan thực hiện: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động', YEARLY, null, KIND_WIDE],
  ['LC-T14', 'Mục III.7. Các sở, ban, ngành, đơn vị sự nghiệp thuộc tỉnh', NOTIME, null, ['soNoiVu', 'soTuPhap', 'soVhttdl', 'soXayDung', 'truongTinh']],
  ['LC-T15', 'Mục III.8. Ủy ban nhân dân các xã, phường', NOTIME, null, ['xa']],
  ['LC-T16', 'Mục III.9. Các doanh nghiệp, tổ chức có sử dụng người lao động', NOTIME, null, ['dnnn', 'dn']],
  ['LC-T17', 'Mục III.1. Sở Nội vụ', NOTIME, null, ['soNoiVu']],
  ['LC-T18', 'Mục III.2. Sở Tư pháp', NOTIME, null, ['soTuPhap']],
  ['LC-T19', 'Mục III.3. Sở Khoa học và Công nghệ', NOTIME, null, []],
  ['LC-T20', 'Mục III.4. Sở Văn hoá, Thể thao và Du lịch', NOTIME, null, ['soVhttdl']],
  ['LC-T21', 'Mục III.5. Sở Tài chính', NOTIME, null, []],
  ['LC-T22', 'Mục III.6. Thanh tra tỉnh', NOTIME, null, []],
];

const ALL_TH: Who[] = ALL_WHO;
const THANH_HOA_TASKS: TaskRow[] = [
  ['TH-T1', 'Đơn vị thực hiện: Sở Nội vụ. Thời gian thực hiện: Hoàn thành chậm nhất trong tháng 3/2025.', 'Hoàn thành chậm nhất trong tháng 3/2025', '2025-03-31', ['soNoiVu']],
  ['TH-T2', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức có liên quan. Thời gian thực hiện: Hoàn thành chậm nhất trong tháng 3/2025.', 'Hoàn thành chậm nhất trong tháng 3/2025', '2025-03-31', ALL_TH],
  ['TH-T3', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức, địa phương. Thời gian thực hiện: Thường xuyên.', 'Thường xuyên', null, ALL_TH],
  ['TH-T4', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức và địa phương. Thời gian thực hiện: Hoàn thành trong năm 2025.', 'Hoàn thành trong năm 2025', '2025-12-31', ALL_TH],
  ['TH-T5', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức và địa phương. Thời gian thực hiện: Hoàn thành trong năm 2025.', 'Hoàn thành trong năm 2025', '2025-12-31', ALL_TH],
  ['TH-T6', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức và địa phương. Thời gian thực hiện: Thường xuyên.', 'Thường xuyên', null, ALL_TH],
  ['TH-T7', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức và địa phương. Thời gian thực hiện: Thường xuyên.', 'Thường xuyên', null, ALL_TH],
  ['TH-T8', 'Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch. Đơn vị phối hợp: UBND các huyện, thị xã, thành phố. Thời gian thực hiện: Hoàn thành chậm nhất trong tháng 6/2025.', 'Hoàn thành chậm nhất trong tháng 6/2025', '2025-06-30', ['soVhttdl']],
  ['TH-T9', 'Đơn vị thực hiện: UBND các xã, phường, thị trấn. Thời gian thực hiện: Hoàn thành chậm nhất trong tháng 12/2025.', 'Hoàn thành chậm nhất trong tháng 12/2025', '2025-12-31', ['xa']],
  ['TH-T10', 'Đơn vị thực hiện: UBND các xã, phường, thị trấn. Thời gian thực hiện: Thường xuyên.', 'Thường xuyên', null, ['xa']],
  ['TH-T11', 'Đơn vị thực hiện: Các cơ quan, đơn vị, tổ chức và địa phương. Thời gian thực hiện: Hoàn thành trong năm 2025.', 'Hoàn thành trong năm 2025', '2025-12-31', ['soNoiVu', 'soTuPhap', 'soVhttdl', 'soXayDung', 'truongTinh', 'xa', 'truongXa', 'dnnn']],
  ['TH-T12', 'IV.9. Các sở, ban, ngành và cơ quan, đơn vị, tổ chức liên quan', NOTIME, null, ['soNoiVu', 'soTuPhap', 'soVhttdl', 'soXayDung', 'truongTinh', 'truongXa', 'dnnn', 'dn']],
  ['TH-T13', 'IV.10. Ủy ban nhân dân các cấp', NOTIME, null, ['xa']],
  ['TH-T14', 'IV.4. Sở Nội vụ', NOTIME, null, ['soNoiVu']],
  ['TH-T15', 'IV.5. Sở Tư pháp', NOTIME, null, ['soTuPhap']],
  ['TH-T16', 'IV.6. Sở Tài chính', 'Hằng năm', null, []],
  ['TH-T17', 'IV.7. Sở Khoa học và Công nghệ', NOTIME, null, []],
  ['TH-T18', 'IV.8. Sở Văn hóa, Thể thao và Du lịch', NOTIME, null, ['soVhttdl']],
];

describe.each([
  ['lao-cai', 'Lào Cai', LAO_CAI_TASKS],
  ['thanh-hoa', 'Thanh Hóa', THANH_HOA_TASKS],
] as const)('%s: tasks, their time frame and who owns them', (id, province, rows) => {
  it.each(rows.map((r) => [r[0], r] as const))('%s', (_id, [taskId, quote, timeframe, due, who]) => {
    const t = plan(id).tasks.find((x) => x.id === taskId)!;
    expect(t.source).toContain(quote);
    expect({ timeframe: t.timeframe, due: t.due }).toEqual({ timeframe, due });
    expect(owners(id, province, taskId)).toEqual(who);
  });
  it('has no other task', () => {
    expect(plan(id).tasks.map((t) => t.id)).toEqual(rows.map((r) => r[0]));
  });
});

const BINH_LU_TASKS: TaskRow[] = [
  ['BL-T1', 'chủ động xây dựng kế hoạch tổ chức triển khai thực hiện', 'Kế hoạch không ghi thời hạn (kế hoạch năm 2026)', null, []],
  ['BL-T2', 'báo cáo định kỳ 06 tháng (trước ngày 05/5)', 'Trước ngày 05/5/2026', '2026-05-04', []],
  ['BL-T3', '01 năm (trước ngày 05/11)', 'Trước ngày 05/11/2026', '2026-11-04', []],
  ['BL-T4', 'Tổ chức sơ kết, tổng kết rút kinh nghiệm trong triển khai, tổ chức thực hiện', 'Định kỳ', null, []],
  ['BL-T5', 'Xây dựng và thực hiện Quy chế dân chủ cơ sở trong hoạt động của cơ quan', 'Kế hoạch không ghi thời hạn (kế hoạch năm 2026)', null, []],
  ['BL-T6', 'rà soát các văn bản do cơ quan, đơn vị đã ban hành', 'Kế hoạch không ghi thời hạn (kế hoạch năm 2026)', null, []],
  ['BL-T7', 'Tiếp tục tổ chức quán triệt, tuyên truyền, phổ biến', 'Kế hoạch không ghi thời hạn (kế hoạch năm 2026)', null, []],
  ['BL-T8', 'Tham mưu xây dựng kế hoạch triển khai thực hiện', 'Kế hoạch không ghi thời hạn (kế hoạch năm 2026)', null, []],
  ['BL-T9', 'của UBND xã gửi cơ quan cấp trên đảm bảo quy định', 'Định kỳ 06 tháng, 01 năm hoặc đột xuất', null, []],
  ['BL-T10', 'Tăng cường thực hiện tốt công tác phối hợp tuyên truyền, giám sát quá trình tổ chức thực hiện', 'Kế hoạch không ghi thời hạn (kế hoạch năm 2026)', null, []],
];
const MEMBER_TASKS = ['BL-T1', 'BL-T2', 'BL-T3', 'BL-T4', 'BL-T5', 'BL-T6', 'BL-T7'];

describe('lai-chau-binh-lu: KH 363, a commune plan under Lai Châu', () => {
  it.each(BINH_LU_TASKS.map((r) => [r[0], r] as const))('%s as the plan words it', (_id, [taskId, quote, timeframe, due]) => {
    const t = plan('lai-chau-binh-lu').tasks.find((x) => x.id === taskId)!;
    expect(t.source).toContain(quote);
    expect({ timeframe: t.timeframe, due: t.due }).toEqual({ timeframe, due });
  });
  it('"các cơ quan, đơn vị thuộc UBND xã" own III.1; Phòng Văn hóa - Xã hội (of the commune) III.2; the Mặt trận is not a reporting unit', () => {
    const school = { kind: 'su_nghiep' as const, name: 'Trường Mầm non Bình Lư', parentBody: 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ', profileId: 'lai-chau-binh-lu' };
    const centre = { kind: 'co_quan' as const, name: 'Trung tâm Phục vụ hành chính công xã Bình Lư', parentBody: 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ', profileId: 'lai-chau-binh-lu' };
    const commune = { kind: 'xa' as const, name: 'Ủy ban nhân dân xã Bình Lư', parentBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', profileId: 'lai-chau-binh-lu' };
    for (const u of [school, centre]) expect(resolveUnitPlan(BUILTIN_REGISTRY, u)!.tasks.map((t) => t.id)).toEqual(MEMBER_TASKS);
    expect(resolveUnitPlan(BUILTIN_REGISTRY, commune)!.tasks.map((t) => t.id)).toEqual(['BL-T8', 'BL-T9']);
  });
  it('deadlines: "trước ngày 05/5" and "trước ngày 05/11", so due 04/5 and 04/11, data to 30/4 and 31/10', () => {
    const p = plan('lai-chau-binh-lu');
    expect(p.reporting.map((r) => [r.period, r.deadline?.monthDay])).toEqual([
      ['H1', '05-04'],
      ['Y', '11-04'],
    ]);
    for (const r of p.reporting) expect(r.source).toContain('báo cáo định kỳ 06 tháng (trước ngày 05/5), 01 năm (trước ngày 05/11)');
    const s = planPeriodSettings(p);
    expect(describePeriod('2026-H1', s)).toMatchObject({ to: '2026-04-30', deadline: '2026-05-04' });
    expect(describePeriod('2026-Y', s)).toMatchObject({ to: '2026-10-31', deadline: '2026-11-04' });
    expect(p.reportTo).toBe('Ủy ban nhân dân xã Bình Lư (qua Phòng Văn hóa - Xã hội)');
  });
});

describe('deadlines the seeds give, and say so where they give none', () => {
  it('Lào Cai: "Hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20/11"; no 6-month deadline', () => {
    const p = plan('lao-cai');
    const y = p.reporting.find((r) => r.period === 'Y')!;
    expect(y.source).toContain('Hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20/11');
    expect(y.deadline).toEqual({ monthDay: '11-19' });
    const h1 = p.reporting.find((r) => r.period === 'H1')!;
    expect(h1.deadline).toBeNull();
    expect(h1.source).toContain('không quy định hạn nộp');
    expect(describePeriod('2026-Y', planPeriodSettings(p))).toMatchObject({ to: '2026-10-31', deadline: '2026-11-19', warnings: [] });
  });
  it('Thanh Hóa: "báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện", no date', () => {
    const p = plan('thanh-hoa');
    expect(p.reportTo).toBe('Ủy ban nhân dân tỉnh Thanh Hóa (qua Sở Nội vụ)');
    for (const r of p.reporting) {
      expect(r.deadline).toBeNull();
      expect(r.source).toContain('báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện trong báo cáo kết quả thực hiện dân chủ ở cơ sở');
    }
  });
  it('Lai Châu: the province plan is not in the seeds: no deadline, no target, no task; units report to Sở Nội vụ', () => {
    const p = plan('lai-chau');
    expect(p).toMatchObject({ reportTo: 'Sở Nội vụ tỉnh Lai Châu', targets: [], tasks: [] });
    for (const r of p.reporting) expect(r.deadline).toBeNull();
    expect(JSON.stringify(p)).not.toContain('Bình Lư');
  });
});
