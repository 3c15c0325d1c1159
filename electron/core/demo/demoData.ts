// A realistic commune for the demo: Bình Lư (Lai Châu), modelled on its 2026 plan (seed 004).
// Names of villages and people are invented; numbers are plausible, not real.
import type { ActivityForm, ActivityInput, ActivityKind } from '../../../shared/domain/activities';
import type { FigureEntry } from '../../../shared/domain/catalog';
import type { UnitProfile } from '../../../shared/domain/unitProfile';

export const DEMO_UNIT: UnitProfile = {
  code: 'UBND-BINHLU',
  name: 'Ủy ban nhân dân xã Bình Lư',
  kind: 'xa',
  profileId: 'lai-chau-binh-lu',
  parentBody: 'Ủy ban nhân dân tỉnh Lai Châu',
  placeName: 'Bình Lư',
  docSymbol: 'UBND',
  signer: { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lò Văn Thắng' },
  kinhGui: ['Sở Nội vụ tỉnh Lai Châu'],
  recipients: ['Thường trực Đảng ủy xã', 'Thường trực HĐND xã', 'Ủy ban MTTQ Việt Nam xã'],
  archiveTag: 'VP',
  planRef: 'Kế hoạch số 363/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã Bình Lư về thực hiện dân chủ ở cơ sở năm 2026',
  // The commune sends its reports before 05/5 and 05/11, so it closes its figures at 30/4 and 31/10.
  periodOverrides: {
    cutoff: {
      H1: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '04-30' } },
      Y: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '10-31' } },
    },
  },
};

const VILLAGES = ['Nà Bỏ', 'Nà Khuy', 'Cốc Phát', 'Thành Công', 'Nậm Dê', 'Phiêng Lúc', 'Nà Cơ', 'Bình Lư', 'Hua Bó', 'Lao Chải', 'Séo Phìn', 'Can Hồ', 'Nà Đon', 'Phiêng Pẳng'];

interface Template {
  kind: ActivityKind;
  title: string;
  form?: ActivityForm;
  people?: [number, number];
  sessions?: [number, number];
  basis?: string;
  notes?: string;
  measures?: string[];
}

