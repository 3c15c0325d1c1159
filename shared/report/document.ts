// The plain document model of a report: what the .docx writer renders and the app previews.
// It knows nothing of Word; it is the report's content in reading order.

/** Records behind a number, so the preview can show where it comes from. */
export interface Ref {
  figure?: string;
  activityIds?: number[];
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  ref?: Ref;
}

export type Block =
  /** level 1: "I. CÔNG TÁC …" (bold, upper); level 2: "1. Công khai thông tin" (bold); level 3: "a) …" (italic). */
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /** A body paragraph. `draft` marks text the app wrote that the clerk has not reviewed. */
  | { type: 'para'; runs: Run[]; draft?: boolean; /** The assessment text a draft comes from, so the app can accept it in place. */ textKey?: string }
  | { type: 'table'; table: Table };

export interface Column {
  title: string;
  /** Relative width; the writer scales the columns to the text width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type Cell = string | { runs: Run[]; align?: 'left' | 'center' | 'right' };

export interface Table {
  columns: Column[];
  rows: Cell[][];
  /** Rows that are group titles (bold, merged across) are listed by index. */
  groupRows?: number[];
}

export interface Appendix {
  /** "I", "II", "III" */
  number: string;
  title: string;
  /** "(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm 2026 của Ủy ban nhân dân xã Bình Lư)" */
  reference: string;
  landscape: boolean;
  intro?: Block[];
  table: Table;
}

export interface ReportDocument {
  header: {
    /** Cơ quan chủ quản (regular, upper); may be empty. */
    parentBody: string;
    /** Cơ quan ban hành (bold, upper). */
    unitName: string;
    /** "Số:      /BC-UBND" */
    numberLine: string;
    /** A công văn's trích yếu ("V/v …"), printed under the number in the left column (NĐ 30, ô 5b). */
    subject?: string;
    /** "Bình Lư, ngày 05 tháng 5 năm 2026" (italic). */
    placeDate: string;
  };
  /** "BÁO CÁO" */
  docType: string;
  /** Trích yếu: "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026". */
  title: string;
  /** "(Báo cáo bổ sung lần 1)" when a frozen period is reported again. */
  subtitle?: string;
  /** Kính gửi recipients; empty = no Kính gửi block. */
  kinhGui: string[];
  body: Block[];
  /** Nơi nhận lines as printed: "- Như trên;", "- Sở Nội vụ tỉnh Lai Châu;", "- Lưu: VT, VP." */
  noiNhan: string[];
  signer: {
    /** Bold upper lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
    titleLines: string[];
    /** Bold, under the space for signature and seal; may be empty for a draft. */
    name: string;
  };
  appendices: Appendix[];
  /** File metadata. */
  meta: { author: string; subject: string; description: string };
}

/** The text of a paragraph or cell, without formatting. */
export function plainText(x: Run[] | Cell): string {
  if (typeof x === 'string') return x;
  const runs = Array.isArray(x) ? x : x.runs;
  return runs.map((r) => r.text).join('');
}
