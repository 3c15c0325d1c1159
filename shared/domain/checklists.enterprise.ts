// State-owned enterprises (Mục 1 Chương IV of Luật 10/2022/QH15) and other employers (Điều 82
// of the Law; Nghị định 145/2020/NĐ-CP; Bộ luật Lao động 2019).
import type { ChecklistItem, ChecklistKeyword, ChecklistSeason } from './checklists.types';
import { BLLD, boardSetUp, D, dieu, dieuVa, khoan, LAW, lettered, N, ND145, numbered } from './checklists.cite';

/** Điều 69: the workers' conference falls within three months after the financial year. */
const QUARTER_I: ChecklistSeason = { label: 'quý I', from: '01-01', to: '03-31' };

const DEMOCRACY_RULES: ChecklistKeyword[] = [['quy chế', 'dân chủ']];
const PAY_RULES = ['nội quy lao động', 'thang lương', 'bảng lương', 'định mức lao động'];
const FUNDS = ['quỹ khen thưởng', 'quỹ phúc lợi', 'trích lập', 'quỹ'];
const CONTRIBUTIONS = ['kinh phí công đoàn', 'bảo hiểm xã hội', 'bảo hiểm y tế', 'bảo hiểm thất nghiệp'];
const WORKERS_CONFERENCE = ['hội nghị người lao động', 'hội nghị đại biểu người lao động'];

