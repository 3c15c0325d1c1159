// Communes (Chương II of Luật 10/2022/QH15; Nghị định 61/2023 on hương ước, quy ước).
import type { ChecklistItem, ChecklistSeason } from './checklists.types';
import { boardSetUp, dieu, khoan, ND61, numbered, X } from './checklists.cite';

/** Điều 33: the villages' periodic conference is held at the end of the year. */
const YEAR_END: ChecklistSeason = { label: 'cuối năm', from: '11-01', to: '12-31' };
/** NĐ 61 Điều 15–16: the yearly review (around 18/11) and the statistics sent up before 30/11. */
const QUARTER_IV: ChecklistSeason = { label: 'quý IV', from: '10-01', to: '12-31' };

const DISCLOSURE: ChecklistItem[] = [
  ...numbered(
    'X',
    X,
    'cong_khai',
    11,
    [
      {
        text: 'Công khai kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm của xã và kết quả thực hiện.',
        keywords: ['kinh tế - xã hội', 'chuyển dịch cơ cấu'],
      },
      {
        text: 'Công khai dự toán ngân sách, tình hình thực hiện dự toán hằng quý, 06 tháng, năm; quyết toán ngân sách; kết quả thực hiện kiến nghị của Kiểm toán nhà nước.',
        keywords: ['dự toán', 'ngân sách', 'quyết toán', 'kiểm toán nhà nước'],
      },
      {
        text: 'Công khai dự án, công trình đầu tư và tiến độ thực hiện; kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư; quản lý, sử dụng đất công ích; quy hoạch xây dựng.',
        keywords: ['dự án', 'công trình', 'thu hồi đất', 'bồi thường', 'giải phóng mặt bằng', 'tái định cư', 'đất công ích', 'quỹ đất', 'sử dụng đất', 'quy hoạch'],
      },
      {
        text: 'Công khai quy chế thực hiện dân chủ ở xã; nhiệm vụ, quyền hạn của cán bộ, công chức, người hoạt động không chuyên trách; quy tắc ứng xử.',
        keywords: ['quy chế', 'quy tắc ứng xử', 'nhiệm vụ, quyền hạn'],
      },
      {
        text: 'Công khai việc quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ và các khoản huy động Nhân dân đóng góp.',
        keywords: ['quỹ', 'tài trợ', 'huy động', 'đóng góp'],
        mask: ['quỹ đất'],
      },
      {
        text: 'Công khai việc đầu tư, mua sắm, giao, thuê, sử dụng, thu hồi, điều chuyển, thanh lý tài sản công.',
        keywords: ['tài sản công', 'mua sắm', 'thanh lý'],
      },
      {
        text: 'Công khai tiêu chí, đối tượng, quy trình bình xét và kết quả thực hiện chính sách hỗ trợ, trợ cấp, tín dụng, an sinh xã hội.',
        keywords: ['trợ cấp', 'tín dụng', 'an sinh', 'hộ nghèo', 'cận nghèo', 'bảo hiểm y tế', 'nhà ở', 'bảo trợ xã hội', 'chính sách hỗ trợ', 'mục tiêu quốc gia', 'bình xét'],
      },
      {
        text: 'Công khai việc hỗ trợ khắc phục thiên tai, dịch bệnh, sự cố; hỗ trợ người mắc bệnh hiểm nghèo; quản lý, sử dụng các khoản quyên góp.',
        keywords: ['thiên tai', 'dịch bệnh', 'sự cố', 'bệnh hiểm nghèo', 'quyên góp', 'cứu trợ', 'lũ', 'bão', 'lũ quét', 'sạt lở'],
      },
      {
        text: 'Công khai số lượng, tiêu chuẩn, danh sách công dân gọi nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân; danh sách tạm hoãn, miễn.',
        keywords: ['nhập ngũ', 'nghĩa vụ quân sự', 'tham gia công an nhân dân', 'gọi công dân', 'tạm hoãn'],
      },
      {
        text: 'Công khai kết quả thanh tra, kiểm tra, giải quyết vụ việc tham nhũng, tiêu cực; kết quả lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm.',
        keywords: ['kết quả thanh tra', 'kết luận thanh tra', 'tham nhũng', 'tiêu cực', 'tín nhiệm', 'vi phạm kỷ luật'],
      },
      {
        text: 'Công khai kế hoạch lấy ý kiến Nhân dân, kết quả tổng hợp ý kiến và việc giải trình, tiếp thu.',
        keywords: ['lấy ý kiến', 'giải trình', 'tiếp thu ý kiến', 'tổng hợp ý kiến'],
      },
      {
        text: 'Công khai đối tượng, mức thu phí, lệ phí và nghĩa vụ tài chính khác do xã trực tiếp thu.',
        keywords: ['lệ phí', 'thu phí', 'mức thu', 'nghĩa vụ tài chính'],
      },
      { text: 'Công khai thủ tục hành chính do xã trực tiếp thực hiện.', keywords: ['thủ tục hành chính'] },
      // The catch-all clause: no activity can be said to fulfil "the other contents".
      { text: 'Công khai các nội dung khác theo quy định của pháp luật và quy chế thực hiện dân chủ ở xã.', suggestFrom: [] },
    ],
    ['CONG_KHAI'],
  ),
  {
    id: 'X-D12',
    kinds: X,
    group: 'cong_khai',
    article: dieu(12),
    text: 'Công khai thông tin đúng thời điểm: theo quy định của pháp luật chuyên ngành; trường hợp pháp luật không quy định thì chậm nhất 05 ngày làm việc kể từ ngày văn bản được ban hành.',
  },
  {
    id: 'X-D13',
    kinds: X,
    group: 'cong_khai',
    article: dieu(13),
    text: 'Bảo đảm thời hạn công khai: niêm yết tại trụ sở và nhà văn hóa thôn, tổ dân phố ít nhất 30 ngày liên tục; niêm yết thường xuyên quy chế thực hiện dân chủ ở xã và thủ tục hành chính; thông báo trên hệ thống truyền thanh ít nhất 03 ngày liên tục các nội dung tại khoản 7 đến khoản 12 Điều 11; đăng tải đầy đủ trên cổng, trang thông tin điện tử (nếu có).',
  },
  {
    id: 'X-D13-2',
    kinds: X,
    group: 'cong_khai',
    article: khoan(2, 13),
    text: 'Lập và niêm yết danh mục các nội dung đã công khai (hình thức, thời điểm công khai) hằng quý.',
    suggestFrom: ['CONG_KHAI', 'LANH_DAO'],
    keywords: [['danh mục', 'công khai']],
  },
  {
    id: 'X-D14-KH',
    kinds: X,
    group: 'cong_khai',
    article: dieu(14),
    text: 'Xây dựng kế hoạch công khai thông tin (nội dung, hình thức, thời điểm, thời hạn, trách nhiệm thực hiện).',
    suggestFrom: ['LANH_DAO'],
    keywords: [['kế hoạch', 'công khai']],
  },
  {
    id: 'X-D14-BC',
    kinds: X,
    group: 'cong_khai',
    article: dieu(14),
    text: 'Báo cáo Hội đồng nhân dân xã tại kỳ họp thường lệ gần nhất về tình hình, kết quả công khai thông tin và gửi Ủy ban Mặt trận Tổ quốc Việt Nam xã.',
    suggestFrom: ['LANH_DAO', 'CONG_KHAI'],
    keywords: [['báo cáo', 'công khai']],
  },
];

