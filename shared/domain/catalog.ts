// The catalogue of figures (reference.md §3.4): one stable code per figure, what it means,
// which kinds of unit report it, whether it is typed in, counted from activities, or computed.
import { z } from 'zod';
import { num, text } from '../schema';
import type { ActivityKind } from './activities';
import type { UnitKind } from './units';

export type FigureUnit = 'văn bản' | 'cuộc' | 'đợt' | 'lượt' | 'lớp' | 'người' | 'nội dung' | 'thôn, tổ dân phố' | 'ban' | 'công trình' | 'đơn' | 'vụ việc' | 'thủ tục' | 'phiếu' | 'đồng' | '%' | 'có/không' | 'buổi' | 'tập thể, cá nhân' | 'mô hình';

export type FigureSource =
  | { type: 'entered' }
  /** Counted from the period's activities of these kinds. */
  | { type: 'derived'; from: ActivityKind[]; measure: 'count' | 'sessions' | 'participants' }
  /** numerator / denominator × 100, never typed. */
  | { type: 'ratio'; num: string; den: string };

/** The report groups of Section I and II (reference.md §3.4 outline), in order. */
export const FIGURE_GROUPS = [
  { code: 'A', label: 'Công tác lãnh đạo, chỉ đạo, tuyên truyền, tập huấn' },
  { code: 'B', label: 'Công khai thông tin' },
  { code: 'C', label: 'Bàn và quyết định' },
  { code: 'D', label: 'Tham gia ý kiến, đối thoại' },
  { code: 'E', label: 'Kiểm tra, giám sát' },
  { code: 'F', label: 'Hương ước, quy ước' },
  { code: 'G', label: 'Tiếp công dân; kiến nghị, phản ánh; khiếu nại, tố cáo' },
  { code: 'H', label: 'Ứng dụng công nghệ thông tin, chuyển đổi số; sự hài lòng' },
  { code: 'K', label: 'Kiểm tra, tự kiểm tra; xử lý vi phạm' },
  { code: 'L', label: 'Thi đua, khen thưởng; mô hình điển hình' },
] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number]['code'];

export interface FigureDef {
  code: string;
  group: FigureGroup;
  label: string;
  unit: FigureUnit;
  /** Kinds of unit that report it; undefined = all kinds. */
  kinds?: UnitKind[];
  source: FigureSource;
  /** Yes/no figures hold 1 or 0. */
  boolean?: boolean;
  /** Money and area may be fractional; counts may not. */
  fractional?: boolean;
}

const ALL: undefined = undefined;
const X: UnitKind[] = ['xa'];
const XC: UnitKind[] = ['xa', 'co_quan', 'su_nghiep'];
const C: UnitKind[] = ['co_quan', 'su_nghiep'];
const CD: UnitKind[] = ['co_quan', 'su_nghiep', 'dnnn'];
const DN: UnitKind[] = ['dnnn', 'dn_khac'];
const XCD: UnitKind[] = ['xa', 'co_quan', 'su_nghiep', 'dnnn'];

const entered = { type: 'entered' } as const;
const count = (...from: ActivityKind[]): FigureSource => ({ type: 'derived', from, measure: 'count' });
const sessions = (...from: ActivityKind[]): FigureSource => ({ type: 'derived', from, measure: 'sessions' });
const people = (...from: ActivityKind[]): FigureSource => ({ type: 'derived', from, measure: 'participants' });
const ratio = (num: string, den: string): FigureSource => ({ type: 'ratio', num, den });

