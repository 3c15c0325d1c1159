// Lào Cai: Nghị quyết số 53/NQ-HĐND ngày 09/12/2025 (seed 000: the UBND plan implementing it),
// the Tỉnh ủy directive with its 2030 targets (seed 001) and the 2023 plan implementing the Law
// (seed 002: the yearly report deadline). Texts are the seeds' words.
import type { ProvinceProfile, TargetDef, TaskDef, MeasureDef } from './types';
import type { UnitKind } from '../units';

/**
 * Seed 001 is the directive's text without its number or date (the header carries neither);
 * it is cited by its title until the number is known.
 */
export const LAO_CAI_DIRECTIVE =
  'Chỉ thị của Ban Thường vụ Tỉnh ủy Lào Cai về đẩy mạnh và nâng cao chất lượng, hiệu quả việc thực hiện dân chủ ở cơ sở giai đoạn 2026 - 2030 trên địa bàn tỉnh Lào Cai';

const TARGET_BASIS = `Mục I.2 ${LAO_CAI_DIRECTIVE}`;

const XC: UnitKind[] = ['xa', 'co_quan', 'su_nghiep'];
const XCD: UnitKind[] = ['xa', 'co_quan', 'su_nghiep', 'dnnn'];

/** Seed 001, "I. MỤC TIÊU – 2. Mục tiêu cụ thể đến năm 2030". The percentage lives in `planned`. */
const TARGETS: TargetDef[] = [
  {
    code: 'LC-1',
    label:
      'Cơ quan, đơn vị, địa phương thực hiện đầy đủ các nội dung công khai để người dân được biết, được tiếp cận thông tin đầy đủ, kịp thời theo quy định',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'B1_DA', den: 'B1_PHAI' },
    basis: TARGET_BASIS,
  },
  {
    code: 'LC-2',
    label:
      'Người đứng đầu cơ quan, đơn vị, địa phương thực hiện tiếp xúc, đối thoại định kỳ với Nhân dân hoặc cán bộ, công chức, viên chức, người lao động',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'atLeastOne', code: 'D2_CUOC' },
    basis: TARGET_BASIS,
  },
  {
    // Seed: "Phần đầu hằng năm đạt từ 90% trở lên về mức độ hài lòng …" ("Phần đầu" is a typo for "Phấn đấu").
    code: 'LC-3',
    label: 'Mức độ hài lòng hằng năm của người dân và doanh nghiệp đối với hoạt động của chính quyền cơ sở',
    planned: '≥ 90%',
    op: 'gte',
    threshold: 90,
    result: { type: 'ratio', num: 'H2_HL', den: 'H2_PHIEU' },
    kinds: XC,
    basis: TARGET_BASIS,
  },
  {
    code: 'LC-4a',
    label: 'Phản ánh, kiến nghị thuộc thẩm quyền được tiếp nhận, phân loại và phản hồi',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'G2_GQ', den: 'G2_NHAN' },
    basis: TARGET_BASIS,
  },
  {
    code: 'LC-4b',
    label: 'Phản ánh, kiến nghị được giải quyết đúng thời hạn theo quy định',
    planned: '> 95%',
    op: 'gt',
    threshold: 95,
    result: { type: 'ratio', num: 'G2_DH', den: 'G2_GQ' },
    basis: TARGET_BASIS,
  },
  {
    code: 'LC-5',
    label: 'Thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình theo quy định',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'H1_TT', den: 'H1_DK' },
    kinds: XC,
    basis: TARGET_BASIS,
  },
  {
    code: 'LC-6',
    label: 'Chính quyền cấp xã thực hiện công khai các nội dung thuộc phạm vi dân chủ ở cơ sở trên môi trường số',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'yes', code: 'B3_SO' },
    kinds: ['xa'],
    basis: TARGET_BASIS,
  },
  {
    code: 'LC-7',
    label: 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được tập huấn nghiệp vụ hằng năm',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'E3_TH', den: 'E3_TONG' },
    kinds: XCD,
    basis: TARGET_BASIS,
  },
];

/** Seed 000, "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" 1–5: the plan's headings of the resolution's measures. */
const MEASURES: MeasureDef[] = [
  {
    code: '1',
    label:
      'Bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ cho người được giao nhiệm vụ tổ chức thực hiện pháp luật về thực hiện dân chủ ở cơ sở',
  },
  {
    code: '2',
    label:
      'Tăng cường công tác thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về thực hiện dân chủ ở cơ sở; nâng cao nhận thức cộng đồng về bảo đảm thực hiện dân chủ ở cơ sở',
  },
  {
    code: '3',
    label:
      'Nâng cao trách nhiệm của các cơ quan, đơn vị, địa phương, doanh nghiệp; phát huy vai trò nêu gương của người đứng đầu trong thực hiện dân chủ ở cơ sở',
  },
  {
    code: '4',
    label:
      'Hỗ trợ, khuyến khích ứng dụng công nghệ thông tin, khoa học – kỹ thuật, bảo đảm điều kiện thực hiện dân chủ ở cơ sở gắn với xây dựng chính quyền số',
  },
  {
    code: '5',
    label:
      'Biểu dương, khen thưởng kịp thời các điển hình; tăng cường kiểm tra, xử lý vi phạm trong thực hiện dân chủ ở cơ sở',
  },
];