const DECISIONS: ChecklistItem[] = [
  ...numbered(
    'X',
    X,
    'ban_quyet_dinh',
    15,
    [
      {
        text: 'Nhân dân bàn và quyết định chủ trương, mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng do Nhân dân đóng góp.',
        keywords: ['mức đóng góp', 'cơ sở hạ tầng', 'công trình', 'làm đường', 'đường giao thông', 'xây dựng', 'sửa chữa', 'nhà văn hóa'],
        mask: ['xây dựng hương ước', 'xây dựng quy ước'],
      },
      {
        text: 'Nhân dân bàn và quyết định việc thu, chi, quản lý các khoản đóng góp ngoài quy định; kinh phí, tài sản của cộng đồng được giao, được tài trợ.',
        keywords: ['thu, chi', 'thu chi', 'khoản đóng góp', 'kinh phí', 'tài sản của cộng đồng', 'tài trợ'],
      },
      {
        text: 'Nhân dân bàn và quyết định nội dung hương ước, quy ước của cộng đồng dân cư.',
        suggestFrom: ['DAN_CHU_TRUC_TIEP', 'HUONG_UOC'],
        keywords: [['bàn', 'hương ước'], ['biểu quyết', 'hương ước'], ['thông qua', 'hương ước'], ['xây dựng', 'hương ước'], ['sửa đổi', 'hương ước'], ['bàn', 'quy ước'], ['biểu quyết', 'quy ước'], ['thông qua', 'quy ước']],
      },
      {
        text: 'Nhân dân bàn và quyết định việc bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố.',
        keywords: ['trưởng thôn', 'trưởng bản', 'trưởng ấp', 'trưởng xóm', 'trưởng làng', 'tổ trưởng tổ dân phố', 'trưởng khu phố'].flatMap((head) => [['bầu', head], ['cho thôi', head]]),
      },
      {
        text: 'Nhân dân bàn và quyết định việc bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.',
        keywords: [['bầu', 'ban thanh tra nhân dân'], ['cho thôi', 'ban thanh tra nhân dân'], ['bầu', 'ban giám sát đầu tư'], ['cho thôi', 'ban giám sát đầu tư']],
      },
      { text: 'Nhân dân bàn và quyết định các công việc tự quản khác trong cộng đồng dân cư.', suggestFrom: [] },
    ],
    ['DAN_CHU_TRUC_TIEP'],
  ),
  {
    id: 'X-ND61-D11',
    kinds: X,
    group: 'ban_quyet_dinh',
    article: dieu(11, ND61),
    text: 'Ủy ban nhân dân xã xem xét, công nhận hương ước, quy ước trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
    suggestFrom: ['HUONG_UOC', 'LANH_DAO'],
    keywords: [['công nhận', 'hương ước'], ['công nhận', 'quy ước']],
    figures: [{ code: 'F2_MOI' }],
  },
  {
    id: 'X-ND61-D15-4',
    kinds: X,
    group: 'ban_quyet_dinh',
    article: khoan(4, 15, ND61),
    text: 'Thôn, tổ dân phố rà soát, đánh giá việc thực hiện hương ước, quy ước hằng năm (vào dịp ngày 18/11 hoặc thời điểm khác do cộng đồng dân cư thống nhất).',
    suggestFrom: ['HUONG_UOC'],
    keywords: ['rà soát', 'đánh giá'],
    season: QUARTER_IV,
  },
  {
    id: 'X-ND61-D16',
    kinds: X,
    group: 'ban_quyet_dinh',
    article: dieu(16, ND61),
    text: 'Thống kê, báo cáo tình hình xây dựng, thực hiện hương ước, quy ước (số được công nhận, không được công nhận, sửa đổi, bổ sung, thay thế, tạm ngừng, bãi bỏ) theo yêu cầu của cơ quan cấp trên.',
    suggestFrom: ['HUONG_UOC', 'LANH_DAO'],
    keywords: [['thống kê', 'hương ước'], ['báo cáo', 'hương ước'], ['thống kê', 'quy ước'], ['báo cáo', 'quy ước']],
    season: QUARTER_IV,
  },
];

