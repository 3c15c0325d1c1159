// Self-inspection (tự kiểm tra) items: what the Law requires of each kind of unit
// (reference.md §4: Luật số 10/2022/QH15; Nghị định số 145/2020/NĐ-CP; Bộ luật Lao động 2019).
import type { ActivityKind } from './activities';
import type { ChecklistGroup, ChecklistItem } from './checklists.types';
import type { UnitKind } from './units';

export * from './checklists.types';

const LAW = 'Luật số 10/2022/QH15';
const ND145 = 'Nghị định số 145/2020/NĐ-CP';
const BLLD = 'Bộ luật Lao động số 45/2019/QH14';

const ALL: UnitKind[] = ['xa', 'co_quan', 'su_nghiep', 'dnnn', 'dn_khac'];
const X: UnitKind[] = ['xa'];
const C: UnitKind[] = ['co_quan', 'su_nghiep'];
const D: UnitKind[] = ['dnnn'];
const N: UnitKind[] = ['dn_khac'];

/** "Khoản 1 Điều 11 Luật số 10/2022/QH15" */
const khoan = (k: number, dieu: number, doc = LAW): string => `Khoản ${k} Điều ${dieu} ${doc}`;
/** "Điểm a khoản 1 Điều 64 Luật số 10/2022/QH15" */
const diem = (d: string, k: number, dieu: number, doc = LAW): string => `Điểm ${d} khoản ${k} Điều ${dieu} ${doc}`;
const dieu = (n: number, doc = LAW): string => `Điều ${n} ${doc}`;

/** Ids use ASCII: the letter đ becomes "dd". */
const idLetter = (d: string): string => (d === 'đ' ? 'dd' : d);

function numbered(
  prefix: string,
  kinds: UnitKind[],
  group: ChecklistGroup,
  dieuNo: number,
  texts: string[],
  suggestFrom: ActivityKind[] | ((k: number) => ActivityKind[]),
): ChecklistItem[] {
  return texts.map((text, i) => ({
    id: `${prefix}-D${dieuNo}-${i + 1}`,
    kinds,
    group,
    article: khoan(i + 1, dieuNo),
    text,
    suggestFrom: typeof suggestFrom === 'function' ? suggestFrom(i + 1) : suggestFrom,
  }));
}

function lettered(
  idBase: string,
  kinds: UnitKind[],
  group: ChecklistGroup,
  khoanNo: number,
  dieuNo: number,
  doc: string,
  items: Array<[string, string]>,
  suggestFrom: ActivityKind[],
): ChecklistItem[] {
  return items.map(([letter, text]) => ({
    id: `${idBase}-${idLetter(letter)}`,
    kinds,
    group,
    article: diem(letter, khoanNo, dieuNo, doc),
    text,
    suggestFrom,
  }));
}

// ---------------------------------------------------------------------------------------------
// All kinds: the measures of Điều 8 and the unit's own rules.

const GENERAL: ChecklistItem[] = [
  {
    id: 'ALL-D8-1',
    kinds: ALL,
    group: 'chung',
    article: khoan(1, 8),
    text: 'Bố trí người phụ trách và tổ chức tập huấn, bồi dưỡng nghiệp vụ về thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['TAP_HUAN'],
  },
  {
    id: 'ALL-D8-2',
    kinds: ALL,
    group: 'chung',
    article: khoan(2, 8),
    text: 'Tuyên truyền, phổ biến, giáo dục pháp luật về thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['TUYEN_TRUYEN'],
  },
  {
    id: 'ALL-D8-3',
    kinds: ALL,
    group: 'chung',
    article: khoan(3, 8),
    text: 'Người đứng đầu nêu cao trách nhiệm, nêu gương trong tổ chức thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['LANH_DAO'],
  },
  {
    id: 'ALL-D8-4',
    kinds: ALL,
    group: 'chung',
    article: khoan(4, 8),
    text: 'Biểu dương, khen thưởng kịp thời điển hình; xử lý nghiêm hành vi vi phạm pháp luật về thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['THI_DUA'],
  },
  {
    id: 'ALL-D8-5',
    kinds: ALL,
    group: 'chung',
    article: khoan(5, 8),
    text: 'Ứng dụng công nghệ thông tin, chuyển đổi số trong thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['CNTT'],
  },
  {
    // Issuing the rules is a separate item per kind where the Law names it (Điều 59, NĐ 145 Điều 48);
    // this one is the periodic review every seed plan asks for.
    id: 'ALL-QC',
    kinds: ALL,
    group: 'chung',
    article: LAW,
    text: 'Ban hành, rà soát, sửa đổi, bổ sung quy chế thực hiện dân chủ của đơn vị phù hợp với quy định hiện hành.',
    suggestFrom: ['LANH_DAO'],
  },
];

