// Section II of the consolidated report: one paragraph per group of figures, the totals inside
// sentences the way an officer writes them. What the units left blank is said once per clause,
// never as 0; a rate says once on how many units it rests.
import type { FigureGroup } from '../domain/catalog';
import { formatMoney, formatNumber, formatPercent } from '../format/vi';
import type { Block } from '../report/document';
import { joinVi, lowerFirst, Sentence, upperFirst } from '../narrative/words';
import type { FigureTotal } from './types';

type Item =
  /**
   * A clause with the figure's total. `attach` joins it to the previous clause; `own` marks a clause
   * with its own subject ("Ban Thanh tra nhân dân …"), which starts a sentence of its own.
   */
  | { code: string; text: (v: string) => string; attach?: boolean; own?: boolean; none?: string }
  /** A rate in brackets after the clause it belongs to. */
  | { rate: string; text: (r: string) => string }
  /** A yes/no figure: "Có 9/10 đơn vị …", its own sentence; `topic` names it when no unit answered. */
  | { yes: string; text: string; topic: string };

const ITEMS: Record<FigureGroup, Item[]> = {
  A: [
    { code: 'A1', text: (v) => `ban hành ${v} văn bản lãnh đạo, chỉ đạo, kế hoạch triển khai thực hiện dân chủ ở cơ sở` },
    { code: 'A3_HN', text: (v) => `tổ chức ${v} hội nghị, buổi quán triệt, tuyên truyền, phổ biến` },
    { code: 'A3_LUOT', text: (v) => ` với ${v} lượt người tham gia`, attach: true },
    { code: 'A3_CB_TT', text: (v) => `tuyên truyền, phổ biến cho ${v} cán bộ, công chức, viên chức, người lao động` },
    { code: 'A3_CB_TONG', text: (v) => ` trên tổng số ${v} người`, attach: true },
    { code: 'A3_THON_TT', text: (v) => `tuyên truyền, phổ biến tại ${v} thôn, tổ dân phố` },
    { code: 'A4_LOP', text: (v) => `mở ${v} lớp tập huấn, bồi dưỡng nghiệp vụ` },
    { code: 'A4_LUOT', text: (v) => ` cho ${v} lượt người`, attach: true },
    { code: 'A4_PT_TH', text: (v) => `tập huấn, bồi dưỡng cho ${v} người được giao phụ trách công tác dân chủ ở cơ sở` },
    { code: 'A4_PT_TONG', text: (v) => ` trên tổng số ${v} người phụ trách`, attach: true },
    { rate: 'A4_TL', text: (r) => `đạt ${r}` },
    { yes: 'A2', text: 'đã ban hành, cập nhật quy chế thực hiện dân chủ', topic: 'việc ban hành, cập nhật quy chế thực hiện dân chủ' },
  ],
  B: [
    { code: 'B1_DA', text: (v) => `công khai ${v} nội dung` },
    { code: 'B1_PHAI', text: (v) => ` trên tổng số ${v} nội dung phải công khai theo quy định`, attach: true },
    { rate: 'B1_TL', text: (r) => `đạt ${r}` },
    { code: 'B2_DOT', text: (v) => `thực hiện ${v} đợt công khai thông tin` },
    { yes: 'B3_SO', text: 'công khai nội dung dân chủ ở cơ sở trên môi trường số', topic: 'việc công khai nội dung dân chủ ở cơ sở trên môi trường số' },
  ],
  C: [
    { code: 'C1_HOP', text: (v) => `tổ chức ${v} hội nghị, cuộc họp để Nhân dân, người lao động bàn và quyết định trực tiếp` },
    { code: 'C1_LUOT', text: (v) => ` với ${v} lượt người tham dự`, attach: true },
    { code: 'C3_HOP', text: (v) => `Có ${v} thôn, tổ dân phố tổ chức hội nghị cộng đồng dân cư`, own: true },
    { code: 'C3_THON', text: (v) => ` trên tổng số ${v} thôn, tổ dân phố`, attach: true },
    { code: 'C2_DONG_GOP', text: (v) => `Nhân dân đóng góp ${v} xây dựng công trình công cộng`, own: true },
    { yes: 'C4_HN_CBCCVC', text: 'đã tổ chức hội nghị cán bộ, công chức, viên chức, người lao động', topic: 'việc tổ chức hội nghị cán bộ, công chức, viên chức, người lao động' },
    { yes: 'C5_KT_NQ', text: 'đã kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị', topic: 'việc kiểm tra, đánh giá thực hiện nghị quyết hội nghị' },
    { yes: 'C6_HN_NLD', text: 'đã tổ chức hội nghị người lao động', topic: 'việc tổ chức hội nghị người lao động' },
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
    { code: 'E5_BAN_TH', text: (v) => `tập huấn nghiệp vụ cho ${v} Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng` },
    { code: 'E5_BAN', text: (v) => ` trên tổng số ${v} ban`, attach: true },
    { yes: 'E4_KIEN_TOAN', text: 'đã kiện toàn đầy đủ Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng', topic: 'việc kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng' },
  ],
  F: [
    { code: 'F1_CO', text: (v) => `Có ${v} thôn, tổ dân phố có hương ước, quy ước được công nhận`, own: true },
    { rate: 'F1_TL', text: (r) => `đạt ${r} số thôn, tổ dân phố` },
    { code: 'F2_MOI', text: (v) => `công nhận mới ${v} hương ước, quy ước`, none: 'Trong kỳ không có hương ước, quy ước được công nhận mới' },
    { code: 'F2_SUA', text: (v) => `sửa đổi, bổ sung, thay thế ${v} hương ước, quy ước` },
    { code: 'F3_HD', text: (v) => `tổ chức ${v} hoạt động xây dựng, rà soát hương ước, quy ước` },
    { code: 'F4_TH', text: (v) => `tập huấn về hương ước, quy ước cho ${v} Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban Công tác Mặt trận, người soạn thảo` },
    { code: 'F4_TONG', text: (v) => ` trên tổng số ${v} người`, attach: true },
  ],
  G: [
    { code: 'G1_BUOI', text: (v) => `tổ chức ${v} buổi tiếp công dân` },
    { code: 'G1_LUOT', text: (v) => ` với ${v} lượt công dân được tiếp`, attach: true },
    { code: 'G2_NHAN', text: (v) => `tiếp nhận ${v} kiến nghị, phản ánh`, none: 'Không phát sinh kiến nghị, phản ánh' },
    { code: 'G2_PH', text: (v) => `, đã phân loại, phản hồi ${v} kiến nghị, phản ánh thuộc thẩm quyền`, attach: true },
    { code: 'G2_GQ', text: (v) => `, đã giải quyết, trả lời ${v} kiến nghị, phản ánh`, attach: true },
    { rate: 'G2_TL_GQ', text: (r) => `đạt ${r}` },
    { code: 'G2_DH', text: (v) => `, trong đó ${v} kiến nghị, phản ánh được giải quyết đúng hạn`, attach: true },
    { rate: 'G2_TL_DH', text: (r) => `đạt ${r} số đã giải quyết` },
    { code: 'G3_NHAN', text: (v) => `tiếp nhận ${v} đơn khiếu nại, tố cáo trong kỳ`, none: 'Không phát sinh đơn khiếu nại, tố cáo' },
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
    { yes: 'H5_CNTT', text: 'ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội trong thực hiện dân chủ ở cơ sở', topic: 'việc ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội trong thực hiện dân chủ ở cơ sở' },
    { yes: 'H3_CHUYEN_MUC', text: 'có chuyên mục “Thực hiện dân chủ ở cơ sở” trên trang thông tin điện tử', topic: 'chuyên mục “Thực hiện dân chủ ở cơ sở” trên trang thông tin điện tử' },
  ],
  K: [
    { code: 'K1_CUOC', text: (v) => `tiến hành ${v} cuộc kiểm tra, tự kiểm tra việc thực hiện dân chủ ở cơ sở` },
    { code: 'K2_VP', text: (v) => `phát hiện ${v} vụ việc vi phạm dân chủ ở cơ sở`, none: 'Không phát hiện vụ việc vi phạm dân chủ ở cơ sở' },
    { code: 'K2_XL', text: (v) => `, đã xử lý ${v} vụ việc`, attach: true },
  ],
  L: [
    { code: 'L1_KT', text: (v) => `khen thưởng ${v} tập thể, cá nhân có thành tích trong thực hiện dân chủ ở cơ sở` },
    { code: 'L1_MH', text: (v) => `nhân rộng ${v} mô hình, điển hình tiên tiến` },
  ],
};

