// Lai Châu, as the commune of Bình Lư applies it: Nghị quyết số 75/NQ-HĐND ngày 09/12/2024 of
// HĐND tỉnh Lai Châu and Kế hoạch số 363/KH-UBND ngày 09/3/2026 of UBND xã Bình Lư (seed 004).
// The plan sets no numeric targets. Its units report to UBND xã (qua Phòng Văn hóa - Xã hội).
import type { LocalUnit, ProvinceProfile, TaskDef } from './types';

const UNITS_OF_COMMUNE = 'Các cơ quan, đơn vị thuộc UBND xã';
const CULTURE_OFFICE = 'Phòng Văn hóa - Xã hội';

/**
 * Seed 004, "III. TỔ CHỨC THỰC HIỆN". The plan gives dates only for the reports; its other duties
 * carry no time frame and run through the plan's year ("Năm 2026") or are standing ones
 * ("Thường xuyên", "Định kỳ") as the plan's wording ("Tiếp tục…", "Thường xuyên rà soát…",
 * "Định kỳ tổ chức sơ kết, tổng kết…") implies.
 */
const TASKS: TaskDef[] = [
  {
    id: 'BL-T1',
    text:
      'Căn cứ Kế hoạch và tình hình thực tế của cơ quan, đơn vị, chủ động xây dựng kế hoạch tổ chức triển khai thực hiện dân chủ ở cơ sở năm 2026',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Năm 2026',
    due: null,
  },
  {
    // "báo cáo định kỳ 06 tháng (trước ngày 05/5)": due by 04/5.
    id: 'BL-T2',
    text: 'Báo cáo định kỳ 06 tháng kết quả thực hiện dân chủ ở cơ sở về UBND xã (qua Phòng Văn hóa - Xã hội)',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Trước ngày 05/5/2026',
    due: '2026-05-04',
  },
  {
    // "01 năm (trước ngày 05/11)": due by 04/11.
    id: 'BL-T3',
    text: 'Báo cáo định kỳ 01 năm kết quả thực hiện dân chủ ở cơ sở về UBND xã (qua Phòng Văn hóa - Xã hội)',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Trước ngày 05/11/2026',
    due: '2026-11-04',
  },
  {
    id: 'BL-T4',
    text: 'Tổ chức sơ kết, tổng kết rút kinh nghiệm trong triển khai, tổ chức thực hiện',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Định kỳ',
    due: null,
  },
  {
    id: 'BL-T5',
    text: 'Xây dựng và thực hiện Quy chế dân chủ cơ sở trong hoạt động của cơ quan',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Thường xuyên',
    due: null,
  },
  {
    id: 'BL-T6',
    text:
      'Rà soát các văn bản do cơ quan, đơn vị đã ban hành liên quan đến các yêu cầu về công tác dân chủ, công khai, công tác giám sát, các văn bản về hoạt động của cơ quan, đơn vị',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Năm 2026',
    due: null,
  },
  {
    id: 'BL-T7',
    text:
      'Tiếp tục tổ chức quán triệt, tuyên truyền, phổ biến các nghị quyết, chỉ thị, quy định của Đảng liên quan đến dân chủ; Luật Thực hiện dân chủ ở cơ sở năm 2022; Nghị định số 59/2023/NĐ-CP; Nghị quyết số 75/NQ-HĐND ngày 09/12/2024 của Hội đồng nhân dân tỉnh đến cán bộ, công chức, viên chức, người lao động và tầng lớp Nhân dân',
    responsible: UNITS_OF_COMMUNE,
    timeframe: 'Thường xuyên',
    due: null,
  },
  {
    id: 'BL-T8',
    text: 'Tham mưu xây dựng kế hoạch triển khai thực hiện',
    responsible: CULTURE_OFFICE,
    timeframe: 'Năm 2026',
    due: null,
    kinds: ['xa'],
  },
  {
    id: 'BL-T9',
    text:
      'Thực hiện chế độ thông tin báo cáo định kỳ 06 tháng, 01 năm hoặc đột xuất của UBND xã gửi cơ quan cấp trên đảm bảo quy định',
    responsible: CULTURE_OFFICE,
    timeframe: 'Định kỳ 06 tháng, 01 năm hoặc đột xuất',
    due: null,
    kinds: ['xa'],
  },
  {
    id: 'BL-T10',
    text: 'Tăng cường thực hiện tốt công tác phối hợp tuyên truyền, giám sát quá trình tổ chức thực hiện',
    responsible: 'Ủy ban MTTQ Việt Nam xã, các tổ chức đoàn thể (đề nghị)',
    timeframe: 'Thường xuyên',
    due: null,
    kinds: ['xa'],
  },
];

/**
 * Seed 004 names no unit by name: only "các cơ quan, đơn vị thuộc UBND xã", Phòng Văn hóa - Xã hội
 * (part of UBND xã, which collects the reports) and the commune's Trung tâm Phục vụ hành chính
 * công. The schools and the health station are the usual public service units of a commune,
 * listed as a plausible starting set for set-up, to be edited by the commune.
 */
const UNITS: LocalUnit[] = [
  { code: 'BL-01', name: 'Ủy ban nhân dân xã Bình Lư', kind: 'xa' },
  { code: 'BL-02', name: 'Trung tâm Phục vụ hành chính công xã Bình Lư', kind: 'co_quan' },
  { code: 'BL-03', name: 'Trường Mầm non Bình Lư', kind: 'su_nghiep' },
  { code: 'BL-04', name: 'Trường Tiểu học Bình Lư', kind: 'su_nghiep' },
  { code: 'BL-05', name: 'Trường Trung học cơ sở Bình Lư', kind: 'su_nghiep' },
  { code: 'BL-06', name: 'Trạm Y tế xã Bình Lư', kind: 'su_nghiep' },
];

export const LAI_CHAU: ProvinceProfile = {
  id: 'lai-chau',
  name: 'Lai Châu',
  provinceBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
  basisDocs: [
    'Nghị quyết số 75/NQ-HĐND ngày 09/12/2024 của Hội đồng nhân dân tỉnh Lai Châu về quyết định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa bàn tỉnh Lai Châu',
    'Kế hoạch số 363/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã Bình Lư về thực hiện dân chủ ở cơ sở năm 2026',
  ],
  reportTo: 'Ủy ban nhân dân xã Bình Lư',
  periods: {
    // Seed 004: "báo cáo định kỳ 06 tháng (trước ngày 05/5), 01 năm (trước ngày 05/11) … về UBND xã".
    // "Trước ngày 05/5" excludes the 5th: the last day to hand in is 04/5 (and 04/11), the same
    // reading as Lào Cai's "trước ngày 20/11". Cut-offs stay at the NĐ 09/2019 defaults, so both
    // deadlines fall before the cut-off end and describePeriod warns; the clerk may set an earlier
    // cut-off for the unit.
    deadline: { H1: { monthDay: '05-04' }, Y: { monthDay: '11-04' } },
  },
  targets: [],
  tasks: TASKS,
  measures: [],
  units: UNITS,
};