// ---------------------------------------------------------------------------------------------
// Communes (Chương II).

const COMMUNE: ChecklistItem[] = [
  ...numbered(
    'X',
    X,
    'cong_khai',
    11,
    [
      'Công khai kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm của xã và kết quả thực hiện.',
      'Công khai dự toán ngân sách, tình hình thực hiện dự toán hằng quý, 06 tháng, năm; quyết toán ngân sách; kết quả thực hiện kiến nghị của Kiểm toán nhà nước.',
      'Công khai dự án, công trình đầu tư và tiến độ thực hiện; kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư; quản lý, sử dụng đất công ích; quy hoạch xây dựng.',
      'Công khai quy chế thực hiện dân chủ ở xã; nhiệm vụ, quyền hạn của cán bộ, công chức, người hoạt động không chuyên trách; quy tắc ứng xử.',
      'Công khai việc quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ và các khoản huy động Nhân dân đóng góp.',
      'Công khai việc đầu tư, mua sắm, giao, thuê, sử dụng, thu hồi, điều chuyển, thanh lý tài sản công.',
      'Công khai tiêu chí, đối tượng, quy trình bình xét và kết quả thực hiện chính sách hỗ trợ, trợ cấp, tín dụng, an sinh xã hội.',
      'Công khai việc hỗ trợ khắc phục thiên tai, dịch bệnh, sự cố; hỗ trợ người mắc bệnh hiểm nghèo; quản lý, sử dụng các khoản quyên góp.',
      'Công khai số lượng, tiêu chuẩn, danh sách công dân gọi nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân; danh sách tạm hoãn, miễn.',
      'Công khai kết quả thanh tra, kiểm tra, giải quyết vụ việc tham nhũng, tiêu cực; kết quả lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm.',
      'Công khai kế hoạch lấy ý kiến Nhân dân, kết quả tổng hợp ý kiến và việc giải trình, tiếp thu.',
      'Công khai đối tượng, mức thu phí, lệ phí và nghĩa vụ tài chính khác do xã trực tiếp thu.',
      'Công khai thủ tục hành chính do xã trực tiếp thực hiện.',
      'Công khai các nội dung khác theo quy định của pháp luật và quy chế thực hiện dân chủ ở xã.',
    ],
    ['CONG_KHAI'],
  ),
  {
    id: 'X-D13-2',
    kinds: X,
    group: 'cong_khai',
    article: khoan(2, 13),
    text: 'Lập và niêm yết danh mục các nội dung đã công khai (hình thức, thời điểm công khai) hằng quý.',
    suggestFrom: ['CONG_KHAI'],
  },
  ...numbered(
    'X',
    X,
    'ban_quyet_dinh',
    15,
    [
      'Nhân dân bàn và quyết định chủ trương, mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng do Nhân dân đóng góp.',
      'Nhân dân bàn và quyết định việc thu, chi, quản lý các khoản đóng góp ngoài quy định; kinh phí, tài sản của cộng đồng được giao, được tài trợ.',
      'Nhân dân bàn và quyết định nội dung hương ước, quy ước của cộng đồng dân cư.',
      'Nhân dân bàn và quyết định việc bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố.',
      'Nhân dân bàn và quyết định việc bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.',
      'Nhân dân bàn và quyết định các công việc tự quản khác trong cộng đồng dân cư.',
    ],
    (k) => (k === 3 ? ['DAN_CHU_TRUC_TIEP', 'HUONG_UOC'] : ['DAN_CHU_TRUC_TIEP']),
  ),
  ...numbered(
    'X',
    X,
    'tham_gia_y_kien',
    25,
    [
      'Lấy ý kiến Nhân dân về dự thảo kế hoạch phát triển kinh tế - xã hội của xã, phương án chuyển đổi cơ cấu kinh tế, phát triển ngành nghề.',
      'Lấy ý kiến Nhân dân về dự thảo quy hoạch, kế hoạch sử dụng đất và việc điều chỉnh.',
      'Lấy ý kiến Nhân dân về chủ trương, chính sách đầu tư, xây dựng, đất đai, môi trường, bồi thường, giải phóng mặt bằng của dự án có ảnh hưởng đến cộng đồng.',
      'Lấy ý kiến Nhân dân về đề án thành lập, giải thể, nhập, chia, điều chỉnh địa giới, đặt tên, đổi tên đơn vị hành chính, thôn, tổ dân phố.',
      'Lấy ý kiến Nhân dân về dự thảo quyết định hành chính của Ủy ban nhân dân xã liên quan đến lợi ích của cộng đồng dân cư.',
      'Lấy ý kiến Nhân dân về nhiệm vụ, đồ án quy hoạch xây dựng trên địa bàn xã.',
      'Lấy ý kiến Nhân dân về dự thảo quy chế thực hiện dân chủ ở xã.',
      'Lấy ý kiến, đối thoại với người có liên quan về dự thảo quyết định hành chính xác lập nghĩa vụ hoặc hạn chế quyền của công dân.',
      'Lấy ý kiến Nhân dân về các nội dung khác theo quy định của pháp luật.',
    ],
    (k) => (k === 8 ? ['LAY_Y_KIEN', 'DOI_THOAI'] : ['LAY_Y_KIEN']),
  ),
  {
    id: 'X-D32',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(32),
    text: 'Ủy ban nhân dân xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức hội nghị trao đổi, đối thoại với Nhân dân ít nhất 01 lần trong năm.',
    suggestFrom: ['DOI_THOAI'],
  },
  {
    id: 'X-D33',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(33),
    text: 'Các thôn, tổ dân phố tổ chức hội nghị định kỳ của cộng đồng dân cư vào cuối năm.',
    suggestFrom: ['DAN_CHU_TRUC_TIEP'],
  },
];