// The plan's recurring "Cơ quan thực hiện" list: every kind of unit.
const ALL_BODIES = 'Các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động';
const STATE_BODIES = 'Các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã';
const YEARLY = 'Thường xuyên hằng năm';

/**
 * Seed 000, part II (tasks with "Cơ quan chủ trì / thực hiện" and "Thời gian thực hiện") and the
 * kind-wide duties of part III (items 7–9). Part III gives no time frame; those duties are standing
 * ones and read "Thường xuyên" here. Part III items 1–6 and 10 name single provincial bodies
 * (Sở Nội vụ, Sở Tư pháp…, Ủy ban MTTQ) and are not tasks a reporting unit reports against.
 */
const TASKS: TaskDef[] = [
  {
    id: 'LC-T1',
    text:
      'Bố trí, phân công cán bộ, công chức, viên chức, người lao động có năng lực, phẩm chất, kinh nghiệm để tham mưu, tổ chức thực hiện nhiệm vụ về dân chủ ở cơ sở; đề cao trách nhiệm nêu gương của người đứng đầu; coi kết quả thực hiện dân chủ ở cơ sở là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ hằng năm',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T2',
    text:
      'Xây dựng kế hoạch và tổ chức tập huấn, bồi dưỡng nghiệp vụ, cập nhật kiến thức pháp luật về thực hiện dân chủ ở cơ sở cho đội ngũ cán bộ, công chức, viên chức và người lao động thực hiện nhiệm vụ',
    responsible:
      'Chủ trì: Sở Nội vụ; phối hợp: Ban Tuyên giáo và Dân vận Tỉnh ủy; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Liên đoàn Lao động tỉnh; các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động',
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T3',
    text:
      'Đẩy mạnh công tác thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về thực hiện dân chủ ở cơ sở; đa dạng hóa hình thức tuyên truyền qua các cuộc họp, hội nghị cán bộ, công chức, viên chức, người lao động, họp thôn, bản, tổ dân phố',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T4',
    text:
      'Tăng cường ứng dụng công nghệ thông tin trong thông tin, tuyên truyền, phổ biến pháp luật; đăng tải, chia sẻ kịp thời các nội dung về thực hiện dân chủ ở cơ sở trên Cổng/Trang thông tin điện tử và các nền tảng số chính thống',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T5',
    text:
      'Đẩy mạnh phối hợp trong công tác tuyên truyền, phổ biến, giáo dục pháp luật (cơ quan Tư pháp giữ vai trò nòng cốt); lựa chọn nội dung, phương pháp tuyên truyền phù hợp từng địa bàn, đối tượng',
    responsible:
      'Chủ trì: Sở Tư pháp; phối hợp: Ban Tuyên giáo và Dân vận Tỉnh ủy; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội; Sở Nội vụ; Sở Văn hoá Thể thao và Du lịch; các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động',
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T6',
    text:
      'Phát huy vai trò của Ủy ban Mặt trận Tổ quốc Việt Nam các cấp và các tổ chức chính trị - xã hội trong tuyên truyền, vận động Nhân dân thực hiện dân chủ ở cơ sở; nâng cao chất lượng giám sát, phản biện xã hội, giám sát của cộng đồng dân cư',
    responsible:
      'Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; phối hợp: Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Nội vụ; Sở Văn hoá Thể thao và Du lịch; các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động',
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T7',
    text:
      'Nâng cao trách nhiệm trong tổ chức thực hiện dân chủ ở cơ sở; duy trì các hình thức dân chủ trực tiếp, lấy ý kiến đánh giá sự hài lòng của Nhân dân và doanh nghiệp; tăng cường tiếp công dân, đối thoại, giải quyết kịp thời kiến nghị, phản ánh, khiếu nại, tố cáo; nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng; rà soát, sửa đổi, bổ sung quy chế thực hiện dân chủ, hương ước, quy ước',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T8',
    text:
      'Bố trí, trang bị, từng bước hiện đại hóa cơ sở vật chất, trang thiết bị kỹ thuật, hạ tầng công nghệ thông tin, bảo đảm kết nối mạng internet phục vụ tổ chức thực hiện dân chủ ở cơ sở',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    // Seed: "thường xuyên hằng năm đối với chuyên mục đã thực hiện; hoàn thành trong quý I/2026 đối với
    // cơ quan, đơn vị chưa có chuyên mục." The dated part gives `due`.
    id: 'LC-T9',
    text:
      'Duy trì, cập nhật chuyên mục Thực hiện dân chủ ở cơ sở trên Trang thông tin điện tử của cơ quan, đơn vị; cơ quan, đơn vị, địa phương chưa có chuyên mục thì mở chuyên mục',
    responsible: STATE_BODIES,
    timeframe:
      'Thường xuyên hằng năm đối với chuyên mục đã thực hiện; hoàn thành trong quý I/2026 đối với cơ quan, đơn vị chưa có chuyên mục',
    due: '2026-03-31',
    kinds: XC,
  },
  {
    id: 'LC-T10',
    text:
      'Duy trì và vận hành hiệu quả chuyên mục "Thực hiện dân chủ ở cơ sở" trên Cổng/Trang thông tin điện tử; bảo đảm công khai, kịp thời các thông tin theo quy định',
    responsible: STATE_BODIES,
    timeframe: YEARLY,
    due: null,
    kinds: XC,
  },
  {
    id: 'LC-T11',
    text:
      'Phát động thi đua, biểu dương, khen thưởng các gương điển hình, có nhiều thành tích trong việc phát huy và tổ chức thực hiện tốt dân chủ ở cơ sở theo thẩm quyền',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T12',
    text:
      'Tham mưu UBND tỉnh biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu; lồng ghép nội dung khen thưởng về thực hiện dân chủ ở cơ sở trong phong trào thi đua yêu nước hằng năm của tỉnh',
    responsible:
      'Chủ trì: Sở Nội vụ; phối hợp: các sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã; doanh nghiệp có sử dụng lao động',
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T13',
    text: 'Chủ động thực hiện công tác tự kiểm tra công tác thực hiện dân chủ ở cơ sở',
    responsible: ALL_BODIES,
    timeframe: YEARLY,
    due: null,
  },
  {
    id: 'LC-T14',
    text:
      'Quán triệt, triển khai các chủ trương của Đảng, chính sách, pháp luật về thực hiện dân chủ ở cơ sở; thực hiện công khai, minh bạch, tăng cường đối thoại, giải quyết kịp thời kiến nghị, phản ánh, khiếu nại, tố cáo; tự kiểm tra, đánh giá và định kỳ hoặc đột xuất báo cáo kết quả thực hiện',
    responsible: 'Các sở, ban, ngành, đơn vị sự nghiệp thuộc tỉnh',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['co_quan', 'su_nghiep'],
  },
  {
    id: 'LC-T15',
    text:
      'Triển khai đầy đủ các quy định về thực hiện dân chủ ở cơ sở; công khai, minh bạch để Nhân dân được biết, được bàn, được quyết định, được giám sát; phát huy vai trò của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng; tăng cường đối thoại với Nhân dân; thường xuyên tự kiểm tra, sơ kết, tổng kết, báo cáo kết quả',
    responsible: 'Ủy ban nhân dân các xã, phường',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['xa'],
  },
  {
    id: 'LC-T16',
    text:
      'Thực hiện nghiêm các quy định về dân chủ ở cơ sở trong doanh nghiệp; bảo đảm công khai, minh bạch, đối thoại tại nơi làm việc, hội nghị người lao động; chủ động tự kiểm tra, đánh giá và báo cáo theo yêu cầu',
    responsible: 'Các doanh nghiệp, tổ chức có sử dụng người lao động',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['dnnn', 'dn_khac'],
  },
];

export const LAO_CAI: ProvinceProfile = {
  id: 'lao-cai',
  name: 'Lào Cai',
  provinceBody: 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
  basisDocs: [
    'Nghị quyết số 53/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh Lào Cai về các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn tỉnh Lào Cai',
    // Seed 000 leaves the plan's number and date blank ("Số: /KH-UBND", "ngày tháng năm 2026").
    'Kế hoạch của Ủy ban nhân dân tỉnh Lào Cai triển khai, thực hiện Nghị quyết số 53/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh',
    LAO_CAI_DIRECTIVE,
  ],
  reportTo: 'Sở Nội vụ tỉnh Lào Cai',
  periods: {
    // Seed 002: "Hằng năm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20/11". "Trước ngày 20/11"
    // excludes the 20th, so the last day to hand in is 19/11. No 6-month deadline is given; the
    // NĐ 09/2019 cut-offs stay (the deadline then precedes the 14/12 cut-off end, which
    // describePeriod warns about).
    deadline: { Y: { monthDay: '11-19' } },
  },
  targets: TARGETS,
  tasks: TASKS,
  measures: MEASURES,
};