const missingText = (n: number): string => `${formatNumber(n)} đơn vị chưa có số liệu`;

/** "Số vụ việc vi phạm … được phát hiện" → "vụ việc vi phạm … được phát hiện". */
const withoutCountWord = (label: string): string => lowerFirst(label.replace(/^(Số|Tổng số|Giá trị) /, ''));

/** A clause chain: its figures and how many units left any of them blank (said once, at its end). */
interface Chain {
  s: Sentence;
  blank: number;
  /** Units the chain's rate rests on, once said: later rates of the chain need not repeat it. */
  rateUnits: number | null;
}

function fill(chain: Chain, template: (v: string) => string, t: FigureTotal): void {
  const [pre, post] = template('\u0000').split('\u0000');
  chain.s.text(pre ?? '');
  chain.s.runs.push({ text: t.unit === 'đồng' ? formatMoney(t.total!) : formatNumber(t.total!), ref: { figure: t.code } });
  chain.s.text(post ?? '');
  chain.blank = Math.max(chain.blank, t.blank);
}

/** Closes a chain: the units that left its figures blank, unless its rate already said it. */
function closeChain(chain: Chain | null): void {
  if (!chain || chain.blank === 0 || chain.rateUnits !== null) return;
  chain.s.text(` (${missingText(chain.blank)})`);
  chain.blank = 0;
}