// ---------------------------------------------------------------------------------------------
// State agencies and public service units (Chương III).

const AGENCY: ChecklistItem[] = [
  ...numbered(
    'C',
    C,
    'cong_khai',
    46,
    [
      'Công khai chủ trương, chính sách của Đảng và pháp luật của Nhà nước liên quan đến tổ chức, hoạt động của cơ quan, đơn vị.',
      'Công khai kế hoạch công tác hằng năm, hằng quý, hằng tháng.',
      'Công khai dự toán ngân sách, các nguồn tài chính khác, tình hình thực hiện dự toán, quyết toán hằng năm; kết quả thực hiện kiến nghị của Kiểm toán nhà nước.',
      'Công khai tiêu chuẩn, định mức và việc đầu tư, mua sắm, giao, thuê, sử dụng, thu hồi, điều chuyển, thanh lý tài sản công.',
      'Công khai kế hoạch vốn, danh mục dự án, tiến độ, giải ngân, nghiệm thu, quyết toán dự án đầu tư công.',
      'Công khai việc tuyển dụng, đào tạo, bồi dưỡng, điều động, bổ nhiệm, luân chuyển, đánh giá, xếp loại, khen thưởng, kỷ luật, nâng lương, nghỉ hưu và chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động.',
      'Công khai kết luận về vụ việc tiêu cực, tham nhũng, lãng phí; bản kê khai tài sản, thu nhập theo quy định.',
      'Công khai kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, kiến nghị trong nội bộ cơ quan, đơn vị.',
      'Công khai nội quy, quy chế, quy định của cơ quan, đơn vị; quy tắc ứng xử.',
      'Công khai kết quả tổng hợp ý kiến, việc giải trình, tiếp thu ý kiến của cán bộ, công chức, viên chức, người lao động.',
      'Công khai văn bản chỉ đạo, điều hành của cơ quan cấp trên liên quan đến công việc của cơ quan, đơn vị.',
      'Công khai các nội dung khác theo quy định của pháp luật và quy chế của cơ quan, đơn vị.',
    ],
    ['CONG_KHAI'],
  ),
  ...numbered(
    'C',
    C,
    'ban_quyet_dinh',
    49,
    [
      'Cán bộ, công chức, viên chức, người lao động bàn và quyết định việc bầu, cho thôi làm thành viên Ban Thanh tra nhân dân.',
      'Cán bộ, công chức, viên chức, người lao động bàn và quyết định việc thu, chi, quản lý, sử dụng các khoản đóng góp ngoài quy định.',
      'Cán bộ, công chức, viên chức, người lao động bàn và quyết định nội dung nghị quyết hội nghị cán bộ, công chức, viên chức, người lao động.',
      'Cán bộ, công chức, viên chức, người lao động bàn và quyết định các công việc tự quản khác.',
    ],
    ['DAN_CHU_TRUC_TIEP'],
  ),
  {
    id: 'C-D51',
    kinds: C,
    group: 'ban_quyet_dinh',
    article: dieu(51),
    text: 'Tổ chức hội nghị cán bộ, công chức, viên chức, người lao động hằng năm, chậm nhất 03 tháng sau khi kết thúc năm công tác, với ít nhất 2/3 số người được triệu tập tham dự.',
    suggestFrom: ['DAN_CHU_TRUC_TIEP'],
  },
  {
    id: 'C-D52-3',
    kinds: C,
    group: 'kiem_tra_giam_sat',
    article: khoan(3, 52),
    text: 'Người đứng đầu và ban chấp hành công đoàn kiểm tra việc thực hiện nghị quyết hội nghị 06 tháng một lần và thông báo đến cán bộ, công chức, viên chức, người lao động.',
    suggestFrom: ['KIEM_TRA'],
  },
  ...numbered(
    'C',
    C,
    'tham_gia_y_kien',
    53,
    [
      'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về giải pháp thực hiện chủ trương, chính sách, pháp luật liên quan đến cơ quan, đơn vị.',
      'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về kế hoạch công tác hằng năm.',
      'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về việc tổ chức phong trào thi đua.',
      'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về báo cáo sơ kết, tổng kết.',
      'Lấy ý kiến về cải tiến tổ chức, lề lối làm việc; phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm, chống lãng phí, quan liêu, phiền hà, sách nhiễu.',
      'Lấy ý kiến về kế hoạch tuyển dụng, đào tạo, bồi dưỡng; bầu cử, bổ nhiệm.',
      'Lấy ý kiến về chế độ, chính sách liên quan đến quyền, lợi ích của cán bộ, công chức, viên chức, người lao động.',
      'Lấy ý kiến về dự thảo quy chế thực hiện dân chủ của cơ quan, đơn vị.',
      'Lấy ý kiến về dự thảo quy chế chi tiêu nội bộ (nếu có).',
      'Lấy ý kiến về các dự thảo nội quy, quy chế khác của cơ quan, đơn vị.',
      'Lấy ý kiến về các nội dung khác theo quy định của pháp luật.',
    ],
    ['LAY_Y_KIEN'],
  ),
  {
    id: 'C-D59-1a',
    kinds: C,
    group: 'chung',
    article: diem('a', 1, 59),
    text: 'Người đứng đầu phối hợp với ban chấp hành công đoàn ban hành quy chế thực hiện dân chủ của cơ quan, đơn vị.',
    suggestFrom: ['LANH_DAO'],
  },
  {
    id: 'C-D59-1b',
    kinds: C,
    group: 'tham_gia_y_kien',
    article: diem('b', 1, 59),
    text: 'Người đứng đầu tổ chức đối thoại, giải trình với cán bộ, công chức, viên chức, người lao động.',
    suggestFrom: ['DOI_THOAI'],
  },
  {
    id: 'C-D59-1c',
    kinds: C,
    group: 'kiem_tra_giam_sat',
    article: diem('c', 1, 59),
    text: 'Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của cán bộ, công chức, viên chức, người lao động theo quy định.',
    suggestFrom: ['TIEP_CONG_DAN'],
  },
  {
    id: 'C-D60',
    kinds: C,
    group: 'kiem_tra_giam_sat',
    article: dieu(60),
    text: 'Bầu Ban Thanh tra nhân dân tại hội nghị cán bộ, công chức, viên chức, người lao động (từ 03 đến 09 thành viên, nhiệm kỳ 02 năm), trừ đơn vị có từ 07 người trở xuống.',
    suggestFrom: ['GIAM_SAT'],
  },
];