const OPINIONS: ChecklistItem[] = numbered(
  'X',
  X,
  'tham_gia_y_kien',
  25,
  [
    {
      text: 'Lấy ý kiến Nhân dân về dự thảo kế hoạch phát triển kinh tế - xã hội của xã, phương án chuyển đổi cơ cấu kinh tế, phát triển ngành nghề.',
      keywords: ['kinh tế - xã hội', 'chuyển đổi cơ cấu', 'định canh', 'ngành nghề'],
    },
    { text: 'Lấy ý kiến Nhân dân về dự thảo quy hoạch, kế hoạch sử dụng đất và việc điều chỉnh.', keywords: ['sử dụng đất'] },
    {
      text: 'Lấy ý kiến Nhân dân về chủ trương, chính sách đầu tư, xây dựng, đất đai, môi trường, bồi thường, giải phóng mặt bằng của dự án có ảnh hưởng đến cộng đồng.',
      keywords: ['giải phóng mặt bằng', 'bồi thường', 'di dân', 'tái định cư', 'môi trường', 'chất thải', 'dự án'],
    },
    {
      text: 'Lấy ý kiến Nhân dân về đề án thành lập, giải thể, nhập, chia, điều chỉnh địa giới, đặt tên, đổi tên đơn vị hành chính, thôn, tổ dân phố.',
      keywords: ['địa giới', 'sáp nhập', 'sắp xếp', 'giải thể', 'đặt tên', 'đổi tên', 'chia tách', 'nhập thôn', 'nhập bản'],
    },
    {
      text: 'Lấy ý kiến Nhân dân về dự thảo quyết định hành chính của Ủy ban nhân dân xã liên quan đến lợi ích của cộng đồng dân cư.',
      keywords: ['quyết định hành chính'],
      mask: ['xác lập nghĩa vụ', 'hạn chế quyền'],
    },
    {
      text: 'Lấy ý kiến Nhân dân về nhiệm vụ, đồ án quy hoạch xây dựng trên địa bàn xã.',
      keywords: ['quy hoạch xây dựng', 'quy hoạch chung', 'quy hoạch phân khu', 'quy hoạch chi tiết', 'đồ án quy hoạch', 'điểm dân cư'],
    },
    { text: 'Lấy ý kiến Nhân dân về dự thảo quy chế thực hiện dân chủ ở xã.', keywords: [['quy chế', 'dân chủ']] },
    {
      text: 'Lấy ý kiến, đối thoại với người có liên quan về dự thảo quyết định hành chính xác lập nghĩa vụ hoặc hạn chế quyền của công dân.',
      suggestFrom: ['LAY_Y_KIEN', 'DOI_THOAI'],
      keywords: ['xác lập nghĩa vụ', 'hạn chế quyền', 'bị ảnh hưởng', 'người có liên quan'],
    },
    { text: 'Lấy ý kiến Nhân dân về các nội dung khác theo quy định của pháp luật.', suggestFrom: [] },
  ],
  ['LAY_Y_KIEN'],
);