/**
 * The sentences of one group, or null when none of its figures concerns the units. Clauses without
 * their own subject share "… các cơ quan, đơn vị đã …"; a figure no unit reported, or that every
 * unit declared "không phát sinh", gets a short sentence of its own saying so.
 */
export function groupBlocks(group: FigureGroup, totals: ReadonlyMap<string, FigureTotal>, subject: string): Block[] | null {
  const items = ITEMS[group].filter((i) => totals.has('code' in i ? i.code : 'rate' in i ? i.rate : i.yes));
  if (!items.length) return null;
  const sentences: Sentence[] = [];
  const yesSentences: Sentence[] = [];
  let shared: Sentence | null = null;
  let chain: Chain | null = null;
  let sharedCount = 0;
  const startChain = (s: Sentence): Chain => {
    closeChain(chain);
    chain = { s, blank: 0, rateUnits: null };
    return chain;
  };
  const unreported: string[] = [];
  for (const item of items) {
    if ('yes' in item) {
      const t = totals.get(item.yes)!;
      if (t.applicable === 0) continue;
      const ys = new Sentence();
      if (t.total === null) {
        unreported.push(`về ${item.topic}`);
        continue;
      } else {
        ys.text('Có ').num(t.total, { figure: t.code }).text(`/${formatNumber(t.reported)} đơn vị ${item.text}`);
        ys.text(t.blank ? ` (${missingText(t.blank)}).` : '.');
      }
      yesSentences.push(ys);
      continue;
    }
    if ('rate' in item) {
      const t = totals.get(item.rate)!;
      const c = chain as Chain | null;
      if (!c || t.total === null || !t.ratio) continue;
      const [pre, post] = item.text('\u0000').split('\u0000');
      c.s.text(` (${pre ?? ''}`);
      c.s.runs.push({ text: formatPercent(t.total), ref: { figure: t.code } });
      c.s.text(post ?? '');
      if (t.ratio.units < t.applicable && c.rateUnits !== t.ratio.units) c.s.text(`, tính trên ${formatNumber(t.ratio.units)}/${formatNumber(t.applicable)} đơn vị có đủ số liệu`);
      c.rateUnits = t.ratio.units;
      c.s.text(')');
      continue;
    }
    const t = totals.get(item.code)!;
    if (t.applicable === 0 && t.reported === 0) {
      if (!item.attach) {
        closeChain(chain);
        chain = null;
      }
      continue;
    }
    if (item.attach) {
      let c = chain as Chain | null;
      if (!c) {
        // Its clause's head is missing (no unit counted the inspections, say) but this figure was
        // given: it opens a sentence of its own rather than vanish.
        // Nothing to say of a zero (its head was "không phát sinh", say): no sentence counts zero.
        if (t.total === null || t.total === 0) continue;
        const own = new Sentence().text(`${upperFirst(lowerFirst(t.label))}: `);
        sentences.push(own);
        shared = null;
        c = startChain(own);
        own.runs.push({ text: t.unit === 'đồng' ? formatMoney(t.total) : formatNumber(t.total), ref: { figure: t.code } });
        if (t.unit !== 'đồng') own.text(` ${t.unit}`);
        c.blank = t.blank;
        continue;
      }
      // A missing attached figure is counted with the chain's blanks, not printed as its own note.
      if (t.total === null) c.blank = Math.max(c.blank, t.blank);
      else fill(c, item.text, t);
      continue;
    }
    if (t.total === null || (t.total === 0 && t.none === t.reported)) {
      closeChain(chain);
      chain = null;
      shared = null;
      // Figures no unit gave are named together, once, at the end of the group.
      if (t.total === null) {
        unreported.push(lowerFirst(t.label));
        continue;
      }
      const own = new Sentence().text(item.none ?? `Không phát sinh ${withoutCountWord(t.label)}`);
      sentences.push(own);
      shared = null;
      continue;
    }
    if (item.own) {
      const own = new Sentence();
      sentences.push(own);
      fill(startChain(own), item.text, t);
      shared = null;
    } else {
      if (!shared) {
        shared = new Sentence().text(sharedCount === 0 ? `${subject} ` : 'Các cơ quan, đơn vị cũng đã ');
        sentences.push(shared);
        sharedCount++;
        startChain(shared);
      } else {
        closeChain(chain);
        shared.text('; ');
        chain = { s: shared, blank: 0, rateUnits: null };
      }
      fill(chain!, item.text, t);
    }
  }
  closeChain(chain);
  // A figure of the group the sentences above do not phrase (a plan's own figure) still has its line.
  const phrased = new Set(ITEMS[group].map((i) => ('code' in i ? i.code : 'rate' in i ? i.rate : i.yes)));
  for (const t of totals.values()) {
    if (t.group !== group || phrased.has(t.code) || t.nature === 'ratio' || t.applicable === 0 || t.total === null) continue;
    const extra = new Sentence();
    if (t.nature === 'boolean') extra.text('Có ').num(t.total, { figure: t.code }).text(`/${formatNumber(t.reported)} đơn vị báo cáo: ${lowerFirst(t.label)}`);
    else {
      extra.text(`${upperFirst(lowerFirst(t.label))}: `);
      extra.runs.push({ text: t.unit === 'đồng' ? formatMoney(t.total) : formatNumber(t.total), ref: { figure: t.code } });
      if (t.unit !== 'đồng') extra.text(` ${t.unit}`);
    }
    if (t.blank) extra.text(` (${missingText(t.blank)})`);
    (t.nature === 'boolean' ? yesSentences : sentences).push(extra);
    if (t.nature === 'boolean') extra.text('.');
  }
  if (unreported.length) sentences.push(new Sentence().text(`Chưa có đơn vị nào báo cáo ${joinVi(unreported)}`));
  const out: Block[] = sentences.map((s) => {
    s.text('.');
    return { type: 'para', runs: s.runs };
  });
  for (const ys of yesSentences) out.push({ type: 'para', runs: ys.runs });
  return out.length ? out : null;
}