// ---------------------------------------------------------------------------------------------
// State-owned enterprises (Mục 1 Chương IV).

const SOE: ChecklistItem[] = [
  ...lettered(
    'D-D64',
    D,
    'cong_khai',
    1,
    64,
    LAW,
    [
      ['a', 'Công khai tình hình sản xuất, kinh doanh, hoạt động của doanh nghiệp.'],
      ['b', 'Công khai nội quy lao động, thang lương, bảng lương, định mức lao động và các quy chế liên quan đến quyền, nghĩa vụ của người lao động.'],
      ['c', 'Công khai thỏa ước lao động tập thể.'],
      ['d', 'Công khai việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người lao động đóng góp.'],
      ['đ', 'Công khai việc trích nộp kinh phí công đoàn, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.'],
      ['e', 'Công khai việc thi đua, khen thưởng, kỷ luật, giải quyết kiến nghị, phản ánh của người lao động.'],
      ['g', 'Công khai quy chế thực hiện dân chủ của doanh nghiệp.'],
      ['h', 'Công khai các nội dung khác về tài chính, tài sản, công tác cán bộ theo quy định của pháp luật.'],
    ],
    ['CONG_KHAI'],
  ),
  ...numbered(
    'D',
    D,
    'ban_quyet_dinh',
    67,
    [
      'Người lao động bàn và quyết định nội dung thương lượng tập thể đã đạt được.',
      'Người lao động bàn và quyết định việc lập quỹ, mức thu, chi từ thu nhập và các khoản đóng góp của người lao động.',
      'Người lao động bàn và quyết định việc bầu, cho thôi làm thành viên Ban Thanh tra nhân dân.',
      'Người lao động bàn và quyết định nội dung nghị quyết hội nghị người lao động.',
      'Người lao động bàn và quyết định các công việc tự quản khác.',
    ],
    ['DAN_CHU_TRUC_TIEP'],
  ),
  {
    id: 'D-D69',
    kinds: D,
    group: 'ban_quyet_dinh',
    article: dieu(69),
    text: 'Tổ chức hội nghị người lao động hằng năm, chậm nhất 03 tháng sau khi kết thúc năm tài chính, với ít nhất 2/3 số người được triệu tập tham dự.',
    suggestFrom: ['DAN_CHU_TRUC_TIEP'],
  },
  {
    id: 'D-D70-3',
    kinds: D,
    group: 'kiem_tra_giam_sat',
    article: khoan(3, 70),
    text: 'Kiểm tra việc thực hiện nghị quyết hội nghị người lao động 06 tháng một lần.',
    suggestFrom: ['KIEM_TRA'],
  },
  ...lettered(
    'D-D71',
    D,
    'tham_gia_y_kien',
    1,
    71,
    LAW,
    [
      ['a', 'Lấy ý kiến người lao động về nội quy, quy chế, quy định nội bộ liên quan đến quyền, nghĩa vụ của người lao động.'],
      ['b', 'Lấy ý kiến người lao động về thang lương, bảng lương, định mức lao động.'],
      ['c', 'Lấy ý kiến người lao động về giải pháp cải thiện điều kiện làm việc, bảo vệ môi trường, phòng, chống cháy nổ, phòng, chống tham nhũng.'],
      ['d', 'Lấy ý kiến người lao động về quy trình giải quyết tranh chấp lao động, xử lý kỷ luật lao động, trách nhiệm vật chất.'],
      ['đ', 'Lấy ý kiến người lao động về dự thảo quy chế thực hiện dân chủ của doanh nghiệp.'],
      ['e', 'Lấy ý kiến người lao động về các nội dung khác theo quy định của pháp luật.'],
    ],
    ['LAY_Y_KIEN'],
  ),
  {
    id: 'D-D73',
    kinds: D,
    group: 'tham_gia_y_kien',
    article: dieu(73),
    text: 'Tổ chức hội nghị đối thoại với người lao động hằng năm và khi có yêu cầu.',
    suggestFrom: ['DOI_THOAI'],
  },
];

