// Thanh Hóa: Nghị quyết số 53/2024/NQ-HĐND ngày 14/12/2024 and the UBND plan implementing it
// (seed 003): indicators 2.1–2.6 (khoản 2 Điều 2 of the resolution), measures 3.1–3.6 (Điều 3).
// Texts are the seed's words.
import type { ProvinceProfile, TargetDef, TaskDef, MeasureDef } from './types';
import type { UnitKind } from '../units';

const RESOLUTION =
  'Nghị quyết số 53/2024/NQ-HĐND ngày 14/12/2024 của Hội đồng nhân dân tỉnh Thanh Hóa về việc quyết định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn tỉnh Thanh Hóa';

const TARGET_BASIS = 'Khoản 2 Điều 2 Nghị quyết số 53/2024/NQ-HĐND ngày 14/12/2024 của Hội đồng nhân dân tỉnh Thanh Hóa';

const XC: UnitKind[] = ['xa', 'co_quan', 'su_nghiep'];
const XCD: UnitKind[] = ['xa', 'co_quan', 'su_nghiep', 'dnnn'];

/** Seed 003, II.2 "Nhiệm vụ thực hiện chỉ tiêu cụ thể": every indicator is "100%". */
const TARGETS: TargetDef[] = [
  {
    code: 'TH-2.1',
    label:
      'Cán bộ, công chức, viên chức, người lao động được giao phụ trách, tham mưu việc thực hiện dân chủ ở cơ sở được tập huấn, bồi dưỡng chuyên môn, nghiệp vụ',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'A4_PT_TH', den: 'A4_PT_TONG' },
    basis: TARGET_BASIS,
  },
  {
    code: 'TH-2.2',
    label:
      'Tuyên truyền, phổ biến nâng cao nhận thức trong thực hiện dân chủ ở cơ sở cho cán bộ, công chức, viên chức, người lao động và Nhân dân',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'atLeastOne', code: 'A3_HN' },
    basis: TARGET_BASIS,
  },
  {
    code: 'TH-2.3',
    label:
      'Ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội trong thực hiện dân chủ ở cơ sở (chuyên mục "Thực hiện dân chủ ở cơ sở" trên trang thông tin điện tử)',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'yes', code: 'H3_CHUYEN_MUC' },
    kinds: XC,
    basis: TARGET_BASIS,
  },
  {
    code: 'TH-2.4',
    label:
      'Ban hành quy chế thực hiện dân chủ ở cơ sở; công khai nội dung liên quan đến thực hiện dân chủ ở cơ sở',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'yes', code: 'A2' },
    basis: TARGET_BASIS,
  },
  {
    code: 'TH-2.5',
    label: 'Thôn, tổ dân phố xây dựng, được công nhận hương ước, quy ước',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'F1_CO', den: 'C3_THON' },
    kinds: ['xa'],
    basis: TARGET_BASIS,
  },
  {
    code: 'TH-2.6',
    label: 'Kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'yes', code: 'E4_KIEN_TOAN' },
    kinds: XCD,
    basis: TARGET_BASIS,
  },
];

/** Seed 003, II.3 "Nhiệm vụ thực hiện các biện pháp bảo đảm thực hiện dân chủ ở cơ sở (Điều 3 …)". */
const MEASURES: MeasureDef[] = [
  {
    code: '3.1',
    label:
      'Đào tạo, bồi dưỡng, nâng cao năng lực chuyên môn, nghiệp vụ cán bộ, công chức, viên chức, người lao động về pháp luật về thực hiện dân chủ ở cơ sở',
  },
  {
    code: '3.2',
    label:
      'Tổ chức thông tin, tuyên truyền, phổ biến, giáo dục pháp luật nói chung và pháp luật về thực hiện dân chủ ở cơ sở nói riêng',
  },
  {
    code: '3.3',
    label:
      'Nâng cao trách nhiệm của các cơ quan, đơn vị, tổ chức, địa phương, vai trò của người đứng đầu trong việc thực hiện và bảo đảm thực hiện dân chủ ở cơ sở',
  },
  {
    code: '3.4',
    label:
      'Đẩy mạnh ứng dụng công nghệ thông tin, khoa học - kỹ thuật, trang bị phương tiện kỹ thuật và bảo đảm các điều kiện cần thiết khác',
  },
  { code: '3.5', label: 'Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở' },
  {
    code: '3.6',
    label:
      'Tổ chức sơ kết định kỳ hàng năm, khen thưởng các tập thể, cá nhân có nhiều thành tích trong việc phát huy và tổ chức thực hiện tốt dân chủ ở cơ sở',
  },
];