export const CATALOG: FigureDef[] = [
  { code: 'A1', group: 'A', label: 'Số văn bản lãnh đạo, chỉ đạo, kế hoạch ban hành trong kỳ', unit: 'văn bản', kinds: ALL, source: count('LANH_DAO') },
  { code: 'A2', group: 'A', label: 'Đã ban hành, cập nhật quy chế thực hiện dân chủ', unit: 'có/không', kinds: ALL, source: entered, boolean: true },
  { code: 'A3_HN', group: 'A', label: 'Số hội nghị, buổi quán triệt, tuyên truyền, phổ biến', unit: 'cuộc', kinds: ALL, source: sessions('TUYEN_TRUYEN') },
  { code: 'A3_LUOT', group: 'A', label: 'Số lượt người được quán triệt, tuyên truyền', unit: 'lượt', kinds: ALL, source: people('TUYEN_TRUYEN') },
  { code: 'A3_CB_TONG', group: 'A', label: 'Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị', unit: 'người', kinds: ALL, source: entered },
  { code: 'A3_CB_TT', group: 'A', label: 'Số cán bộ, công chức, viên chức, người lao động được tuyên truyền, phổ biến về thực hiện dân chủ ở cơ sở', unit: 'người', kinds: ALL, source: entered },
  { code: 'A3_THON_TT', group: 'A', label: 'Số thôn, tổ dân phố được tuyên truyền, phổ biến về thực hiện dân chủ ở cơ sở', unit: 'thôn, tổ dân phố', kinds: X, source: entered },
  { code: 'A4_LOP', group: 'A', label: 'Số lớp tập huấn, bồi dưỡng nghiệp vụ', unit: 'lớp', kinds: ALL, source: sessions('TAP_HUAN') },
  { code: 'A4_LUOT', group: 'A', label: 'Số lượt người được tập huấn, bồi dưỡng', unit: 'lượt', kinds: ALL, source: people('TAP_HUAN') },
  { code: 'A4_PT_TONG', group: 'A', label: 'Số người được giao phụ trách công tác dân chủ ở cơ sở', unit: 'người', kinds: ALL, source: entered },
  { code: 'A4_PT_TH', group: 'A', label: 'Số người phụ trách được tập huấn, bồi dưỡng', unit: 'người', kinds: ALL, source: entered },
  { code: 'A4_TL', group: 'A', label: 'Tỷ lệ người phụ trách được tập huấn', unit: '%', kinds: ALL, source: ratio('A4_PT_TH', 'A4_PT_TONG') },

  { code: 'B1_PHAI', group: 'B', label: 'Số nội dung phải công khai theo quy định', unit: 'nội dung', kinds: ALL, source: entered },
  { code: 'B1_DA', group: 'B', label: 'Số nội dung đã công khai', unit: 'nội dung', kinds: ALL, source: entered },
  { code: 'B1_TL', group: 'B', label: 'Tỷ lệ nội dung đã công khai', unit: '%', kinds: ALL, source: ratio('B1_DA', 'B1_PHAI') },
  { code: 'B2_DOT', group: 'B', label: 'Số đợt công khai thông tin trong kỳ', unit: 'đợt', kinds: ALL, source: count('CONG_KHAI') },
  { code: 'B3_SO', group: 'B', label: 'Công khai nội dung dân chủ ở cơ sở trên môi trường số (trang thông tin điện tử, mạng xã hội)', unit: 'có/không', kinds: XC, source: entered, boolean: true },

  { code: 'C1_HOP', group: 'C', label: 'Số hội nghị, cuộc họp bàn và quyết định trực tiếp', unit: 'cuộc', kinds: ALL, source: sessions('DAN_CHU_TRUC_TIEP') },
  { code: 'C1_LUOT', group: 'C', label: 'Số lượt người tham dự hội nghị, cuộc họp bàn và quyết định', unit: 'lượt', kinds: ALL, source: people('DAN_CHU_TRUC_TIEP') },
  { code: 'C2_DONG_GOP', group: 'C', label: 'Giá trị Nhân dân đóng góp xây dựng công trình công cộng', unit: 'đồng', kinds: X, source: entered, fractional: true },
  { code: 'C3_THON', group: 'C', label: 'Tổng số thôn, tổ dân phố', unit: 'thôn, tổ dân phố', kinds: X, source: entered },
  { code: 'C3_HOP', group: 'C', label: 'Số thôn, tổ dân phố đã tổ chức hội nghị cộng đồng dân cư', unit: 'thôn, tổ dân phố', kinds: X, source: entered },
  { code: 'C4_HN_CBCCVC', group: 'C', label: 'Đã tổ chức hội nghị cán bộ, công chức, viên chức, người lao động', unit: 'có/không', kinds: C, source: entered, boolean: true },
  { code: 'C5_KT_NQ', group: 'C', label: 'Đã kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị (06 tháng/lần)', unit: 'có/không', kinds: CD, source: entered, boolean: true },
  { code: 'C6_HN_NLD', group: 'C', label: 'Đã tổ chức hội nghị người lao động', unit: 'có/không', kinds: DN, source: entered, boolean: true },

  { code: 'D1_ND', group: 'D', label: 'Số nội dung đưa ra lấy ý kiến', unit: 'nội dung', kinds: ALL, source: count('LAY_Y_KIEN') },
  { code: 'D2_CUOC', group: 'D', label: 'Số cuộc đối thoại của người đứng đầu', unit: 'cuộc', kinds: ALL, source: sessions('DOI_THOAI') },
  { code: 'D2_LUOT', group: 'D', label: 'Số lượt người tham gia đối thoại', unit: 'lượt', kinds: ALL, source: people('DOI_THOAI') },

  { code: 'E1_TV', group: 'E', label: 'Số thành viên Ban Thanh tra nhân dân', unit: 'người', kinds: XCD, source: entered },
  { code: 'E1_CUOC', group: 'E', label: 'Số cuộc kiểm tra, giám sát của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', unit: 'cuộc', kinds: XCD, source: sessions('GIAM_SAT') },
  { code: 'E1_KN', group: 'E', label: 'Số kiến nghị sau kiểm tra, giám sát', unit: 'nội dung', kinds: XCD, source: entered },
  { code: 'E1_KN_GQ', group: 'E', label: 'Số kiến nghị sau giám sát đã được tiếp thu, giải quyết', unit: 'nội dung', kinds: XCD, source: entered },
  { code: 'E2_BAN', group: 'E', label: 'Số Ban Giám sát đầu tư của cộng đồng được thành lập', unit: 'ban', kinds: X, source: entered },
  { code: 'E2_CT', group: 'E', label: 'Số công trình, dự án được giám sát đầu tư của cộng đồng', unit: 'công trình', kinds: X, source: entered },
  { code: 'E3_TONG', group: 'E', label: 'Tổng số thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', unit: 'người', kinds: XCD, source: entered },
  { code: 'E3_TH', group: 'E', label: 'Số thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được tập huấn', unit: 'người', kinds: XCD, source: entered },
  { code: 'E3_TL', group: 'E', label: 'Tỷ lệ thành viên các ban được tập huấn', unit: '%', kinds: XCD, source: ratio('E3_TH', 'E3_TONG') },
  { code: 'E4_KIEN_TOAN', group: 'E', label: 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được kiện toàn đầy đủ', unit: 'có/không', kinds: XCD, source: entered, boolean: true },
  { code: 'E5_BAN', group: 'E', label: 'Số Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', unit: 'ban', kinds: XCD, source: entered },
  { code: 'E5_BAN_TH', group: 'E', label: 'Số Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được tập huấn nghiệp vụ', unit: 'ban', kinds: XCD, source: entered },

  { code: 'F1_CO', group: 'F', label: 'Số thôn, tổ dân phố có hương ước, quy ước được công nhận', unit: 'thôn, tổ dân phố', kinds: X, source: entered },
  { code: 'F1_TL', group: 'F', label: 'Tỷ lệ thôn, tổ dân phố có hương ước, quy ước được công nhận', unit: '%', kinds: X, source: ratio('F1_CO', 'C3_THON') },
  { code: 'F2_MOI', group: 'F', label: 'Số hương ước, quy ước được công nhận mới trong kỳ', unit: 'văn bản', kinds: X, source: entered },
  { code: 'F2_SUA', group: 'F', label: 'Số hương ước, quy ước được sửa đổi, bổ sung, thay thế trong kỳ', unit: 'văn bản', kinds: X, source: entered },
  { code: 'F3_HD', group: 'F', label: 'Số hoạt động xây dựng, rà soát hương ước, quy ước', unit: 'cuộc', kinds: X, source: count('HUONG_UOC') },
  { code: 'F4_TONG', group: 'F', label: 'Số Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban Công tác Mặt trận, người tham gia soạn thảo hương ước, quy ước', unit: 'người', kinds: X, source: entered },
  { code: 'F4_TH', group: 'F', label: 'Số Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban Công tác Mặt trận, người soạn thảo được tập huấn về hương ước, quy ước', unit: 'người', kinds: X, source: entered },

  { code: 'G1_BUOI', group: 'G', label: 'Số buổi tiếp công dân', unit: 'buổi', kinds: XC, source: sessions('TIEP_CONG_DAN') },
  { code: 'G1_LUOT', group: 'G', label: 'Số lượt công dân được tiếp', unit: 'lượt', kinds: XC, source: people('TIEP_CONG_DAN') },
  { code: 'G2_NHAN', group: 'G', label: 'Số kiến nghị, phản ánh tiếp nhận', unit: 'đơn', kinds: ALL, source: entered },
  { code: 'G2_PH', group: 'G', label: 'Số kiến nghị, phản ánh thuộc thẩm quyền đã được phân loại và phản hồi', unit: 'đơn', kinds: ALL, source: entered },
  { code: 'G2_GQ', group: 'G', label: 'Số kiến nghị, phản ánh đã giải quyết, trả lời', unit: 'đơn', kinds: ALL, source: entered },
  { code: 'G2_DH', group: 'G', label: 'Số kiến nghị, phản ánh giải quyết đúng hạn', unit: 'đơn', kinds: ALL, source: entered },
  { code: 'G2_TL_GQ', group: 'G', label: 'Tỷ lệ kiến nghị, phản ánh đã giải quyết, trả lời', unit: '%', kinds: ALL, source: ratio('G2_GQ', 'G2_NHAN') },
  { code: 'G2_TL_DH', group: 'G', label: 'Tỷ lệ kiến nghị, phản ánh giải quyết đúng hạn', unit: '%', kinds: ALL, source: ratio('G2_DH', 'G2_GQ') },
  { code: 'G3_NHAN', group: 'G', label: 'Số đơn khiếu nại, tố cáo tiếp nhận trong kỳ', unit: 'đơn', kinds: ALL, source: entered },
  { code: 'G3_NHAN_LK', group: 'G', label: 'Số đơn khiếu nại, tố cáo tiếp nhận lũy kế từ đầu năm', unit: 'đơn', kinds: ALL, source: entered },
  { code: 'G3_GQ', group: 'G', label: 'Số đơn khiếu nại, tố cáo đã giải quyết trong kỳ', unit: 'đơn', kinds: ALL, source: entered },

  { code: 'H1_DK', group: 'H', label: 'Số thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình', unit: 'thủ tục', kinds: XC, source: entered },
  { code: 'H1_TT', group: 'H', label: 'Số thủ tục hành chính đã cung cấp trực tuyến toàn trình', unit: 'thủ tục', kinds: XC, source: entered },
  { code: 'H1_TL', group: 'H', label: 'Tỷ lệ thủ tục hành chính cung cấp trực tuyến toàn trình', unit: '%', kinds: XC, source: ratio('H1_TT', 'H1_DK') },
  { code: 'H2_PHIEU', group: 'H', label: 'Số phiếu khảo sát sự hài lòng thu về', unit: 'phiếu', kinds: XC, source: entered },
  { code: 'H2_HL', group: 'H', label: 'Số phiếu hài lòng', unit: 'phiếu', kinds: XC, source: entered },
  { code: 'H2_TL', group: 'H', label: 'Tỷ lệ hài lòng của người dân, tổ chức', unit: '%', kinds: XC, source: ratio('H2_HL', 'H2_PHIEU') },
  { code: 'H3_CHUYEN_MUC', group: 'H', label: 'Có chuyên mục "Thực hiện dân chủ ở cơ sở" trên trang thông tin điện tử', unit: 'có/không', kinds: XC, source: entered, boolean: true },
  { code: 'H5_CNTT', group: 'H', label: 'Có ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội trong thực hiện dân chủ ở cơ sở', unit: 'có/không', kinds: ALL, source: entered, boolean: true },
  { code: 'H4_HD', group: 'H', label: 'Số hoạt động ứng dụng công nghệ thông tin, chuyển đổi số', unit: 'cuộc', kinds: ALL, source: count('CNTT') },

  { code: 'K1_CUOC', group: 'K', label: 'Số cuộc kiểm tra, tự kiểm tra việc thực hiện dân chủ ở cơ sở', unit: 'cuộc', kinds: ALL, source: count('KIEM_TRA') },
  { code: 'K2_VP', group: 'K', label: 'Số vụ việc vi phạm dân chủ ở cơ sở được phát hiện', unit: 'vụ việc', kinds: ALL, source: entered },
  { code: 'K2_XL', group: 'K', label: 'Số vụ việc vi phạm đã xử lý', unit: 'vụ việc', kinds: ALL, source: entered },

  { code: 'L1_KT', group: 'L', label: 'Số tập thể, cá nhân được khen thưởng về thực hiện dân chủ ở cơ sở', unit: 'tập thể, cá nhân', kinds: ALL, source: entered },
  { code: 'L1_MH', group: 'L', label: 'Số mô hình, điển hình tiên tiến được nhân rộng', unit: 'mô hình', kinds: ALL, source: entered },
];

export const FIGURE_BY_CODE: ReadonlyMap<string, FigureDef> = new Map(CATALOG.map((f) => [f.code, f]));

export function figureDef(code: string): FigureDef | undefined {
  return FIGURE_BY_CODE.get(code);
}

export function appliesTo(def: FigureDef, kind: UnitKind): boolean {
  return !def.kinds || def.kinds.includes(kind);
}

export function figuresFor(kind: UnitKind): FigureDef[] {
  return CATALOG.filter((f) => appliesTo(f, kind));
}

/** Rules between figures (reference.md §3.4): each says `left ≤ right`. */
export interface FigureRule {
  left: string;
  right: string;
  message: string;
}

export const FIGURE_RULES: FigureRule[] = [
  { left: 'A4_PT_TH', right: 'A4_PT_TONG', message: 'Số người phụ trách được tập huấn không được lớn hơn tổng số người phụ trách.' },
  { left: 'B1_DA', right: 'B1_PHAI', message: 'Số nội dung đã công khai không được lớn hơn số nội dung phải công khai.' },
  { left: 'C3_HOP', right: 'C3_THON', message: 'Số thôn, tổ dân phố đã họp không được lớn hơn tổng số thôn, tổ dân phố.' },
  { left: 'E1_KN_GQ', right: 'E1_KN', message: 'Số kiến nghị đã giải quyết không được lớn hơn số kiến nghị sau giám sát.' },
  { left: 'E3_TH', right: 'E3_TONG', message: 'Số thành viên được tập huấn không được lớn hơn tổng số thành viên các ban.' },
  { left: 'F1_CO', right: 'C3_THON', message: 'Số thôn, tổ dân phố có hương ước, quy ước không được lớn hơn tổng số thôn, tổ dân phố.' },
  { left: 'A3_CB_TT', right: 'A3_CB_TONG', message: 'Số cán bộ, công chức, viên chức, người lao động được tuyên truyền không được lớn hơn tổng số của đơn vị.' },
  { left: 'A3_THON_TT', right: 'C3_THON', message: 'Số thôn, tổ dân phố được tuyên truyền không được lớn hơn tổng số thôn, tổ dân phố.' },
  { left: 'E5_BAN_TH', right: 'E5_BAN', message: 'Số ban được tập huấn không được lớn hơn tổng số Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.' },
  { left: 'F4_TH', right: 'F4_TONG', message: 'Số người được tập huấn về hương ước, quy ước không được lớn hơn tổng số Trưởng thôn, Tổ trưởng, Trưởng ban Công tác Mặt trận, người soạn thảo.' },
  { left: 'G2_PH', right: 'G2_NHAN', message: 'Số kiến nghị, phản ánh đã phân loại, phản hồi không được lớn hơn số tiếp nhận.' },
  { left: 'G2_GQ', right: 'G2_NHAN', message: 'Số kiến nghị, phản ánh đã giải quyết không được lớn hơn số tiếp nhận.' },
  { left: 'G2_DH', right: 'G2_GQ', message: 'Số kiến nghị, phản ánh giải quyết đúng hạn không được lớn hơn số đã giải quyết.' },
  { left: 'G3_NHAN', right: 'G3_NHAN_LK', message: 'Số đơn khiếu nại, tố cáo tiếp nhận trong kỳ không được lớn hơn số lũy kế từ đầu năm.' },
  { left: 'G3_GQ', right: 'G3_NHAN_LK', message: 'Số đơn khiếu nại, tố cáo đã giải quyết không được lớn hơn số tiếp nhận lũy kế từ đầu năm.' },
  { left: 'H1_TT', right: 'H1_DK', message: 'Số thủ tục cung cấp trực tuyến toàn trình không được lớn hơn số thủ tục đủ điều kiện.' },
  { left: 'H2_HL', right: 'H2_PHIEU', message: 'Số phiếu hài lòng không được lớn hơn số phiếu thu về.' },
  { left: 'K2_XL', right: 'K2_VP', message: 'Số vụ việc vi phạm đã xử lý không được lớn hơn số vụ việc phát hiện.' },
];

/** A stored figure: a number, or "không phát sinh" (zero by declaration). Blank = no entry at all. */
export const FIGURE_ENTRY_SCHEMA = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('value'), value: num, note: text(500).optional() }),
  z.strictObject({ state: z.literal('none'), note: text(500).optional() }),
]);
export type FigureEntry = z.infer<typeof FIGURE_ENTRY_SCHEMA>;

