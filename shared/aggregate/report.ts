// The consolidated report (báo cáo tổng hợp) as a plain document, drafted from the numbers the way
// the unit report is: numbers inside sentences, "chưa có số liệu" (never 0) where units left a
// figure blank, and how many units each total rests on.
import { appliesTo, FIGURE_GROUPS, figureDef, type FigureGroup } from '../domain/catalog';
import type { ProvinceProfile } from '../domain/profiles/types';
import { signerTitleLines, type UnitProfile } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatMoney, formatNumber, formatOfficialDate, formatPercent, formatShortDate, formatTableDate } from '../format/vi';
import type { Appendix, Block, Cell, ReportDocument, Table } from '../report/document';
import { joinVi, lowerFirst, periodOpening, Sentence } from '../narrative/words';
import { SUBMISSION_STATUS_LABEL, type Consolidation, type FigureTotal, type SubmittedValue, type UnitFigures } from './types';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export interface ConsolidatedReportOptions {
  /** Who consolidates: name, symbol, signer, recipients. */
  aggregator: UnitProfile;
  province: ProvinceProfile;
  /** ISO date of the report's date line. */
  reportDate: string;
  /** ISO date the counts are as of ("Đến ngày …"). */
  asOf: string;
  revision: number;
  /** Per unit code: short notes for the status appendix ("Biểu điền tay", "Sửa sau khi xuất"). */
  unitNotes?: Readonly<Record<string, string[]>>;
  /** Names of units whose figures were typed by hand on the blank template, and edited after export. */
  quality?: { template: string[]; edited: string[] };
}

const para = (text: string, draft = false): Block => ({ type: 'para', runs: [{ text }], ...(draft ? { draft: true } : {}) });
const sentencePara = (s: Sentence, draft = false): Block => ({ type: 'para', runs: s.runs, ...(draft ? { draft: true } : {}) });

/** "1 xã, phường, đặc khu; 8 đơn vị sự nghiệp công lập". */
function kindBreakdown(c: Consolidation, pick: (k: Consolidation['byKind'][number]) => number): string {
  return c.byKind
    .filter((k) => pick(k) > 0)
    .map((k) => `${formatNumber(pick(k))} ${UNIT_KIND_INFO[k.kind].phrase}`)
    .join('; ');
}

const pct = (part: number, whole: number): string => formatPercent(whole > 0 ? (part / whole) * 100 : 0);

/** A total as the reader sees it: "1.240", "1,25 tỷ đồng", "93,3%". */
export function totalText(t: FigureTotal): string {
  if (t.total === null) return 'chưa có số liệu';
  if (t.nature === 'ratio') return formatPercent(t.total);
  if (t.unit === 'đồng') return formatMoney(t.total);
  if (t.nature === 'boolean') return `${formatNumber(t.total)}/${formatNumber(t.reported)}`;
  return formatNumber(t.total);
}