const ALL_UNITS = 'Các cơ quan, đơn vị, tổ chức và địa phương';

/**
 * Seed 003, II.1 and II.2 (tasks with "Đơn vị thực hiện" and "Thời gian thực hiện") and the
 * kind-wide duties of IV.9 and IV.10 (no time frame given: standing duties, "Thường xuyên").
 * The II.3 items are the measures above and are reported there, not repeated as tasks; the
 * duties of IV.1–8 and IV.11 belong to single named bodies (Ban Tuyên giáo và Dân vận, Sở Tư pháp…).
 * Tasks of one named Sở are kept for kind 'co_quan' so that Sở can report on them.
 */
const TASKS: TaskDef[] = [
  {
    id: 'TH-T1',
    text: 'Tham mưu, báo cáo đề xuất UBND tỉnh ban hành Kế hoạch triển khai thực hiện Nghị quyết số 53/2024/NQ-HĐND',
    responsible: 'Sở Nội vụ',
    timeframe: 'Hoàn thành chậm nhất trong tháng 3/2025',
    due: '2025-03-31',
    kinds: ['co_quan'],
  },
  {
    id: 'TH-T2',
    text: 'Ban hành Kế hoạch tổ chức thực hiện trong phạm vi, thẩm quyền của cơ quan, tổ chức, đơn vị, địa phương',
    responsible: 'Các cơ quan, đơn vị, tổ chức có liên quan',
    timeframe: 'Hoàn thành chậm nhất trong tháng 3/2025',
    due: '2025-03-31',
  },
  {
    id: 'TH-T3',
    text:
      'Tuyên truyền, phổ biến, quán triệt, thông tin nội dung Nghị quyết số 53/2024/NQ-HĐND đến cán bộ, đảng viên, công chức, viên chức, người lao động và Nhân dân trên địa bàn',
    responsible: 'Các cơ quan, đơn vị, tổ chức, địa phương',
    timeframe: 'Thường xuyên',
    due: null,
  },
  {
    id: 'TH-T4',
    text:
      'Tổ chức tập huấn, bồi dưỡng chuyên môn, nghiệp vụ về thực hiện dân chủ ở cơ sở cho 100% cán bộ, công chức, viên chức, người lao động được giao phụ trách, tham mưu việc thực hiện dân chủ ở cơ sở, thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng',
    responsible: ALL_UNITS,
    timeframe: 'Hoàn thành trong năm 2025',
    due: '2025-12-31',
  },
  {
    id: 'TH-T5',
    text:
      'Tuyên truyền, phổ biến nâng cao nhận thức trong thực hiện dân chủ ở cơ sở cho 100% cán bộ, công chức, viên chức, người lao động và Nhân dân',
    responsible: ALL_UNITS,
    timeframe: 'Hoàn thành trong năm 2025',
    due: '2025-12-31',
  },
  {
    id: 'TH-T6',
    text:
      'Triển khai ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội hoạt động hợp pháp trong thực hiện dân chủ ở cơ sở tại 100% các cơ quan, đơn vị, địa phương, doanh nghiệp',
    responsible: ALL_UNITS,
    timeframe: 'Thường xuyên',
    due: null,
  },
  {
    id: 'TH-T7',
    text:
      'Ban hành quy chế thực hiện dân chủ ở cơ sở; công khai nội dung liên quan đến thực hiện dân chủ ở cơ sở để cán bộ, công chức, viên chức, người lao động và người dân được biết, tham gia ý kiến, giám sát',
    responsible: ALL_UNITS,
    timeframe: 'Thường xuyên',
    due: null,
  },
  {
    id: 'TH-T8',
    text:
      'Lồng ghép tại các hội nghị, lớp tập huấn của ngành về xây dựng và thực hiện hương ước, quy ước cho lãnh đạo UBND và công chức Văn hóa - xã hội các xã, phường, thị trấn',
    responsible: 'Sở Văn hóa, Thể thao và Du lịch; phối hợp: UBND các huyện, thị xã, thành phố',
    timeframe: 'Hoàn thành chậm nhất trong tháng 6/2025',
    due: '2025-06-30',
    kinds: ['co_quan'],
  },
  {
    id: 'TH-T9',
    text:
      'Tổ chức tập huấn, bồi dưỡng nghiệp vụ về xây dựng và thực hiện hương ước, quy ước cho 100% Trưởng thôn, Tổ trưởng Tổ dân phố, Trưởng ban Công tác Mặt trận, người tham gia soạn thảo hương ước, quy ước',
    responsible: 'UBND các xã, phường, thị trấn',
    timeframe: 'Hoàn thành chậm nhất trong tháng 12/2025',
    due: '2025-12-31',
    kinds: ['xa'],
  },
  {
    id: 'TH-T10',
    text:
      'Hướng dẫn các thôn, tổ dân phố xây dựng, rà soát, sửa đổi, bổ sung (nếu có), tổ chức lấy ý kiến, thông qua và công nhận hương ước, quy ước đối với 100% các thôn, tổ dân phố',
    responsible: 'UBND các xã, phường, thị trấn',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['xa'],
  },
  {
    // The seed assigns it to every unit; kinds follow the Law, which sets up these boards only in
    // communes, agencies, public service units and state enterprises (as target TH-2.6 does).
    id: 'TH-T11',
    text: 'Kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng',
    responsible: ALL_UNITS,
    timeframe: 'Hoàn thành trong năm 2025',
    due: '2025-12-31',
    kinds: XCD,
  },
  {
    id: 'TH-T12',
    text:
      'Xây dựng kế hoạch thực hiện; quán triệt, thông tin, tuyên truyền, đôn đốc, kiểm tra việc thực hiện trong phạm vi quản lý; ban hành quy chế thực hiện dân chủ ở cơ sở của cơ quan, đơn vị; định kỳ sơ kết, biểu dương, khen thưởng; báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện',
    responsible: 'Các sở, ban, ngành và cơ quan, đơn vị, tổ chức liên quan',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['co_quan', 'su_nghiep', 'dnnn', 'dn_khac'],
  },
  {
    id: 'TH-T13',
    text:
      'Xây dựng kế hoạch thực hiện; quán triệt, thông tin, tuyên truyền, đôn đốc, kiểm tra việc thực hiện trong phạm vi địa phương; tập huấn, bồi dưỡng chuyên môn, nghiệp vụ; chỉ đạo xây dựng, rà soát, sửa đổi, bổ sung và công nhận hương ước, quy ước; đẩy mạnh ứng dụng công nghệ thông tin; định kỳ sơ kết, biểu dương, khen thưởng; báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện',
    responsible: 'Ủy ban nhân dân các cấp',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['xa'],
  },
];

export const THANH_HOA: ProvinceProfile = {
  id: 'thanh-hoa',
  name: 'Thanh Hóa',
  provinceBody: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
  basisDocs: [
    RESOLUTION,
    // Seed 003 leaves the plan's number and date blank ("Số: /KH-UBND", "ngày tháng năm 2025").
    'Kế hoạch của Ủy ban nhân dân tỉnh Thanh Hóa triển khai thực hiện Nghị quyết số 53/2024/NQ-HĐND ngày 14/12/2024 của Hội đồng nhân dân tỉnh',
  ],
  reportTo: 'Sở Nội vụ tỉnh Thanh Hóa',
  // Seed 003 sets no deadline or cut-off ("báo cáo UBND tỉnh (qua Sở Nội vụ) kết quả thực hiện trong
  // báo cáo kết quả thực hiện dân chủ ở cơ sở"): the NĐ 09/2019 defaults apply.
  periods: {},
  targets: TARGETS,
  tasks: TASKS,
  measures: MEASURES,
};