export type FigureSourceLabel = 'derived' | 'entered' | 'none' | 'blank' | 'computed';

/** One figure resolved for a period: what the report and the workbook print. */
export interface ResolvedFigure {
  code: string;
  label: string;
  unit: FigureUnit;
  group: FigureGroup;
  /** null when blank or when a ratio cannot be computed. */
  value: number | null;
  source: FigureSourceLabel;
  note?: string;
  /** For derived figures: the activity ids counted. */
  activityIds?: number[];
}

/** Why a single typed value is refused, or null if it is fine on its own. */
export function validateEnteredValue(def: FigureDef, value: number): string | null {
  if (def.source.type !== 'entered') {
    return def.source.type === 'ratio'
      ? `"${def.label}" là tỷ lệ được tính tự động, không nhập trực tiếp.`
      : `"${def.label}" được tính từ danh sách hoạt động; hãy nhập hoạt động thay vì nhập số.`;
  }
  if (!Number.isFinite(value)) return `Giá trị của "${def.label}" phải là một số.`;
  if (value < 0) return `Giá trị của "${def.label}" không được âm.`;
  if (def.boolean && value !== 0 && value !== 1) return `"${def.label}" chỉ nhận Có (1) hoặc Không (0).`;
  if (!def.fractional && !Number.isInteger(value)) return `"${def.label}" phải là số nguyên (đơn vị: ${def.unit}).`;
  if (value > 1e15) return `Giá trị của "${def.label}" quá lớn.`;
  return null;
}

/** Checks every cross-figure rule whose two sides are both known. */
export function checkFigureRules(values: ReadonlyMap<string, number | null>): Array<{ rule: FigureRule; left: number; right: number }> {
  const broken: Array<{ rule: FigureRule; left: number; right: number }> = [];
  for (const rule of FIGURE_RULES) {
    const l = values.get(rule.left);
    const r = values.get(rule.right);
    if (l === null || l === undefined || r === null || r === undefined) continue;
    if (l > r) broken.push({ rule, left: l, right: r });
  }
  return broken;
}