/** A value of one unit, for the appendix tables: blank is "–", "không phát sinh" is 0. */
export function valueText(code: string, v: SubmittedValue | undefined): string {
  const def = figureDef(code);
  if (!v || v.state === 'blank' || v.value === null) return v?.state === 'none' ? '0' : '–';
  if (def?.boolean) return v.value >= 1 ? 'Có' : 'Không';
  if (def?.unit === '%') return formatPercent(v.value);
  return formatNumber(v.value, def?.fractional ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------
// Section II: one paragraph per group of figures.

type Item =
  /**
   * A clause with the figure's total. `attach` joins it to the previous clause; `own` marks a clause
   * with its own subject ("Ban Thanh tra nhân dân …"), which starts a sentence of its own.
   */
  | { code: string; text: (v: string) => string; attach?: boolean; own?: boolean }
  /** A rate in brackets after the clause it belongs to. */
  | { rate: string; text: (r: string) => string }
  /** A yes/no figure: "Có 9/10 đơn vị …", its own sentence. */
  | { yes: string; text: string };

const ITEMS: Record<FigureGroup, Item[]> = {
  A: [
    { code: 'A1', text: (v) => `ban hành ${v} văn bản lãnh đạo, chỉ đạo, kế hoạch triển khai thực hiện dân chủ ở cơ sở` },
    { code: 'A3_HN', text: (v) => `tổ chức ${v} hội nghị, buổi quán triệt, tuyên truyền, phổ biến` },
    { code: 'A3_LUOT', text: (v) => ` với ${v} lượt người tham gia`, attach: true },
    { code: 'A4_LOP', text: (v) => `mở ${v} lớp tập huấn, bồi dưỡng nghiệp vụ` },
    { code: 'A4_LUOT', text: (v) => ` cho ${v} lượt người`, attach: true },
    { code: 'A4_PT_TH', text: (v) => `tập huấn, bồi dưỡng cho ${v} người được giao phụ trách công tác dân chủ ở cơ sở` },
    { code: 'A4_PT_TONG', text: (v) => ` trên tổng số ${v} người phụ trách`, attach: true },
    { rate: 'A4_TL', text: (r) => `đạt ${r}` },
    { yes: 'A2', text: 'đã ban hành, cập nhật quy chế thực hiện dân chủ' },
  ],
  B: [
    { code: 'B1_DA', text: (v) => `công khai ${v} nội dung` },
    { code: 'B1_PHAI', text: (v) => ` trên tổng số ${v} nội dung phải công khai theo quy định`, attach: true },
    { rate: 'B1_TL', text: (r) => `đạt ${r}` },
    { code: 'B2_DOT', text: (v) => `thực hiện ${v} đợt công khai thông tin` },
    { yes: 'B3_SO', text: 'công khai nội dung dân chủ ở cơ sở trên môi trường số' },
  ],
  C: [
    { code: 'C1_HOP', text: (v) => `tổ chức ${v} hội nghị, cuộc họp để Nhân dân, người lao động bàn và quyết định trực tiếp` },
    { code: 'C1_LUOT', text: (v) => ` với ${v} lượt người tham dự`, attach: true },
    { code: 'C3_HOP', text: (v) => `Có ${v} thôn, tổ dân phố tổ chức hội nghị cộng đồng dân cư`, own: true },
    { code: 'C3_THON', text: (v) => ` trên tổng số ${v} thôn, tổ dân phố`, attach: true },
    { code: 'C2_DONG_GOP', text: (v) => `Nhân dân đóng góp ${v} xây dựng công trình công cộng`, own: true },
    { yes: 'C4_HN_CBCCVC', text: 'đã tổ chức hội nghị cán bộ, công chức, viên chức, người lao động' },
    { yes: 'C5_KT_NQ', text: 'đã kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị' },
    { yes: 'C6_HN_NLD', text: 'đã tổ chức hội nghị người lao động' },
  ],
  D: [
    { code: 'D1_ND', text: (v) => `đưa ${v} nội dung ra lấy ý kiến` },
    { code: 'D2_CUOC', text: (v) => `Người đứng đầu các cơ quan, đơn vị tổ chức ${v} cuộc đối thoại`, own: true },
    { code: 'D2_LUOT', text: (v) => ` với ${v} lượt người tham gia`, attach: true },
  ],
  E: [
    { code: 'E1_CUOC', text: (v) => `Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng tiến hành ${v} cuộc kiểm tra, giám sát`, own: true },
    { code: 'E1_KN', text: (v) => `, kiến nghị ${v} nội dung`, attach: true },
    { code: 'E1_KN_GQ', text: (v) => `, đã được tiếp thu, giải quyết ${v} nội dung`, attach: true },
    { code: 'E1_TV', text: (v) => `Ban Thanh tra nhân dân có ${v} thành viên`, own: true },
    { code: 'E2_BAN', text: (v) => `thành lập ${v} Ban Giám sát đầu tư của cộng đồng` },
    { code: 'E2_CT', text: (v) => `giám sát ${v} công trình, dự án đầu tư` },
    { code: 'E3_TH', text: (v) => `tập huấn cho ${v} thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng` },
    { code: 'E3_TONG', text: (v) => ` trên tổng số ${v} thành viên`, attach: true },
    { rate: 'E3_TL', text: (r) => `đạt ${r}` },
    { yes: 'E4_KIEN_TOAN', text: 'đã kiện toàn đầy đủ Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng' },
  ],
  F: [
    { code: 'F1_CO', text: (v) => `Có ${v} thôn, tổ dân phố có hương ước, quy ước được công nhận`, own: true },
    { rate: 'F1_TL', text: (r) => `đạt ${r} số thôn, tổ dân phố` },
    { code: 'F2_MOI', text: (v) => `công nhận mới ${v} hương ước, quy ước` },
    { code: 'F2_SUA', text: (v) => `sửa đổi, bổ sung, thay thế ${v} hương ước, quy ước` },
    { code: 'F3_HD', text: (v) => `tổ chức ${v} hoạt động xây dựng, rà soát hương ước, quy ước` },
  ],
  G: [
    { code: 'G1_BUOI', text: (v) => `tổ chức ${v} buổi tiếp công dân` },
    { code: 'G1_LUOT', text: (v) => ` với ${v} lượt công dân được tiếp`, attach: true },
    { code: 'G2_NHAN', text: (v) => `tiếp nhận ${v} kiến nghị, phản ánh` },
    { code: 'G2_GQ', text: (v) => `, đã giải quyết, trả lời ${v} kiến nghị, phản ánh`, attach: true },
    { rate: 'G2_TL_GQ', text: (r) => `đạt ${r}` },
    { code: 'G2_DH', text: (v) => `, trong đó ${v} kiến nghị, phản ánh được giải quyết đúng hạn`, attach: true },
    { rate: 'G2_TL_DH', text: (r) => `đạt ${r} số đã giải quyết` },
    { code: 'G3_NHAN', text: (v) => `tiếp nhận ${v} đơn khiếu nại, tố cáo trong kỳ` },
    { code: 'G3_NHAN_LK', text: (v) => ` (lũy kế từ đầu năm ${v} đơn)`, attach: true },
    { code: 'G3_GQ', text: (v) => `, đã giải quyết ${v} đơn`, attach: true },
  ],
  H: [
    { code: 'H1_TT', text: (v) => `cung cấp trực tuyến toàn trình ${v} thủ tục hành chính` },
    { code: 'H1_DK', text: (v) => ` trên tổng số ${v} thủ tục đủ điều kiện`, attach: true },
    { rate: 'H1_TL', text: (r) => `đạt ${r}` },
    { code: 'H2_PHIEU', text: (v) => `thu về ${v} phiếu khảo sát sự hài lòng` },
    { code: 'H2_HL', text: (v) => `, trong đó ${v} phiếu hài lòng`, attach: true },
    { rate: 'H2_TL', text: (r) => `tỷ lệ hài lòng ${r}` },
    { code: 'H4_HD', text: (v) => `thực hiện ${v} hoạt động ứng dụng công nghệ thông tin, chuyển đổi số` },
    { yes: 'H3_CHUYEN_MUC', text: 'có chuyên mục "Thực hiện dân chủ ở cơ sở" trên trang thông tin điện tử' },
  ],
  K: [
    { code: 'K1_CUOC', text: (v) => `tiến hành ${v} cuộc kiểm tra, tự kiểm tra việc thực hiện dân chủ ở cơ sở` },
    { code: 'K2_VP', text: (v) => `phát hiện ${v} vụ việc vi phạm dân chủ ở cơ sở` },
    { code: 'K2_XL', text: (v) => `, đã xử lý ${v} vụ việc`, attach: true },
  ],
  L: [
    { code: 'L1_KT', text: (v) => `khen thưởng ${v} tập thể, cá nhân có thành tích trong thực hiện dân chủ ở cơ sở` },
    { code: 'L1_MH', text: (v) => `nhân rộng ${v} mô hình, điển hình tiên tiến` },
  ],
};

function blankNote(t: FigureTotal): string {
  return t.blank > 0 && t.total !== null ? ` (${formatNumber(t.blank)} đơn vị chưa có số liệu)` : '';
}

const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Puts a total into a clause template, the number carrying its figure code for the preview. */
function fill(s: Sentence, template: (v: string) => string, t: FigureTotal): void {
  const [pre, post] = template('\u0000').split('\u0000');
  s.text(pre ?? '');
  s.runs.push({ text: t.unit === 'đồng' ? formatMoney(t.total!) : formatNumber(t.total!), ref: { figure: t.code } });
  s.text((post ?? '') + blankNote(t));
}

/**
 * The sentences of one group, or null when none of its figures concerns the units. Clauses without
 * their own subject share "… các cơ quan, đơn vị đã …"; a figure no unit reported, or that every
 * unit declared "không phát sinh", gets a sentence of its own saying so.
 */
function groupBlocks(group: FigureGroup, totals: ReadonlyMap<string, FigureTotal>, subject: string): Block[] | null {
  const items = ITEMS[group].filter((i) => totals.has('code' in i ? i.code : 'rate' in i ? i.rate : i.yes));
  if (!items.length) return null;
  const sentences: Sentence[] = [];
  let shared: Sentence | null = null;
  let current: Sentence | null = null;
  let lastShown = false;
  let sharedCount = 0;
  const yesSentences: Sentence[] = [];
  const flushShared = (): void => {
    shared = null;
  };
  for (const item of items) {
    if ('yes' in item) {
      const t = totals.get(item.yes)!;
      if (t.applicable === 0) continue;
      const ys = new Sentence();
      if (t.total === null) ys.text(`${upperFirst(lowerFirst(t.label))}: chưa có số liệu (${formatNumber(t.blank)} đơn vị để trống).`);
      else {
        ys.text('Có ').num(t.total, { figure: t.code }).text(`/${formatNumber(t.reported)} đơn vị ${item.text}`);
        ys.text(t.blank ? `; ${formatNumber(t.blank)} đơn vị chưa có số liệu.` : '.');
      }
      yesSentences.push(ys);
      continue;
    }
    if ('rate' in item) {
      const t = totals.get(item.rate)!;
      if (!lastShown || !current || t.total === null || !t.ratio) continue;
      const [pre, post] = item.text('\u0000').split('\u0000');
      current.text(` (${pre ?? ''}`);
      current.runs.push({ text: formatPercent(t.total), ref: { figure: t.code } });
      current.text(post ?? '');
      if (t.ratio.units < t.applicable) current.text(`, tính trên ${formatNumber(t.ratio.units)} đơn vị có đủ số liệu`);
      current.text(')');
      continue;
    }
    const t = totals.get(item.code)!;
    if (t.applicable === 0 && t.reported === 0) {
      if (!item.attach) lastShown = false;
      continue;
    }
    if (item.attach) {
      if (!lastShown || !current) continue;
      if (t.total === null) current.text(` (${lowerFirst(t.label)}: chưa có số liệu)`);
      else fill(current, item.text, t);
      continue;
    }
    if (t.total === null || (t.total === 0 && t.none === t.reported)) {
      const own = new Sentence().text(`${upperFirst(lowerFirst(t.label))}: ${t.total === null ? `chưa có số liệu (${formatNumber(t.blank)} đơn vị để trống)` : 'không phát sinh'}`);
      sentences.push(own);
      current = own;
      lastShown = false;
      flushShared();
      continue;
    }
    if (item.own) {
      const own = new Sentence();
      fill(own, item.text, t);
      sentences.push(own);
      current = own;
      flushShared();
    } else {
      if (!shared) {
        shared = new Sentence().text(sharedCount === 0 ? `${subject} ` : 'Các cơ quan, đơn vị cũng đã ');
        sentences.push(shared);
        sharedCount++;
      } else (shared as Sentence).text('; ');
      fill(shared as Sentence, item.text, t);
      current = shared;
    }
    lastShown = true;
  }
  const out: Block[] = sentences.map((s) => {
    s.text('.');
    return sentencePara(s);
  });
  for (const ys of yesSentences) out.push(sentencePara(ys));
  return out.length ? out : null;
}

// ---------------------------------------------------------------------------------------------
// Tables

const KEY_FIGURES = ['A1', 'A2', 'A3_HN', 'A3_LUOT', 'B1_TL', 'C1_HOP', 'D1_ND', 'D2_CUOC', 'G2_NHAN', 'G2_TL_GQ', 'K1_CUOC'];

function kindTable(c: Consolidation): Table {
  const kinds = c.byKind.filter((k) => k.expected > 0);
  const whole = new Map(c.totals.map((t) => [t.code, t]));
  const codes = KEY_FIGURES.filter((code) => whole.has(code));
  const cellOf = (t: FigureTotal | undefined, submitted = 1): Cell => ({
    runs: [{ text: submitted === 0 ? '–' : !t || t.applicable === 0 ? '' : t.total === null ? '–' : totalText(t) }],
    align: 'right',
  });
  return {
    columns: [
      { title: 'Chỉ số', width: 34 },
      ...kinds.map((k) => ({ title: `${UNIT_KIND_INFO[k.kind].short} (${k.submitted}/${k.expected})`, width: 12, align: 'right' as const })),
      { title: `Tổng (${c.counts.submitted}/${c.counts.expected})`, width: 12, align: 'right' },
    ],
    rows: codes.map((code) => {
      const t = whole.get(code)!;
      return [`${t.label}${t.unit === '%' ? '' : ` (${t.nature === 'boolean' ? 'số đơn vị có' : t.unit})`}`, ...kinds.map((k) => cellOf(k.figures.find((f) => f.code === code), k.submitted)), cellOf(t)];
    }),
  };
}

function statusAppendix(c: Consolidation, o: ConsolidatedReportOptions, reference: string): Appendix {
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let stt = 0;
  for (const k of c.byKind) {
    const list = c.statusRows.filter((r) => r.unit.kind === k.kind);
    if (!list.length) continue;
    groupRows.push(rows.length);
    rows.push([`${k.label} (${formatNumber(k.submitted)}/${formatNumber(k.expected)} đơn vị đã gửi báo cáo)`]);
    for (const r of list) {
      const notes = [...(r.daysLate ? [`Chậm ${formatNumber(r.daysLate)} ngày`] : []), ...(o.unitNotes?.[r.unit.code] ?? [])];
      rows.push([
        String(++stt),
        r.unit.code,
        r.unit.name,
        { runs: [{ text: r.receivedAt ? formatTableDate(r.receivedAt) : '' }], align: 'center' },
        { runs: [{ text: SUBMISSION_STATUS_LABEL[r.status], bold: r.status !== 'on_time' }], align: 'center' },
        notes.join('; '),
      ]);
    }
  }
  return {
    number: 'I',
    title: `DANH SÁCH CƠ QUAN, ĐƠN VỊ VÀ TÌNH HÌNH GỬI BÁO CÁO ${c.period.titlePhrase.toUpperCase()}`,
    reference,
    landscape: false,
    table: {
      columns: [
        { title: 'STT', width: 6, align: 'center' },
        { title: 'Mã', width: 11, align: 'center' },
        { title: 'Tên cơ quan, đơn vị', width: 38 },
        { title: 'Ngày nhận', width: 13, align: 'center' },
        { title: 'Tình trạng', width: 14, align: 'center' },
        { title: 'Ghi chú', width: 18 },
      ],
      rows,
      groupRows,
    },
  };
}

function totalsAppendix(c: Consolidation, reference: string): Appendix {
  const kinds = c.byKind.filter((k) => k.expected > 0);
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let stt = 0;
  const right = (t: string): Cell => ({ runs: [{ text: t }], align: 'right' });
  const text = (t: FigureTotal | undefined): string => (!t || t.applicable === 0 ? '' : t.total === null ? '–' : t.nature === 'ratio' ? formatPercent(t.total) : t.nature === 'boolean' ? `${formatNumber(t.total)}/${formatNumber(t.reported)}` : formatNumber(t.total, 2));
  for (const g of FIGURE_GROUPS) {
    const list = c.totals.filter((t) => t.group === g.code);
    if (!list.length) continue;
    groupRows.push(rows.length);
    rows.push([`${g.code}. ${g.label}`]);
    for (const t of list) {
      rows.push([
        String(++stt),
        t.code,
        t.label,
        t.nature === 'boolean' ? 'đơn vị có' : t.unit,
        ...kinds.map((k) => right(text(k.figures.find((f) => f.code === t.code)))),
        right(text(t)),
        right(t.blank ? formatNumber(t.blank) : ''),
      ]);
    }
  }
  return {
    number: 'II',
    title: `TỔNG HỢP SỐ LIỆU THEO LOẠI CƠ QUAN, ĐƠN VỊ ${c.period.titlePhrase.toUpperCase()}`,
    reference,
    landscape: true,
    intro: [para(`Số liệu tổng hợp từ ${formatNumber(c.counts.submitted)}/${formatNumber(c.counts.expected)} cơ quan, đơn vị đã gửi báo cáo. Tỷ lệ (%) tính từ tổng tử số và tổng mẫu số của các đơn vị có đủ số liệu; dòng có/không ghi số đơn vị có trên số đơn vị trả lời; "–": chưa có số liệu.`)],
    table: {
      columns: [
        { title: 'STT', width: 4, align: 'center' },
        { title: 'Mã', width: 8, align: 'center' },
        { title: 'Chỉ số', width: 34 },
        { title: 'Đơn vị tính', width: 8, align: 'center' },
        ...kinds.map((k) => ({ title: UNIT_KIND_INFO[k.kind].short, width: 9, align: 'right' as const })),
        { title: 'Tổng', width: 9, align: 'right' },
        { title: 'Số đơn vị chưa có số liệu', width: 9, align: 'right' },
      ],
      rows,
      groupRows,
    },
  };
}

/** Figure columns per table of Appendix III: more would squeeze the unit names off a landscape page. */
const MAX_FIGURE_COLUMNS = 6;

/** Appendix III: per group of figures, tables with a row per unit that reported and a column per figure. */
/**
 * Above this many reporting units the per-unit tables would run to hundreds of pages (about 670
 * for 1,000 units); they are then left to the workbook's "Số liệu từng đơn vị" sheet.
 */
export const PER_UNIT_APPENDIX_LIMIT = 200;

function unitsAppendix(c: Consolidation, reference: string): Appendix {
  const reported = c.unitRows.filter((r) => r.status !== 'missing');
  const tables: Array<{ title: string; codes: string[]; table: Table }> = [];
  for (const g of FIGURE_GROUPS) {
    const all = c.totals.filter((t) => t.group === g.code).map((t) => t.code);
    for (let i = 0; i < all.length; i += MAX_FIGURE_COLUMNS) {
      const codes = all.slice(i, i + MAX_FIGURE_COLUMNS);
      // A figure that does not apply to a unit's kind is left empty (not "–"), and a unit to which
      // none of the table's figures applies is left out (the schools have no hương ước).
      const applies = (r: UnitFigures, code: string): boolean => appliesTo(figureDef(code)!, r.unit.kind) || (r.values[code] !== undefined && r.values[code]!.state !== 'blank');
      const rows: Cell[][] = reported
        .filter((r) => codes.some((code) => applies(r, code)))
        .map((r: UnitFigures, k) => [
          String(k + 1),
          r.unit.name,
          ...codes.map((code): Cell => ({ runs: [{ text: applies(r, code) ? valueText(code, r.values[code]) : '' }], align: 'right' })),
        ]);
      tables.push({
        title: `${g.code}. ${g.label}${i > 0 ? ' (tiếp theo)' : ''}`,
        codes,
        table: {
          columns: [
            { title: 'STT', width: 5, align: 'center' },
            { title: 'Cơ quan, đơn vị', width: 36 },
            ...codes.map((code) => ({ title: `${code}\n(${figureDef(code)!.boolean ? 'có/không' : figureDef(code)!.unit})`, width: 10, align: 'right' as const })),
          ],
          rows,
        },
      });
    }
  }
  const intro: Block[] = [para('Mỗi bảng một nhóm chỉ số, mỗi dòng một cơ quan, đơn vị đã gửi báo cáo; tên chỉ số theo mã ghi trên mỗi bảng. "0": không phát sinh; "–": chưa có số liệu; ô trống: chỉ số không áp dụng cho loại đơn vị.')];
  const legend = (codes: string[]): Block => para(codes.map((code) => `${code}: ${figureDef(code)!.label}`).join('; ') + '.');
  tables.forEach((t, i) => {
    intro.push({ type: 'heading', level: 2, text: t.title });
    intro.push(legend(t.codes));
    // The last table is the appendix's own table, printed after this introduction.
    if (i < tables.length - 1) intro.push({ type: 'table', table: t.table });
  });
  const last = tables[tables.length - 1];
  return {
    number: 'III',
    title: `SỐ LIỆU CỦA TỪNG CƠ QUAN, ĐƠN VỊ ${c.period.titlePhrase.toUpperCase()}`,
    reference,
    landscape: true,
    intro: last ? intro : [...intro, para('Chưa có đơn vị nào gửi báo cáo.')],
    table: last?.table ?? { columns: [{ title: 'Cơ quan, đơn vị', width: 1 }], rows: [] },
  };
}

// ---------------------------------------------------------------------------------------------

function statusBlocks(c: Consolidation, o: ConsolidatedReportOptions, aggName: string): Block[] {
  const out: Block[] = [];
  const n = c.counts;
  const s = new Sentence().text(`Tổng số cơ quan, đơn vị phải báo cáo: ${formatNumber(n.expected)} đơn vị`);
  const breakdown = kindBreakdown(c, (k) => k.expected);
  s.text(breakdown && c.byKind.length > 1 ? ` (${breakdown}).` : '.');
  s.text(` Đến ngày ${formatShortDate(o.asOf)}, ${aggName} đã nhận được báo cáo của ${formatNumber(n.submitted)}/${formatNumber(n.expected)} đơn vị (đạt ${pct(n.submitted, n.expected)})`);
  if (n.submitted > 0) {
    const deadline = c.deadline ? ` (hạn gửi báo cáo ngày ${formatShortDate(c.deadline)})` : '';
    s.text(n.onTime > 0 ? `, trong đó ${formatNumber(n.onTime)} đơn vị gửi đúng hạn${deadline}` : `, không có đơn vị nào gửi đúng hạn${deadline}`);
    if (n.late > 0) {
      const late = c.statusRows.filter((r) => r.status === 'late');
      s.text(`${n.onTime > 0 ? ',' : ';'} ${formatNumber(n.late)} đơn vị gửi muộn`);
      if (late.length <= 10) s.text(`: ${joinVi(late.map((r) => `${r.unit.name} (nhận ngày ${formatShortDate(r.receivedAt!)}, chậm ${formatNumber(r.daysLate ?? 0)} ngày)`))}`);
      else s.text(' (danh sách tại Phụ lục I)');
    }
  }
  s.text('.');
  out.push(sentencePara(s));
  if (n.missing > 0) {
    const missing = c.statusRows.filter((r) => r.status === 'missing');
    out.push(
      para(
        missing.length <= 15
          ? `Còn ${formatNumber(n.missing)} đơn vị chưa gửi báo cáo: ${joinVi(missing.map((r) => r.unit.name))}. Số liệu tổng hợp dưới đây chưa bao gồm các đơn vị này.`
          : `Còn ${formatNumber(n.missing)} đơn vị chưa gửi báo cáo (danh sách tại Phụ lục I). Số liệu tổng hợp dưới đây chưa bao gồm các đơn vị này.`,
      ),
    );
  } else out.push(para('Tất cả các cơ quan, đơn vị phải báo cáo đã gửi báo cáo.'));
  const q = o.quality;
  const notes: string[] = [];
  if (q?.template.length) notes.push(`${formatNumber(q.template.length)} đơn vị gửi biểu số liệu điền tay (${q.template.length <= 5 ? q.template.join(', ') : 'xem Phụ lục I'})`);
  if (q?.edited.length) notes.push(`${formatNumber(q.edited.length)} đơn vị có biểu số liệu được sửa sau khi xuất từ ứng dụng (${q.edited.length <= 5 ? q.edited.join(', ') : 'xem Phụ lục I'}), đã đối chiếu với văn bản báo cáo`);
  const blankFigures = c.totals.filter((t) => t.nature !== 'ratio' && t.blank > 0).length;
  if (blankFigures) notes.push(`${formatNumber(blankFigures)} chỉ số còn đơn vị để trống (chưa có số liệu), không được tính là 0`);
  if (notes.length) out.push(para(`Về chất lượng số liệu: ${notes.join('; ')}.`));
  return out;
}

function targetsBlocks(c: Consolidation): Block[] {
  if (!c.targets.length) return [para('Kế hoạch không giao chỉ tiêu định lượng cho các loại đơn vị này.')];
  const out: Block[] = [];
  if (c.targetsFromProfile) {
    const basis = [...new Set(c.targets.map((t) => t.basis))];
    const met = c.targets.filter((t) => t.overallMet === true).length;
    out.push(para(`Kết quả thực hiện ${formatNumber(c.targets.length)} chỉ tiêu theo ${joinVi(basis)}: tính chung ${formatNumber(met)} chỉ tiêu đạt, ${formatNumber(c.targets.length - met)} chỉ tiêu chưa đạt hoặc chưa có số liệu (chi tiết tại bảng dưới đây).`));
  } else {
    out.push(para('Kế hoạch của tỉnh không giao chỉ tiêu định lượng; một số kết quả chủ yếu theo từng cơ quan, đơn vị như sau:'));
  }
  for (const t of c.targets) {
    const s = new Sentence().text(`${t.label} (${c.targetsFromProfile ? 'chỉ tiêu' : 'yêu cầu'} ${t.planned}): `);
    if (t.applicable === 0) s.text('chưa có đơn vị nào thuộc diện áp dụng gửi báo cáo.');
    else {
      s.num(t.met).text(`/${formatNumber(t.applicable)} đơn vị đạt`);
      if (t.notMet) s.text(`, ${formatNumber(t.notMet)} đơn vị chưa đạt${t.notMet <= 5 ? ` (${t.notMetUnits.join(', ')})` : ''}`);
      if (t.noData) s.text(`, ${formatNumber(t.noData)} đơn vị chưa có số liệu`);
      if (t.overall !== null) s.text(`; tính chung đạt ${formatPercent(t.overall)}`);
      s.text('.');
    }
    out.push(sentencePara(s));
  }
  out.push({
    type: 'table',
    table: {
      columns: [
        { title: 'STT', width: 5, align: 'center' },
        { title: c.targetsFromProfile ? 'Chỉ tiêu' : 'Nội dung', width: 37 },
        { title: 'Kế hoạch', width: 11, align: 'center' },
        { title: 'Số đơn vị đạt', width: 10, align: 'center' },
        { title: 'Chưa đạt', width: 9, align: 'center' },
        { title: 'Chưa có số liệu', width: 10, align: 'center' },
        { title: 'Tính chung', width: 10, align: 'center' },
        { title: 'Đánh giá', width: 10, align: 'center' },
      ],
      rows: c.targets.map((t, i) => [
        String(i + 1),
        c.targetsFromProfile ? `${t.label} (${t.code})` : t.label,
        { runs: [{ text: t.planned }], align: 'center' },
        { runs: [{ text: `${formatNumber(t.met)}/${formatNumber(t.applicable)}` }], align: 'center' },
        { runs: [{ text: formatNumber(t.notMet) }], align: 'center' },
        { runs: [{ text: formatNumber(t.noData) }], align: 'center' },
        { runs: [{ text: t.overall === null ? '–' : formatPercent(t.overall) }], align: 'center' },
        { runs: [{ text: t.overallMet === null ? 'Chưa có số liệu' : t.overallMet ? 'Đạt' : 'Chưa đạt', bold: t.overallMet !== true }], align: 'center' },
      ]),
    },
  });
  return out;
}

function assessmentDrafts(c: Consolidation, aggName: string, reportTo: string): { uu: string; han: string; kien: string } {
  const n = c.counts;
  const good: string[] = [];
  const bad: string[] = [];
  if (n.onTime > 0) good.push(`${formatNumber(n.onTime)}/${formatNumber(n.expected)} cơ quan, đơn vị gửi báo cáo đúng hạn, số liệu theo biểu mẫu thống nhất`);
  const met = c.targets.filter((t) => t.overallMet === true).map((t) => lowerFirst(t.label));
  if (met.length) good.push(`tính chung đạt yêu cầu về ${joinVi(met.slice(0, 4))}`);
  const held: string[] = [];
  const phrase: Record<string, string> = { A3_HN: 'hội nghị, buổi tuyên truyền', C1_HOP: 'hội nghị, cuộc họp bàn và quyết định trực tiếp', D2_CUOC: 'cuộc đối thoại' };
  for (const code of ['A3_HN', 'C1_HOP', 'D2_CUOC']) {
    const t = c.totals.find((x) => x.code === code);
    if (t && t.total !== null && t.total > 0) held.push(`${formatNumber(t.total)} ${phrase[code]}`);
  }
  if (held.length) good.push(`các hình thức dân chủ trực tiếp được duy trì với ${joinVi(held)}`);
  if (n.missing) bad.push(`còn ${formatNumber(n.missing)} đơn vị chưa gửi báo cáo`);
  if (n.late) bad.push(`${formatNumber(n.late)} đơn vị gửi báo cáo chậm so với thời hạn`);
  const blanks = c.totals.filter((t) => t.nature !== 'ratio' && t.blank > 0);
  if (blanks.length) bad.push(`một số đơn vị chưa báo cáo đầy đủ số liệu (${formatNumber(blanks.length)} chỉ số còn để trống)`);
  const notMet = c.targets.filter((t) => t.notMet > 0).map((t) => `${lowerFirst(t.label)} (${formatNumber(t.notMet)} đơn vị chưa đạt)`);
  if (notMet.length) bad.push(joinVi(notMet.slice(0, 3)));
  const uu = good.length ? `${good.map((g, i) => (i === 0 ? g.charAt(0).toUpperCase() + g.slice(1) : g)).join('; ')}.` : 'Chưa có đủ báo cáo của các đơn vị để đánh giá.';
  const han = bad.length ? `${bad.map((g, i) => (i === 0 ? g.charAt(0).toUpperCase() + g.slice(1) : g)).join('; ')}.` : 'Không có hạn chế đáng kể về công tác báo cáo.';
  const kien = [
    n.missing || n.late ? `Đề nghị các cơ quan, đơn vị chưa gửi báo cáo khẩn trương hoàn thành, gửi về ${aggName}; các đơn vị thực hiện nghiêm thời hạn báo cáo trong các kỳ tiếp theo.` : '',
    blanks.length ? 'Đề nghị các đơn vị rà soát, bổ sung các chỉ số còn để trống để số liệu tổng hợp đầy đủ, chính xác.' : '',
    reportTo ? `Đề nghị ${reportTo} tiếp tục quan tâm chỉ đạo, tổ chức tập huấn nghiệp vụ cho cán bộ phụ trách công tác dân chủ ở cơ sở.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { uu, han, kien: kien || 'Không có đề xuất, kiến nghị.' };
}

export function buildConsolidatedReport(c: Consolidation, o: ConsolidatedReportOptions): ReportDocument {
  const agg = o.aggregator;
  const aggName = agg.name;
  const p = c.period;
  const reference = `(Kèm theo Báo cáo số      /BC-${agg.docSymbol} ngày      tháng      năm ${p.year} của ${aggName})`;
  const totals = new Map(c.totals.map((t) => [t.code, t]));
  const body: Block[] = [];
  const basis = agg.planRef || o.province.basisDocs[o.province.basisDocs.length - 1] || '';
  body.push(
    para(
      `${basis ? `Thực hiện ${basis}; c` : 'C'}ăn cứ báo cáo của các cơ quan, đơn vị, ${aggName} tổng hợp kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase} (số liệu tính từ ngày ${formatShortDate(p.from)} đến ngày ${formatShortDate(p.to)}) như sau:`,
    ),
  );
  let top = 0;
  const h1 = (t: string): void => {
    body.push({ type: 'heading', level: 1, text: `${ROMAN[top++]}. ${t}` });
  };
  h1('TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ');
  body.push(...statusBlocks(c, o, aggName));

  h1('KẾT QUẢ THỰC HIỆN');
  let sub = 0;
  if (c.counts.submitted === 0) body.push(para('Chưa có cơ quan, đơn vị nào gửi báo cáo nên chưa có số liệu tổng hợp.'));
  else {
    for (const g of FIGURE_GROUPS) {
      const subject = sub === 0 ? `${periodOpening(p)}, các cơ quan, đơn vị đã` : 'Các cơ quan, đơn vị đã';
      const blocks = groupBlocks(g.code, totals, subject);
      if (!blocks) continue;
      body.push({ type: 'heading', level: 2, text: `${++sub}. ${g.label}` });
      body.push(...blocks);
    }
    if (c.byKind.filter((k) => k.expected > 0).length > 1) {
      body.push({ type: 'heading', level: 2, text: `${++sub}. Kết quả chủ yếu theo loại cơ quan, đơn vị` });
      body.push(para('Một số chỉ số chủ yếu theo loại cơ quan, đơn vị (trong ngoặc: số đơn vị đã gửi báo cáo/số đơn vị phải báo cáo; "–": chưa có số liệu):'));
      body.push({ type: 'table', table: kindTable(c) });
    }
  }
  body.push({ type: 'heading', level: 2, text: `${++sub}. ${c.targetsFromProfile ? 'Kết quả thực hiện các chỉ tiêu' : 'Một số kết quả chủ yếu theo đơn vị'}` });
  body.push(...targetsBlocks(c));
  const perUnitInDocx = c.unitRows.filter((r) => r.status !== 'missing').length <= PER_UNIT_APPENDIX_LIMIT;
  body.push(
    para(
      perUnitInDocx
        ? 'Danh sách cơ quan, đơn vị và tình hình gửi báo cáo tại Phụ lục I; số liệu tổng hợp theo loại đơn vị tại Phụ lục II; số liệu của từng đơn vị tại Phụ lục III kèm theo báo cáo này.'
        : `Danh sách cơ quan, đơn vị và tình hình gửi báo cáo tại Phụ lục I; số liệu tổng hợp theo loại đơn vị tại Phụ lục II kèm theo báo cáo này; số liệu của từng đơn vị (${formatNumber(c.unitRows.filter((r) => r.status !== 'missing').length)} đơn vị) tại trang "Số liệu từng đơn vị" của biểu tổng hợp (.xlsx) gửi kèm.`,
    ),
  );

  const drafts = assessmentDrafts(c, aggName, agg.kinhGui[0] ?? o.province.reportTo ?? 'cơ quan cấp trên');
  h1('ĐÁNH GIÁ CHUNG');
  body.push({ type: 'heading', level: 2, text: '1. Ưu điểm' });
  body.push(para(drafts.uu, true));
  body.push({ type: 'heading', level: 2, text: '2. Hạn chế, khó khăn' });
  body.push(para(drafts.han, true));
  h1('ĐỀ XUẤT, KIẾN NGHỊ');
  body.push(para(drafts.kien, true));
  body.push(para(`Trên đây là báo cáo tổng hợp kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase} của ${aggName}./.`));

  const noiNhan: string[] = [];
  if (agg.kinhGui.length) noiNhan.push('- Như trên;');
  for (const r of agg.recipients) noiNhan.push(`- ${r.replace(/[;.]$/, '')};`);
  noiNhan.push(`- Lưu: VT${agg.archiveTag ? `, ${agg.archiveTag}` : ''}.`);

  return {
    header: {
      parentBody: agg.parentBody.toLocaleUpperCase('vi'),
      unitName: aggName.toLocaleUpperCase('vi'),
      numberLine: `Số:      /BC-${agg.docSymbol}`,
      placeDate: `${agg.placeName}, ${formatOfficialDate(o.reportDate)}`,
    },
    docType: 'BÁO CÁO',
    title: `Tổng hợp kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase}`,
    ...(o.revision > 1 ? { subtitle: `(Báo cáo bổ sung lần ${o.revision - 1})` } : {}),
    kinhGui: agg.kinhGui,
    body,
    noiNhan,
    signer: { titleLines: signerTitleLines(agg.signer), name: agg.signer.name },
    appendices: [statusAppendix(c, o, reference), totalsAppendix(c, reference), ...(perUnitInDocx ? [unitsAppendix(c, reference)] : [])],
    meta: {
      author: aggName,
      subject: `Báo cáo tổng hợp kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase}`,
      description: `dcs; tổng hợp; kỳ ${p.id}; lần ${o.revision}; ${c.counts.submitted}/${c.counts.expected} đơn vị`,
    },
  };
}