const OVERSIGHT: ChecklistItem[] = [
  {
    id: 'X-D32',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(32),
    text: 'Ủy ban nhân dân xã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức hội nghị trao đổi, đối thoại với Nhân dân ít nhất 01 lần trong năm.',
    suggestFrom: ['DOI_THOAI'],
    keywords: ['nhân dân', 'người dân', 'hội nghị đối thoại', 'hội nghị trao đổi'],
    mask: ['thanh tra nhân dân', 'công an nhân dân'],
  },
  {
    id: 'X-D33',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(33),
    text: 'Các thôn, tổ dân phố tổ chức hội nghị định kỳ của cộng đồng dân cư vào cuối năm.',
    suggestFrom: ['DAN_CHU_TRUC_TIEP'],
    keywords: ['hội nghị định kỳ', 'cuối năm', 'tổng kết năm'],
    season: YEAR_END,
  },
  {
    id: 'X-D36',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(36),
    text: 'Ban Thanh tra nhân dân ở xã được bầu, kiện toàn đủ thành viên (mỗi thôn, tổ dân phố bầu 01 thành viên, ít nhất 05 thành viên).',
    suggestFrom: ['DAN_CHU_TRUC_TIEP', 'LANH_DAO', 'GIAM_SAT'],
    keywords: boardSetUp('ban thanh tra nhân dân'),
    figures: [{ code: 'E1_TV' }, { code: 'E4_KIEN_TOAN' }],
  },
  {
    id: 'X-D38',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(38),
    text: 'Ban Thanh tra nhân dân ở xã kiểm tra, giám sát việc thực hiện các nội dung Nhân dân bàn và quyết định, việc thực hiện chính sách, pháp luật của Ủy ban nhân dân xã, cán bộ, công chức xã và người hoạt động không chuyên trách ở thôn, tổ dân phố.',
    suggestFrom: ['GIAM_SAT'],
    keywords: ['ban thanh tra nhân dân'],
    mask: ['tập huấn'],
  },
  {
    id: 'X-D41',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: dieu(41),
    text: 'Ban Giám sát đầu tư của cộng đồng (ít nhất 05 thành viên) được thành lập đối với từng chương trình, dự án đầu tư trên địa bàn và thực hiện giám sát theo quy định.',
    suggestFrom: ['GIAM_SAT', 'LANH_DAO'],
    keywords: ['ban giám sát đầu tư'],
    figures: [{ code: 'E2_BAN' }, { code: 'E2_CT' }],
  },
  {
    id: 'X-D86-2',
    kinds: X,
    group: 'kiem_tra_giam_sat',
    article: khoan(2, 86),
    text: 'Ủy ban nhân dân xã xem xét, giải quyết kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng và Ủy ban Mặt trận Tổ quốc Việt Nam xã theo thẩm quyền; báo cáo cấp trên nội dung vượt thẩm quyền.',
    suggestFrom: ['TIEP_CONG_DAN', 'LANH_DAO', 'GIAM_SAT'],
    keywords: [['giải quyết', 'kiến nghị của ban'], ['trả lời', 'kiến nghị của ban'], ['tiếp thu', 'kiến nghị của ban']],
    figures: [{ code: 'E1_KN_GQ' }],
  },
];

/** The commune's items, in the order of the Law and of its report. */
export const COMMUNE: ChecklistItem[] = [...DISCLOSURE, ...DECISIONS, ...OPINIONS, ...OVERSIGHT];