const SOE: ChecklistItem[] = [
  ...lettered(
    'D-D64',
    D,
    'cong_khai',
    1,
    64,
    LAW,
    [
      ['a', { text: 'Công khai tình hình sản xuất, kinh doanh, hoạt động của doanh nghiệp.', keywords: ['sản xuất', 'kinh doanh', 'hoạt động của doanh nghiệp'] }],
      ['b', { text: 'Công khai nội quy lao động, thang lương, bảng lương, định mức lao động và các quy chế liên quan đến quyền, nghĩa vụ của người lao động.', keywords: PAY_RULES }],
      ['c', { text: 'Công khai thỏa ước lao động tập thể.', keywords: ['thỏa ước'] }],
      ['d', { text: 'Công khai việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người lao động đóng góp.', keywords: FUNDS }],
      ['đ', { text: 'Công khai việc trích nộp kinh phí công đoàn, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.', keywords: CONTRIBUTIONS }],
      [
        'e',
        {
          text: 'Công khai việc thi đua, khen thưởng, kỷ luật, giải quyết kiến nghị, phản ánh của người lao động.',
          keywords: ['thi đua', 'khen thưởng', 'kỷ luật', 'kiến nghị', 'phản ánh'],
          mask: ['quỹ khen thưởng'],
        },
      ],
      ['g', { text: 'Công khai quy chế thực hiện dân chủ của doanh nghiệp.', keywords: DEMOCRACY_RULES }],
      ['h', { text: 'Công khai các nội dung khác về tài chính, tài sản, công tác cán bộ theo quy định của pháp luật.', keywords: ['tài chính', 'tài sản', 'công tác cán bộ', 'bổ nhiệm'] }],
    ],
    ['CONG_KHAI'],
  ),
  {
    id: 'D-D66',
    kinds: D,
    group: 'cong_khai',
    article: dieuVa(65, 66),
    text: 'Công khai thông tin chậm nhất 15 ngày kể từ ngày văn bản được ban hành; đăng trên hệ thống thông tin nội bộ hoặc niêm yết tại doanh nghiệp ít nhất 20 ngày liên tục.',
  },
  ...numbered(
    'D',
    D,
    'ban_quyet_dinh',
    67,
    [
      { text: 'Người lao động bàn và quyết định nội dung thương lượng tập thể đã đạt được.', keywords: ['thương lượng tập thể', 'thỏa ước'] },
      { text: 'Người lao động bàn và quyết định việc lập quỹ, mức thu, chi từ thu nhập và các khoản đóng góp của người lao động.', keywords: ['lập quỹ', 'quỹ', 'mức thu', 'đóng góp'] },
      {
        text: 'Người lao động bàn và quyết định việc bầu, cho thôi làm thành viên Ban Thanh tra nhân dân.',
        keywords: [['bầu', 'ban thanh tra nhân dân'], ['cho thôi', 'ban thanh tra nhân dân']],
      },
      { text: 'Người lao động bàn và quyết định nội dung nghị quyết hội nghị người lao động.', keywords: ['nghị quyết hội nghị', ...WORKERS_CONFERENCE] },
      { text: 'Người lao động bàn và quyết định các công việc tự quản khác.', suggestFrom: [] },
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
    keywords: WORKERS_CONFERENCE,
    season: QUARTER_I,
    figures: [{ code: 'C6_HN_NLD', both: true }],
  },
  {
    id: 'D-D70-3',
    kinds: D,
    group: 'kiem_tra_giam_sat',
    article: khoan(3, 70),
    text: 'Kiểm tra việc thực hiện nghị quyết hội nghị người lao động 06 tháng một lần.',
    suggestFrom: ['KIEM_TRA'],
    keywords: ['nghị quyết'],
    figures: [{ code: 'C5_KT_NQ', both: true }],
  },
  ...lettered(
    'D-D71',
    D,
    'tham_gia_y_kien',
    1,
    71,
    LAW,
    [
      [
        'a',
        {
          text: 'Lấy ý kiến người lao động về nội quy, quy chế, quy định nội bộ liên quan đến quyền, nghĩa vụ của người lao động.',
          keywords: ['nội quy', 'quy chế', 'quy định nội bộ'],
          mask: ['quy chế thực hiện dân chủ', 'quy chế dân chủ'],
        },
      ],
      ['b', { text: 'Lấy ý kiến người lao động về thang lương, bảng lương, định mức lao động.', keywords: ['thang lương', 'bảng lương', 'định mức'] }],
      [
        'c',
        {
          text: 'Lấy ý kiến người lao động về giải pháp cải thiện điều kiện làm việc, bảo vệ môi trường, phòng, chống cháy nổ, phòng, chống tham nhũng.',
          keywords: ['điều kiện làm việc', 'môi trường', 'cháy nổ', 'phòng cháy', 'tham nhũng', 'an toàn'],
        },
      ],
      ['d', { text: 'Lấy ý kiến người lao động về quy trình giải quyết tranh chấp lao động, xử lý kỷ luật lao động, trách nhiệm vật chất.', keywords: ['tranh chấp lao động', 'kỷ luật lao động', 'trách nhiệm vật chất'] }],
      ['đ', { text: 'Lấy ý kiến người lao động về dự thảo quy chế thực hiện dân chủ của doanh nghiệp.', keywords: DEMOCRACY_RULES }],
      ['e', { text: 'Lấy ý kiến người lao động về các nội dung khác theo quy định của pháp luật.', suggestFrom: [] }],
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
  {
    id: 'D-D75',
    kinds: D,
    group: 'kiem_tra_giam_sat',
    article: dieu(75),
    text: 'Người lao động kiểm tra việc thực hiện các nội dung đã bàn và quyết định, giám sát hoạt động của doanh nghiệp trực tiếp hoặc thông qua Ban Thanh tra nhân dân.',
    suggestFrom: ['GIAM_SAT'],
  },
  {
    id: 'D-D77',
    kinds: D,
    group: 'kiem_tra_giam_sat',
    article: dieu(77),
    text: 'Bầu Ban Thanh tra nhân dân ở doanh nghiệp nhà nước tại hội nghị người lao động (từ 03 đến 09 thành viên, nhiệm kỳ 02 năm).',
    suggestFrom: ['DAN_CHU_TRUC_TIEP', 'GIAM_SAT', 'LANH_DAO'],
    keywords: boardSetUp('ban thanh tra nhân dân'),
    figures: [{ code: 'E1_TV' }, { code: 'E4_KIEN_TOAN' }],
  },
];

const EMPLOYER: ChecklistItem[] = [
  ...lettered(
    'N-ND145-D43',
    N,
    'cong_khai',
    1,
    43,
    ND145,
    [
      ['a', { text: 'Công khai tình hình sản xuất, kinh doanh của người sử dụng lao động.', keywords: ['sản xuất', 'kinh doanh'] }],
      ['b', { text: 'Công khai nội quy lao động, thang lương, bảng lương, định mức lao động, quy chế của doanh nghiệp.', keywords: [...PAY_RULES, 'quy chế'] }],
      ['c', { text: 'Công khai thỏa ước lao động tập thể.', keywords: ['thỏa ước'] }],
      ['d', { text: 'Công khai việc trích lập, sử dụng quỹ khen thưởng, quỹ phúc lợi và các quỹ do người lao động đóng góp.', keywords: FUNDS }],
      ['đ', { text: 'Công khai việc trích nộp kinh phí công đoàn, bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.', keywords: CONTRIBUTIONS }],
      [
        'e',
        {
          text: 'Công khai việc thi đua, khen thưởng, kỷ luật, giải quyết khiếu nại, tố cáo liên quan đến quyền, lợi ích của người lao động.',
          keywords: ['thi đua', 'khen thưởng', 'kỷ luật', 'khiếu nại', 'tố cáo'],
          mask: ['quỹ khen thưởng'],
        },
      ],
      ['g', { text: 'Công khai các nội dung khác theo quy định của pháp luật.', suggestFrom: [] }],
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
    keywords: ['thỏa ước', 'biểu quyết', 'hợp đồng lao động', 'tổ chức đại diện'],
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
    keywords: WORKERS_CONFERENCE,
    figures: [{ code: 'C6_HN_NLD', both: true }],
  },
  {
    id: 'N-ND145-D48',
    kinds: N,
    group: 'chung',
    article: dieu(48, ND145),
    text: 'Ban hành quy chế dân chủ ở cơ sở tại nơi làm việc sau khi tham khảo ý kiến của tổ chức đại diện người lao động.',
    suggestFrom: ['LANH_DAO'],
    keywords: DEMOCRACY_RULES,
    figures: [{ code: 'A2', both: true }],
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

export const ENTERPRISE: ChecklistItem[] = [...SOE, ...EMPLOYER];
