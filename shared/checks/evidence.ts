// What activities say about a figure the clerk types: which yes/no figure an activity proves, and
// which typed counts must exist once activities of a kind are recorded.
import type { Activity, ActivityKind } from '../domain/activities';
import { foldVietnamese } from '../domain/units';

const fold = (s: string): string => foldVietnamese(s).toLowerCase();

export interface YesNoEvidence {
  code: string;
  kinds: ActivityKind[] | null;
  /** Matched against the folded title, document and notes of an activity. */
  pattern: RegExp;
  what: string;
}

/** An activity of this kind and wording means the yes/no figure is "có". */
export const YES_NO_EVIDENCE: YesNoEvidence[] = [
  { code: 'A2', kinds: ['LANH_DAO'], pattern: /quy che (thuc hien )?dan chu|quy che dan chu/, what: 'ban hành quy chế thực hiện dân chủ' },
  { code: 'C4_HN_CBCCVC', kinds: null, pattern: /hoi nghi can bo,? cong chuc|hoi nghi cbccvc|hoi nghi vien chuc/, what: 'hội nghị cán bộ, công chức, viên chức' },
  { code: 'C6_HN_NLD', kinds: null, pattern: /hoi nghi nguoi lao dong/, what: 'hội nghị người lao động' },
  { code: 'H3_CHUYEN_MUC', kinds: ['CNTT', 'CONG_KHAI'], pattern: /chuyen muc/, what: 'chuyên mục “Thực hiện dân chủ ở cơ sở”' },
  { code: 'B3_SO', kinds: ['CONG_KHAI', 'CNTT'], pattern: /trang thong tin dien tu|cong thong tin|mang xa hoi|zalo|facebook/, what: 'công khai trên môi trường số' },
  { code: 'E4_KIEN_TOAN', kinds: ['LANH_DAO'], pattern: /kien toan ban (thanh tra|giam sat)/, what: 'kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng' },
];

export function evidenceFor(e: YesNoEvidence, activities: readonly Activity[]): Activity[] {
  return activities.filter((a) => (!e.kinds || e.kinds.includes(a.kind)) && e.pattern.test(fold(`${a.title} ${a.basisDoc} ${a.notes}`)));
}

/** Typed counts that activities of these kinds call for: blank beside them, the report is incomplete. */
export const COUNTS_FROM_ACTIVITIES: Array<{ codes: string[]; kinds: ActivityKind[]; what: string }> = [
  { codes: ['B1_PHAI', 'B1_DA'], kinds: ['CONG_KHAI'], what: 'hoạt động công khai thông tin' },
  { codes: ['C3_HOP'], kinds: ['DAN_CHU_TRUC_TIEP'], what: 'cuộc họp thôn, tổ dân phố' },
  { codes: ['E1_KN'], kinds: ['GIAM_SAT'], what: 'cuộc kiểm tra, giám sát' },
  { codes: ['F2_MOI', 'F2_SUA'], kinds: ['HUONG_UOC'], what: 'hoạt động về hương ước, quy ước' },
  { codes: ['G2_NHAN'], kinds: ['TIEP_CONG_DAN'], what: 'buổi tiếp công dân' },
  { codes: ['H2_PHIEU', 'H2_HL'], kinds: ['KHAO_SAT'], what: 'cuộc khảo sát sự hài lòng' },
  { codes: ['K2_VP'], kinds: ['KIEM_TRA'], what: 'cuộc kiểm tra, tự kiểm tra' },
  { codes: ['L1_KT'], kinds: ['THI_DUA'], what: 'hoạt động thi đua, khen thưởng' },
];

/** A typed figure that follows a count of activities: given without it, the report has no basis for it. */
export const NEEDS_BASE: Array<{ code: string; base: string; what: string }> = [
  { code: 'E1_KN', base: 'E1_CUOC', what: 'hoạt động kiểm tra, giám sát (loại 9)' },
];