const T: Template[] = [
  { kind: 'TUYEN_TRUYEN', title: 'Hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở cho cán bộ, công chức xã', people: [45, 70], basis: 'Kế hoạch số 371/KH-UBND' },
  { kind: 'TUYEN_TRUYEN', title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở tại bản {village}', people: [60, 140] },
  { kind: 'TUYEN_TRUYEN', title: 'Lồng ghép tuyên truyền dân chủ ở cơ sở trong sinh hoạt chi bộ bản {village}', people: [25, 45] },
  { kind: 'TUYEN_TRUYEN', title: 'Phát tin, bài về thực hiện dân chủ trên hệ thống loa truyền thanh xã', sessions: [8, 15], people: [0, 0] },
  { kind: 'TAP_HUAN', title: 'Tập huấn nghiệp vụ cho thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', people: [40, 60], sessions: [1, 2] },
  { kind: 'TAP_HUAN', title: 'Bồi dưỡng kỹ năng tổ chức họp bản cho trưởng bản, bí thư chi bộ', people: [28, 32] },
  { kind: 'CONG_KHAI', title: 'Công khai dự toán ngân sách xã năm {year}', notes: 'Niêm yết tại trụ sở, trang thông tin điện tử', people: [0, 0] },
  { kind: 'CONG_KHAI', title: 'Công khai danh sách hộ nghèo, hộ cận nghèo được hỗ trợ', notes: 'Niêm yết tại nhà văn hóa bản, loa truyền thanh', people: [0, 0] },
  { kind: 'CONG_KHAI', title: 'Công khai kế hoạch sử dụng đất và công trình đầu tư trên địa bàn', notes: 'Niêm yết, hội nghị', people: [0, 0] },
  { kind: 'CONG_KHAI', title: 'Công khai thủ tục hành chính thuộc thẩm quyền giải quyết của xã', notes: 'Niêm yết thường xuyên', people: [0, 0] },
  { kind: 'CONG_KHAI', title: 'Công khai tình hình thực hiện dự toán ngân sách quý', notes: 'Niêm yết, trang thông tin điện tử', people: [0, 0] },
  { kind: 'DAN_CHU_TRUC_TIEP', title: 'Họp bản {village} bàn và quyết định mức đóng góp làm đường giao thông nội bản', people: [70, 130] },
  { kind: 'DAN_CHU_TRUC_TIEP', title: 'Họp bản {village} bầu trưởng bản nhiệm kỳ mới', people: [80, 150] },
  { kind: 'DAN_CHU_TRUC_TIEP', title: 'Họp bản {village} bàn sửa chữa nhà văn hóa bản', people: [60, 110] },
  { kind: 'DOI_THOAI', title: 'Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân', people: [90, 160], measures: [] },
  { kind: 'DOI_THOAI', title: 'Đối thoại với hộ dân bị ảnh hưởng dự án đường tỉnh qua bản {village}', people: [30, 55] },
  { kind: 'LAY_Y_KIEN', title: 'Lấy ý kiến Nhân dân về dự thảo kế hoạch phát triển kinh tế - xã hội năm {nextYear}', people: [150, 260], form: 'ket_hop' },
  { kind: 'LAY_Y_KIEN', title: 'Lấy ý kiến Nhân dân về dự thảo quy hoạch chung xã Bình Lư', people: [120, 220] },
  { kind: 'LAY_Y_KIEN', title: 'Lấy ý kiến về dự thảo Quy chế thực hiện dân chủ ở xã', people: [80, 140], form: 'truc_tuyen' },
  { kind: 'TIEP_CONG_DAN', title: 'Tiếp công dân định kỳ của Chủ tịch UBND xã', sessions: [2, 4], people: [8, 25] },
  { kind: 'GIAM_SAT', title: 'Ban Thanh tra nhân dân giám sát việc thu, chi quỹ đóng góp tự nguyện', people: [0, 0] },
  { kind: 'GIAM_SAT', title: 'Ban Giám sát đầu tư của cộng đồng giám sát công trình kè suối bản {village}', people: [0, 0] },
  { kind: 'GIAM_SAT', title: 'Ban Thanh tra nhân dân giám sát việc bình xét hộ nghèo tại bản {village}', people: [0, 0] },
  { kind: 'HUONG_UOC', title: 'Rà soát, sửa đổi hương ước bản {village}', people: [60, 100] },
  { kind: 'HUONG_UOC', title: 'Hội nghị công nhận hương ước sửa đổi của bản {village}', people: [40, 70] },
  { kind: 'KIEM_TRA', title: 'Kiểm tra việc thực hiện dân chủ tại bản {village}', people: [10, 20] },
  { kind: 'KIEM_TRA', title: 'Tự kiểm tra việc thực hiện Quy chế dân chủ trong cơ quan UBND xã', people: [20, 30] },
  { kind: 'THI_DUA', title: 'Khen thưởng bản tiêu biểu trong thực hiện dân chủ ở cơ sở', people: [30, 50] },
  { kind: 'THI_DUA', title: 'Nhân rộng mô hình "Dân vận khéo" tại bản {village}', people: [40, 80] },
  { kind: 'CNTT', title: 'Cập nhật chuyên mục "Thực hiện dân chủ ở cơ sở" trên trang thông tin điện tử xã', people: [0, 0], form: 'truc_tuyen' },
  { kind: 'CNTT', title: 'Hướng dẫn Nhân dân sử dụng dịch vụ công trực tuyến tại bản {village}', people: [30, 60] },
  { kind: 'KHAO_SAT', title: 'Khảo sát sự hài lòng của người dân đối với bộ phận một cửa xã', people: [150, 180], form: 'ket_hop' },
];

/** The documents the commune issued: fixed, because the report cites them by number and date. */
export function demoDocuments(year: number): ActivityInput[] {
  const doc = (date: string, title: string, basisDoc: string): ActivityInput => ({
    date, kind: 'LANH_DAO', title, form: 'truc_tiep', sessions: 1, participants: null, basisDoc, notes: '', measures: [],
  });
  if (year === 2026) {
    return [
      doc('2026-01-12', 'Quyết định kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã', 'Quyết định số 58/QĐ-UBND ngày 12/01/2026'),
      doc('2026-03-09', 'Kế hoạch thực hiện dân chủ ở cơ sở năm 2026', 'Kế hoạch số 363/KH-UBND ngày 09/3/2026'),
      doc('2026-03-20', 'Kế hoạch tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2026', 'Kế hoạch số 371/KH-UBND ngày 20/3/2026'),
      doc('2026-04-02', 'Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của Ủy ban nhân dân xã (sửa đổi)', 'Quyết định số 102/QĐ-UBND ngày 02/4/2026'),
      doc('2026-06-18', 'Kế hoạch kiểm tra việc thực hiện dân chủ tại các thôn, bản', 'Kế hoạch số 415/KH-UBND ngày 18/6/2026'),
      doc('2026-09-07', 'Kế hoạch tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân', 'Kế hoạch số 498/KH-UBND ngày 07/9/2026'),
    ];
  }
  return [
    doc('2025-01-15', 'Kế hoạch thực hiện dân chủ ở cơ sở năm 2025', 'Kế hoạch số 21/KH-UBND ngày 15/01/2025'),
    doc('2025-03-03', 'Kế hoạch tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2025', 'Kế hoạch số 64/KH-UBND ngày 03/3/2025'),
  ];
}

/** A small deterministic generator, so the demo prints the same figures on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Activities spread over [from, to]; each template is used about `perTemplate` times. */
export function demoActivities(from: string, to: string, count: number, seed: number, year: number): ActivityInput[] {
  const r = rng(seed);
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const out: ActivityInput[] = [];
  for (let i = 0; i < count; i++) {
    // The first pass uses every template once, so every group has something to report.
    const t = i < T.length ? T[i]! : T[Math.floor(r() * T.length)]!;
    const village = VILLAGES[Math.floor(r() * VILLAGES.length)]!;
    const [pMin, pMax] = t.people ?? [30, 80];
    const [sMin, sMax] = t.sessions ?? [1, 1];
    const date = addDays(from, Math.floor(r() * (span + 1)));
    out.push({
      date,
      kind: t.kind,
      title: t.title.replace('{village}', village).replace('{year}', String(year)).replace('{nextYear}', String(year + 1)),
      form: t.form ?? 'truc_tiep',
      sessions: sMin + Math.floor(r() * (sMax - sMin + 1)),
      participants: pMax === 0 ? null : pMin + Math.floor(r() * (pMax - pMin + 1)),
      basisDoc: t.basis ?? '',
      notes: t.notes ?? '',
      measures: t.measures ?? [],
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

type Entries = Record<string, FigureEntry>;
const v = (value: number): FigureEntry => ({ state: 'value', value });
const none: FigureEntry = { state: 'none' };

export const DEMO_FIGURES_2025_H1: Entries = {
  A2: v(1), A4_PT_TONG: v(12), A4_PT_TH: v(8), B1_PHAI: v(14), B1_DA: v(12), C3_THON: v(14), C3_HOP: v(13),
  E1_TV: v(7), E3_TONG: v(28), E3_TH: v(20), F1_CO: v(13), G2_NHAN: v(29), G2_GQ: v(26), G2_DH: v(24),
  G3_NHAN: v(3), G3_NHAN_LK: v(3), G3_GQ: v(2), H1_DK: v(80), H1_TT: v(64), H2_PHIEU: v(300), H2_HL: v(255),
};

export const DEMO_FIGURES_2026_H1: Entries = {
  A2: v(1), A4_PT_TONG: v(12), A4_PT_TH: v(10), B1_PHAI: v(14), B1_DA: v(13), B3_SO: v(1),
  C2_DONG_GOP: v(1_250_000_000), C3_THON: v(14), C3_HOP: v(14),
  E1_TV: v(7), E1_KN: v(5), E1_KN_GQ: v(4), E2_BAN: v(3), E2_CT: v(4), E3_TONG: v(28), E3_TH: v(28), E4_KIEN_TOAN: v(1),
  F1_CO: v(14), F2_MOI: none, F2_SUA: v(2),
  G2_NHAN: v(37), G2_GQ: v(35), G2_DH: v(34), G3_NHAN: v(2), G3_NHAN_LK: v(2), G3_GQ: v(2),
  H1_DK: v(85), H1_TT: v(80), H2_PHIEU: v(320), H2_HL: v(281), H3_CHUYEN_MUC: v(1),
  K2_VP: none, K2_XL: none, L1_KT: v(6), L1_MH: v(2),
  A3_CB_TONG: v(25), A3_CB_TT: v(25), A3_THON_TT: v(14), E5_BAN: v(4), E5_BAN_TH: v(4), F4_TONG: v(42), F4_TH: v(38), G2_PH: v(37), H5_CNTT: v(1),
};

export const DEMO_FIGURES_2026_Y: Entries = {
  ...DEMO_FIGURES_2026_H1,
  E1_KN: v(9), E1_KN_GQ: v(8), E2_CT: v(6), F2_SUA: v(4),
  G2_NHAN: v(71), G2_GQ: v(69), G2_DH: v(67), G3_NHAN: v(5), G3_NHAN_LK: v(5), G3_GQ: v(4),
  H1_DK: v(85), H1_TT: v(85), H2_PHIEU: v(640), H2_HL: v(589), L1_KT: v(11), L1_MH: v(3), G2_PH: v(71), F4_TH: v(42),
};

/**
 * Dated records the report's figures rest on, fixed so that every typed figure has the activities
 * behind it (E1_KN after the supervisions, the website section after its updates) in each period.
 */
export function demoFixedActivities(year: number): ActivityInput[] {
  const a = (date: string, kind: ActivityKind, title: string, participants: number | null): ActivityInput => ({
    date, kind, title, form: 'truc_tiep', sessions: 1, participants, basisDoc: '', notes: '', measures: [],
  });
  return [
    a(`${year}-02-24`, 'GIAM_SAT', 'Ban Thanh tra nhân dân giám sát việc chi trả chế độ bảo trợ xã hội', null),
    a(`${year}-04-08`, 'GIAM_SAT', 'Ban Giám sát đầu tư của cộng đồng giám sát công trình nhà văn hóa bản Nà Cơ', null),
    a(`${year}-03-16`, 'CNTT', 'Cập nhật chuyên mục "Thực hiện dân chủ ở cơ sở" trên trang thông tin điện tử xã', null),
  ];
}

export const DEMO_TEXTS_2026_H1 = {
  uu_diem:
    'Cấp ủy, chính quyền xã quan tâm lãnh đạo, chỉ đạo thực hiện dân chủ ở cơ sở; các nội dung công khai, bàn và quyết định, tham gia ý kiến được triển khai đúng quy định. Nhân dân các bản tích cực tham gia đóng góp xây dựng đường giao thông nội bản và nhà văn hóa.',
  han_che:
    'Việc cập nhật chuyên mục dân chủ ở cơ sở trên trang thông tin điện tử chưa thường xuyên; một số bản vùng cao tổ chức họp bản còn chậm so với kế hoạch; còn 02 kiến nghị, phản ánh chưa được giải quyết đúng hạn.',
  nguyen_nhan:
    'Địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa; cán bộ phụ trách kiêm nhiệm nhiều việc; một bộ phận Nhân dân chưa quan tâm đến việc tham gia ý kiến qua môi trường mạng.',
  phuong_huong:
    'Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến 100% các bản; hoàn thành rà soát hương ước, quy ước trước ngày 18/11; tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân trong quý III; duy trì tỷ lệ thủ tục hành chính trực tuyến toàn trình.',
  kien_nghi:
    'Đề nghị Sở Nội vụ tỉnh Lai Châu tiếp tục tổ chức tập huấn nghiệp vụ cho cán bộ phụ trách dân chủ ở cơ sở cấp xã và ban hành mẫu biểu báo cáo thống nhất.',
};
