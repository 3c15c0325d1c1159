// What a unit did in a period: the 14 kinds of activity of domain.md, and one activity's rules.
import { z } from 'zod';
import { formatShortDate, parseIsoDate, toIsoDate } from '../format/vi';
import { int, text } from '../schema';
import { foldVietnamese, type UnitKind } from './units';

export const ACTIVITY_KINDS = [
  'LANH_DAO',
  'TUYEN_TRUYEN',
  'TAP_HUAN',
  'CONG_KHAI',
  'DAN_CHU_TRUC_TIEP',
  'DOI_THOAI',
  'LAY_Y_KIEN',
  'TIEP_CONG_DAN',
  'GIAM_SAT',
  'HUONG_UOC',
  'KIEM_TRA',
  'THI_DUA',
  'CNTT',
  'KHAO_SAT',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityKindInfo {
  code: ActivityKind;
  no: number;
  label: string;
  /** The noun a sentence counts with: "hội nghị", "lớp", "văn bản". */
  countNoun: string;
  /** Kinds of unit it applies to; undefined = all. */
  kinds?: UnitKind[];
}

export const ACTIVITY_KIND_INFO: Record<ActivityKind, ActivityKindInfo> = {
  LANH_DAO: { code: 'LANH_DAO', no: 1, label: 'Lãnh đạo, chỉ đạo, ban hành văn bản', countNoun: 'văn bản' },
  TUYEN_TRUYEN: { code: 'TUYEN_TRUYEN', no: 2, label: 'Quán triệt, tuyên truyền, phổ biến pháp luật', countNoun: 'hội nghị, buổi tuyên truyền' },
  TAP_HUAN: { code: 'TAP_HUAN', no: 3, label: 'Tập huấn, bồi dưỡng nghiệp vụ', countNoun: 'lớp tập huấn' },
  CONG_KHAI: { code: 'CONG_KHAI', no: 4, label: 'Công khai thông tin', countNoun: 'đợt công khai' },
  DAN_CHU_TRUC_TIEP: {
    code: 'DAN_CHU_TRUC_TIEP',
    no: 5,
    label: 'Bàn và quyết định trực tiếp (hội nghị, họp thôn, tổ dân phố)',
    countNoun: 'hội nghị, cuộc họp',
  },
  DOI_THOAI: { code: 'DOI_THOAI', no: 6, label: 'Đối thoại', countNoun: 'cuộc đối thoại' },
  LAY_Y_KIEN: { code: 'LAY_Y_KIEN', no: 7, label: 'Lấy ý kiến', countNoun: 'nội dung lấy ý kiến' },
  TIEP_CONG_DAN: {
    code: 'TIEP_CONG_DAN',
    no: 8,
    label: 'Tiếp công dân; kiến nghị, phản ánh; khiếu nại, tố cáo',
    countNoun: 'buổi tiếp công dân',
  },
  GIAM_SAT: {
    code: 'GIAM_SAT',
    no: 9,
    label: 'Giám sát của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng',
    countNoun: 'cuộc giám sát',
  },
  HUONG_UOC: { code: 'HUONG_UOC', no: 10, label: 'Hương ước, quy ước', countNoun: 'hoạt động', kinds: ['xa'] },
  KIEM_TRA: { code: 'KIEM_TRA', no: 11, label: 'Kiểm tra, tự kiểm tra', countNoun: 'cuộc kiểm tra' },
  THI_DUA: { code: 'THI_DUA', no: 12, label: 'Thi đua, khen thưởng; mô hình điển hình; xử lý vi phạm', countNoun: 'hoạt động' },
  CNTT: { code: 'CNTT', no: 13, label: 'Ứng dụng công nghệ thông tin, chuyển đổi số', countNoun: 'hoạt động' },
  KHAO_SAT: { code: 'KHAO_SAT', no: 14, label: 'Khảo sát sự hài lòng', countNoun: 'cuộc khảo sát' },
};

export const ACTIVITY_FORMS = ['truc_tiep', 'truc_tuyen', 'ket_hop'] as const;
export type ActivityForm = (typeof ACTIVITY_FORMS)[number];
export const ACTIVITY_FORM_LABEL: Record<ActivityForm, string> = {
  truc_tiep: 'Trực tiếp',
  truc_tuyen: 'Trực tuyến',
  ket_hop: 'Kết hợp trực tiếp và trực tuyến',
};

/** One activity as the clerk, an import file or another door sends it. */
export const ACTIVITY_INPUT_SCHEMA = z.strictObject({
  date: text(10),
  kind: z.enum(ACTIVITY_KINDS),
  title: text(500),
  form: z.enum(ACTIVITY_FORMS),
  sessions: int,
  participants: int.nullable(),
  basisDoc: text(300),
  notes: text(2000),
  /** Measures of the province's resolution this activity carries out (e.g. Thanh Hóa "3.2"). */
  measures: z.array(text(20)).max(20),
});
export type ActivityInput = z.infer<typeof ACTIVITY_INPUT_SCHEMA>;

export interface Activity extends ActivityInput {
  id: number;
}

export function isActivityKind(v: unknown): v is ActivityKind {
  return typeof v === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(v);
}

export function activityKindsFor(kind: UnitKind): ActivityKind[] {
  return ACTIVITY_KINDS.filter((k) => !ACTIVITY_KIND_INFO[k].kinds || ACTIVITY_KIND_INFO[k].kinds!.includes(kind));
}

/**
 * The names people give each kind, besides its code, number and full label: the seeds' short
 * names ("Dân chủ trực tiếp"), parts of the label, the words of a province's own forms. Written
 * without diacritics, lower case (compared after foldVietnamese). The one table every importer
 * and the CLI read.
 */
export const ACTIVITY_KIND_ALIASES: Record<ActivityKind, readonly string[]> = {
  LANH_DAO: ['lanh dao', 'chi dao', 'lanh dao chi dao', 'lanh dao, chi dao', 'ban hanh van ban', 'lanh dao, chi dao, ban hanh van ban', 'xay dung van ban'],
  TUYEN_TRUYEN: ['tuyen truyen', 'quan triet', 'quan triet, tuyen truyen', 'pho bien phap luat', 'tuyen truyen, pho bien', 'tuyen truyen pho bien phap luat', 'pho bien, giao duc phap luat'],
  TAP_HUAN: ['tap huan', 'boi duong', 'tap huan, boi duong', 'boi duong nghiep vu', 'dao tao, boi duong'],
  CONG_KHAI: ['cong khai', 'cong khai thong tin', 'niem yet cong khai'],
  DAN_CHU_TRUC_TIEP: [
    'dan chu truc tiep',
    'ban va quyet dinh',
    'ban va quyet dinh truc tiep',
    'nhan dan ban va quyet dinh',
    'hop thon',
    'hop thon, to dan pho',
    'hoi nghi thon, to dan pho',
    'hoi nghi can bo, cong chuc, vien chuc',
    'hoi nghi nguoi lao dong',
  ],
  DOI_THOAI: ['doi thoai', 'doi thoai truc tiep', 'tiep xuc, doi thoai'],
  LAY_Y_KIEN: ['lay y kien', 'tham gia y kien', 'lay y kien nhan dan', 'gop y'],
  TIEP_CONG_DAN: ['tiep cong dan', 'tiep dan', 'kien nghi, phan anh', 'khieu nai, to cao', 'giai quyet khieu nai, to cao'],
  GIAM_SAT: ['giam sat', 'ban thanh tra nhan dan', 'thanh tra nhan dan', 'giam sat dau tu cua cong dong', 'giam sat dau tu cong dong', 'kiem tra, giam sat cua nhan dan'],
  HUONG_UOC: ['huong uoc', 'quy uoc', 'huong uoc, quy uoc'],
  KIEM_TRA: ['kiem tra', 'tu kiem tra', 'kiem tra, tu kiem tra'],
  THI_DUA: ['thi dua', 'khen thuong', 'thi dua, khen thuong', 'mo hinh dien hinh', 'xu ly vi pham'],
  CNTT: ['cntt', 'ung dung cntt', 'cong nghe thong tin', 'ung dung cong nghe thong tin', 'chuyen doi so', 'cntt, chuyen doi so'],
  KHAO_SAT: ['khao sat', 'khao sat su hai long', 'su hai long', 'do hai long', 'khao sat hai long'],
};

// Punctuation and spacing people vary ("Lãnh đạo - chỉ đạo", "Tập huấn/bồi dưỡng") do not matter.
const kindKey = (s: string): string => foldVietnamese(s).replace(/[.,;:/()\-–]+/g, ' ').replace(/\s+/g, ' ').trim();

// Words that open many kinds' names ("Hội nghị tuyên truyền", "Hội nghị thôn"): alone they say nothing.
const VAGUE_KIND_WORDS = new Set(['hoi nghi', 'hoat dong', 'cuoc hop', 'van ban', 'nhan dan', 'thuc hien']);

let kindNames: Map<string, ActivityKind> | undefined;
function kindNameTable(): Map<string, ActivityKind> {
  if (kindNames) return kindNames;
  kindNames = new Map();
  for (const k of ACTIVITY_KINDS) {
    for (const name of [k, ACTIVITY_KIND_INFO[k].label, ...ACTIVITY_KIND_ALIASES[k]]) kindNames.set(kindKey(name), k);
  }
  return kindNames;
}

/**
 * A clerk may type the code, the number 1–14 ("5", "05", "5.", "Loại 5"), the label, a short
 * name from ACTIVITY_KIND_ALIASES, with or without diacritics.
 */
export function parseActivityKind(text: string): ActivityKind | null {
  const key = kindKey(text);
  if (!key) return null;
  const no = /^(?:loai )?(\d{1,2})$/.exec(key);
  if (no) return ACTIVITY_KINDS.find((k) => ACTIVITY_KIND_INFO[k].no === Number(no[1])) ?? null;
  const exact = kindNameTable().get(key);
  if (exact) return exact;
  // A longer name that starts with or holds one kind's words ("Tuyên truyền Luật…"); a lone short
  // word such as "họp" is too vague to guess from, and a name matching two kinds is refused.
  if (key.length < 6 || VAGUE_KIND_WORDS.has(key)) return null;
  const found = new Set<ActivityKind>();
  for (const [name, k] of kindNameTable()) if (name.length >= 6 && (name.includes(key) || key.startsWith(name + ' '))) found.add(k);
  return found.size === 1 ? [...found][0]! : null;
}

export function parseActivityForm(text: string): ActivityForm | null {
  const key = foldVietnamese(text);
  if (key === '' ) return 'truc_tiep';
  if ((ACTIVITY_FORMS as readonly string[]).includes(key.replace(/ /g, '_'))) return key.replace(/ /g, '_') as ActivityForm;
  if (key.startsWith('truc tiep')) return 'truc_tiep';
  if (key.startsWith('truc tuyen') || key === 'online') return 'truc_tuyen';
  if (key.startsWith('ket hop')) return 'ket_hop';
  return null;
}

export interface FieldError {
  field: keyof ActivityInput;
  message: string;
}

export const ACTIVITY_FIELD_LABEL: Record<keyof ActivityInput, string> = {
  date: 'Ngày',
  kind: 'Loại hoạt động',
  title: 'Tên hoạt động',
  form: 'Hình thức',
  sessions: 'Số buổi',
  participants: 'Số lượt người',
  basisDoc: 'Văn bản căn cứ',
  notes: 'Ghi chú',
  measures: 'Giải pháp',
};

/** Rules for one activity, shared by the form, the importer and the IPC boundary. */
/** The last date an activity may carry when today is `today`: a year ahead covers one planned ahead, not a mistyped year. */
export function latestActivityDate(today: string): string {
  const d = parseIsoDate(today);
  return d ? toIsoDate({ ...d, year: d.year + 1, day: d.month === 2 && d.day === 29 ? 28 : d.day }) : '9999-12-31';
}

/** `today` (ISO, local date) bounds the date from above; without it only the Law's start bounds it. */
export function validateActivity(a: Partial<ActivityInput>, unitKind?: UnitKind, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof a.date !== 'string' || !parseIsoDate(a.date)) {
    errors.push({ field: 'date', message: 'Ngày không hợp lệ: hãy ghi theo dạng dd/mm/yyyy, ví dụ 05/03/2026.' });
  } else if (a.date < '2023-07-01') {
    errors.push({ field: 'date', message: 'Ngày trước 01/7/2023, khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực: hãy kiểm tra lại năm.' });
  } else if (today && a.date > latestActivityDate(today)) {
    errors.push({ field: 'date', message: `Ngày ${formatShortDate(a.date)} còn hơn một năm nữa mới tới: hoạt động phải là việc đã hoặc sắp làm; hãy kiểm tra lại năm.` });
  }
  if (!isActivityKind(a.kind)) {
    errors.push({ field: 'kind', message: 'Chưa chọn loại hoạt động hoặc loại không có trong danh mục (1–14).' });
  } else if (unitKind && !activityKindsFor(unitKind).includes(a.kind)) {
    errors.push({ field: 'kind', message: `Loại hoạt động "${ACTIVITY_KIND_INFO[a.kind].label}" không áp dụng cho loại đơn vị này.` });
  }
  if (typeof a.title !== 'string' || a.title.trim().length < 3) {
    errors.push({ field: 'title', message: 'Tên hoạt động còn trống hoặc quá ngắn.' });
  } else if (a.title.length > 500) {
    errors.push({ field: 'title', message: 'Tên hoạt động dài quá 500 ký tự: hãy rút gọn, đưa chi tiết vào Ghi chú.' });
  }
  if (!(ACTIVITY_FORMS as readonly string[]).includes(a.form as string)) {
    errors.push({ field: 'form', message: 'Hình thức phải là Trực tiếp, Trực tuyến hoặc Kết hợp.' });
  }
  if (typeof a.sessions !== 'number' || !Number.isInteger(a.sessions) || a.sessions < 1 || a.sessions > 10_000) {
    errors.push({ field: 'sessions', message: 'Số buổi phải là số nguyên từ 1 trở lên.' });
  }
  if (a.participants !== null && a.participants !== undefined) {
    if (typeof a.participants !== 'number' || !Number.isInteger(a.participants) || a.participants < 0 || a.participants > 10_000_000) {
      errors.push({ field: 'participants', message: 'Số lượt người phải là số nguyên không âm (để trống nếu không tính).' });
    }
  }
  if (typeof a.basisDoc !== 'string' || a.basisDoc.length > 300) {
    errors.push({ field: 'basisDoc', message: 'Văn bản căn cứ dài quá 300 ký tự.' });
  }
  if (typeof a.notes !== 'string' || a.notes.length > 2000) {
    errors.push({ field: 'notes', message: 'Ghi chú dài quá 2.000 ký tự.' });
  }
  if (!Array.isArray(a.measures) || a.measures.some((m) => typeof m !== 'string')) {
    errors.push({ field: 'measures', message: 'Danh sách giải pháp không hợp lệ.' });
  }
  return errors;
}

/** Fills optional fields so an input from a form or a file becomes a complete ActivityInput. */
export function normalizeActivity(a: Partial<ActivityInput>): Partial<ActivityInput> {
  return {
    ...a,
    title: typeof a.title === 'string' ? a.title.normalize('NFC').trim() : a.title,
    form: a.form ?? 'truc_tiep',
    sessions: a.sessions ?? 1,
    participants: a.participants ?? null,
    basisDoc: typeof a.basisDoc === 'string' ? a.basisDoc.normalize('NFC').trim() : '',
    notes: typeof a.notes === 'string' ? a.notes.normalize('NFC').trim() : '',
    measures: a.measures ?? [],
  };
}
