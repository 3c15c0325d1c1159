// State agencies and public service units (Chương III of Luật 10/2022/QH15).
import type { ChecklistItem } from './checklists.types';
import { boardSetUp, C, diem, dieu, dieuVa, khoan, numbered } from './checklists.cite';

const DEMOCRACY_RULES = [['quy chế', 'dân chủ']];

export const AGENCY: ChecklistItem[] = [
  ...numbered(
    'C',
    C,
    'cong_khai',
    46,
    [
      {
        text: 'Công khai chủ trương, chính sách của Đảng và pháp luật của Nhà nước liên quan đến tổ chức, hoạt động của cơ quan, đơn vị.',
        keywords: ['chủ trương', 'chính sách, pháp luật', 'đường lối'],
      },
      { text: 'Công khai kế hoạch công tác hằng năm, hằng quý, hằng tháng.', keywords: ['kế hoạch công tác'] },
      {
        text: 'Công khai dự toán ngân sách, các nguồn tài chính khác, tình hình thực hiện dự toán, quyết toán hằng năm; kết quả thực hiện kiến nghị của Kiểm toán nhà nước.',
        keywords: ['dự toán', 'ngân sách', 'quyết toán', 'nguồn tài chính', 'kiểm toán nhà nước'],
      },
      {
        text: 'Công khai tiêu chuẩn, định mức và việc đầu tư, mua sắm, giao, thuê, sử dụng, thu hồi, điều chuyển, thanh lý tài sản công.',
        keywords: ['tài sản công', 'mua sắm', 'thanh lý', 'trang thiết bị'],
      },
      {
        text: 'Công khai kế hoạch vốn, danh mục dự án, tiến độ, giải ngân, nghiệm thu, quyết toán dự án đầu tư công.',
        keywords: ['đầu tư công', 'kế hoạch vốn', 'dự án', 'giải ngân'],
      },
      {
        text: 'Công khai việc tuyển dụng, đào tạo, bồi dưỡng, điều động, bổ nhiệm, luân chuyển, đánh giá, xếp loại, khen thưởng, kỷ luật, nâng lương, nghỉ hưu và chế độ, chính sách đối với cán bộ, công chức, viên chức, người lao động.',
        keywords: ['tuyển dụng', 'bổ nhiệm', 'điều động', 'luân chuyển', 'nâng lương', 'nâng ngạch', 'xếp loại', 'khen thưởng', 'kỷ luật', 'nghỉ hưu', 'công tác cán bộ', 'quy hoạch cán bộ'],
        mask: ['vi phạm kỷ luật'],
      },
      {
        text: 'Công khai kết luận về vụ việc tiêu cực, tham nhũng, lãng phí; bản kê khai tài sản, thu nhập theo quy định.',
        keywords: ['tham nhũng', 'tiêu cực', 'lãng phí', 'kê khai tài sản', 'tài sản, thu nhập'],
      },
      {
        text: 'Công khai kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, kiến nghị trong nội bộ cơ quan, đơn vị.',
        keywords: ['kết quả thanh tra', 'kết luận thanh tra', 'kết quả kiểm tra', 'khiếu nại', 'tố cáo'],
      },
      {
        text: 'Công khai nội quy, quy chế, quy định của cơ quan, đơn vị; quy tắc ứng xử.',
        keywords: ['nội quy', 'quy chế', 'quy tắc ứng xử'],
      },
      {
        text: 'Công khai kết quả tổng hợp ý kiến, việc giải trình, tiếp thu ý kiến của cán bộ, công chức, viên chức, người lao động.',
        keywords: ['tổng hợp ý kiến', 'giải trình', 'tiếp thu ý kiến'],
      },
      {
        text: 'Công khai văn bản chỉ đạo, điều hành của cơ quan cấp trên liên quan đến công việc của cơ quan, đơn vị.',
        keywords: ['văn bản chỉ đạo', 'cấp trên', 'chỉ đạo, điều hành'],
      },
      { text: 'Công khai các nội dung khác theo quy định của pháp luật và quy chế của cơ quan, đơn vị.', suggestFrom: [] },
    ],
    ['CONG_KHAI'],
  ),
  {
    id: 'C-D48',
    kinds: C,
    group: 'cong_khai',
    article: dieuVa(47, 48),
    text: 'Công khai thông tin chậm nhất 05 ngày làm việc kể từ ngày văn bản được ban hành; đăng trên hệ thống thông tin nội bộ, trang thông tin điện tử hoặc niêm yết tại trụ sở ít nhất 20 ngày liên tục (trừ trường hợp đã gửi văn bản đến từng người).',
  },
  ...numbered(
    'C',
    C,
    'ban_quyet_dinh',
    49,
    [
      {
        text: 'Cán bộ, công chức, viên chức, người lao động bàn và quyết định việc bầu, cho thôi làm thành viên Ban Thanh tra nhân dân.',
        keywords: [['bầu', 'ban thanh tra nhân dân'], ['cho thôi', 'ban thanh tra nhân dân']],
      },
      {
        text: 'Cán bộ, công chức, viên chức, người lao động bàn và quyết định việc thu, chi, quản lý, sử dụng các khoản đóng góp ngoài quy định.',
        keywords: ['đóng góp', 'thu, chi', 'thu chi', 'quỹ'],
      },
      {
        text: 'Cán bộ, công chức, viên chức, người lao động bàn và quyết định nội dung nghị quyết hội nghị cán bộ, công chức, viên chức, người lao động.',
        keywords: ['nghị quyết hội nghị', 'hội nghị cán bộ', 'hội nghị công chức', 'hội nghị viên chức'],
      },
      { text: 'Cán bộ, công chức, viên chức, người lao động bàn và quyết định các công việc tự quản khác.', suggestFrom: [] },
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
    keywords: ['hội nghị cán bộ', 'hội nghị công chức', 'hội nghị viên chức', 'hội nghị người lao động'],
    figures: [{ code: 'C4_HN_CBCCVC', both: true }],
  },
  {
    id: 'C-D52-3',
    kinds: C,
    group: 'kiem_tra_giam_sat',
    article: khoan(3, 52),
    text: 'Người đứng đầu và ban chấp hành công đoàn kiểm tra việc thực hiện nghị quyết hội nghị 06 tháng một lần và thông báo đến cán bộ, công chức, viên chức, người lao động.',
    suggestFrom: ['KIEM_TRA'],
    keywords: ['nghị quyết'],
    figures: [{ code: 'C5_KT_NQ', both: true }],
  },
  ...numbered(
    'C',
    C,
    'tham_gia_y_kien',
    53,
    [
      {
        text: 'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về giải pháp thực hiện chủ trương, chính sách, pháp luật liên quan đến cơ quan, đơn vị.',
        keywords: ['chủ trương', 'giải pháp thực hiện'],
      },
      { text: 'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về kế hoạch công tác hằng năm.', keywords: ['kế hoạch công tác'] },
      { text: 'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về việc tổ chức phong trào thi đua.', keywords: ['thi đua'] },
      { text: 'Lấy ý kiến cán bộ, công chức, viên chức, người lao động về báo cáo sơ kết, tổng kết.', keywords: ['sơ kết', 'tổng kết'] },
      {
        text: 'Lấy ý kiến về cải tiến tổ chức, lề lối làm việc; phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm, chống lãng phí, quan liêu, phiền hà, sách nhiễu.',
        keywords: ['lề lối', 'cải tiến', 'tham nhũng', 'tiết kiệm', 'lãng phí'],
      },
      { text: 'Lấy ý kiến về kế hoạch tuyển dụng, đào tạo, bồi dưỡng; bầu cử, bổ nhiệm.', keywords: ['tuyển dụng', 'đào tạo', 'bồi dưỡng', 'bầu cử', 'bổ nhiệm'] },
      {
        text: 'Lấy ý kiến về chế độ, chính sách liên quan đến quyền, lợi ích của cán bộ, công chức, viên chức, người lao động.',
        keywords: ['chế độ', 'quyền lợi', 'quyền, lợi ích', 'phúc lợi', 'thu nhập tăng thêm'],
        mask: ['chế độ báo cáo'],
      },
      { text: 'Lấy ý kiến về dự thảo quy chế thực hiện dân chủ của cơ quan, đơn vị.', keywords: DEMOCRACY_RULES },
      { text: 'Lấy ý kiến về dự thảo quy chế chi tiêu nội bộ (nếu có).', keywords: ['chi tiêu nội bộ'] },
      {
        text: 'Lấy ý kiến về các dự thảo nội quy, quy chế khác của cơ quan, đơn vị.',
        keywords: ['nội quy', 'quy chế', 'quy định nội bộ'],
        mask: ['quy chế thực hiện dân chủ', 'quy chế dân chủ', 'quy chế chi tiêu nội bộ'],
      },
      { text: 'Lấy ý kiến về các nội dung khác theo quy định của pháp luật.', suggestFrom: [] },
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
    keywords: DEMOCRACY_RULES,
    figures: [{ code: 'A2', both: true }],
  },
  {
    id: 'C-D59-1b',
    kinds: C,
    group: 'tham_gia_y_kien',
    // Khoản 1 lists the head's duties; which letter holds dialogue is not certain, so the clause is cited.
    article: khoan(1, 59),
    text: 'Người đứng đầu tổ chức đối thoại, giải trình với cán bộ, công chức, viên chức, người lao động.',
    suggestFrom: ['DOI_THOAI'],
  },
  {
    id: 'C-D59-1c',
    kinds: C,
    group: 'kiem_tra_giam_sat',
    article: khoan(1, 59),
    text: 'Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của cán bộ, công chức, viên chức, người lao động theo quy định.',
    suggestFrom: ['TIEP_CONG_DAN'],
  },
  {
    id: 'C-D60',
    kinds: C,
    group: 'kiem_tra_giam_sat',
    article: dieu(60),
    text: 'Bầu Ban Thanh tra nhân dân tại hội nghị cán bộ, công chức, viên chức, người lao động (từ 03 đến 09 thành viên, nhiệm kỳ 02 năm), trừ đơn vị có từ 07 người trở xuống.',
    suggestFrom: ['DAN_CHU_TRUC_TIEP', 'GIAM_SAT', 'LANH_DAO'],
    keywords: boardSetUp('ban thanh tra nhân dân'),
    figures: [{ code: 'E1_TV' }, { code: 'E4_KIEN_TOAN' }],
  },
];