// ---------------------------------------------------------------------------------------------
// Other enterprises and employers (Điều 82 of the Law; NĐ 145/2020; Bộ luật Lao động 2019).

const EMPLOYER: ChecklistItem[] = [
  ...lettered(
    'N-ND145-D43',
    N,
    'cong_khai',
    1,
    43,
    ND145,
    [
      ['a', 'Công khai tình hình sản xuất, kinh doanh của người sử dụng lao động.'],
      ['b', 'Công khai nội quy lao động, thang lương, bảng lương, định mức lao động, quy chế của doanh nghiệp.'],
      ['c', 'Công khai thỏa ước lao động tập thể.'],
      ['d', 'Công khai việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người lao động đóng góp.'],
      ['đ', 'Công khai việc trích nộp kinh phí công đoàn, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.'],
      ['e', 'Công khai việc thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại, tố cáo liên quan đến quyền, lợi ích của người lao động.'],
      ['g', 'Công khai các nội dung khác theo quy định của pháp luật.'],
    ],
    ['CONG_KHAI'],
  ),
  {
    id: 'N-ND145-D44',
    kinds: N,
    group: 'tham_gia_y_kien',
    article: dieu(44, ND145),
    text: 'Lấy ý kiến người lao động về nội quy, quy chế, thang lương, bảng lương, định mức lao động, đề xuất thương lượng tập thể và các giải pháp cải thiện điều kiện làm việc.',
    suggestFrom: ['LAY_Y_KIEN'],
  },
  {
    id: 'N-ND145-D45',
    kinds: N,
    group: 'ban_quyet_dinh',
    article: dieu(45, ND145),
    text: 'Bảo đảm người lao động được quyết định việc giao kết hợp đồng lao động, tham gia tổ chức đại diện người lao động, biểu quyết thỏa ước lao động tập thể.',
    suggestFrom: ['DAN_CHU_TRUC_TIEP'],
  },
  {
    id: 'N-ND145-D46',
    kinds: N,
    group: 'kiem_tra_giam_sat',
    article: dieu(46, ND145),
    text: 'Bảo đảm người lao động được kiểm tra, giám sát việc thực hiện hợp đồng lao động, thỏa ước, nội quy, quy chế, các quỹ, việc trích nộp kinh phí công đoàn và bảo hiểm.',
    suggestFrom: ['GIAM_SAT'],
  },
  {
    id: 'N-ND145-D47',
    kinds: N,
    group: 'ban_quyet_dinh',
    article: dieu(47, ND145),
    text: 'Tổ chức hội nghị người lao động hằng năm (toàn thể hoặc đại biểu).',
    suggestFrom: ['DAN_CHU_TRUC_TIEP'],
  },
  {
    id: 'N-ND145-D48',
    kinds: N,
    group: 'chung',
    article: dieu(48, ND145),
    text: 'Ban hành quy chế dân chủ ở cơ sở tại nơi làm việc sau khi tham khảo ý kiến của tổ chức đại diện người lao động.',
    suggestFrom: ['LANH_DAO'],
  },
  {
    id: 'N-BLLD-D63',
    kinds: N,
    group: 'tham_gia_y_kien',
    article: dieu(63, BLLD),
    text: 'Tổ chức đối thoại tại nơi làm việc định kỳ ít nhất 01 lần trong năm và khi có yêu cầu.',
    suggestFrom: ['DOI_THOAI'],
  },
];

/** Every item: the general ones (Điều 8, quy chế) first, then communes, agencies, state enterprises, other employers. */
export const CHECKLIST: ChecklistItem[] = [...GENERAL, ...COMMUNE, ...AGENCY, ...SOE, ...EMPLOYER];

export const CHECKLIST_BY_ID: ReadonlyMap<string, ChecklistItem> = new Map(CHECKLIST.map((i) => [i.id, i]));

/** The items a unit of this kind inspects itself against, in checklist order. */
export function checklistFor(kind: UnitKind): ChecklistItem[] {
  return CHECKLIST.filter((i) => i.kinds.includes(kind));
}
