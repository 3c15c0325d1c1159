// The consolidated report (báo cáo tổng hợp) as a plain document, drafted from the numbers the way
// the unit report is: numbers inside sentences, "chưa có số liệu" (never 0) where units left a
// figure blank, and how many units each total rests on.
import { appliesTo, CATALOG, FIGURE_GROUPS } from '../domain/catalog';
import { DEFAULT_OUTLINE } from '../domain/profiles';
import type { ProvinceProfile } from '../domain/profiles/types';
import { signerTitleLines, type UnitProfile } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatNumber, formatOfficialDate, formatPercent, formatShortDate } from '../format/vi';
import type { Block, ReportDocument } from '../report/document';
import { joinVi, lowerFirst, periodOpening, Sentence, upperFirst } from '../narrative/words';
import { groupBlocks } from './reportResults';
import { kindTable, PER_UNIT_APPENDIX_LIMIT, statusAppendix, totalsAppendix, unitsAppendix } from './reportTables';
import type { Consolidation, TargetAcross } from './types';

export { PER_UNIT_APPENDIX_LIMIT, totalText } from './reportTables';

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

/** Units with the most figures left blank, for naming in the assessment (at most three). */
function unitsWithGaps(c: Consolidation): { names: string[]; count: number } {
  const gaps = c.unitRows
    .filter((r) => r.status !== 'missing' && !r.figureUnits)
    .map((r) => {
      const entered = CATALOG.filter((d) => d.source.type === 'entered' && appliesTo(d, r.unit.kind));
      const blank = entered.filter((d) => !r.values[d.code] || r.values[d.code]!.state === 'blank').length;
      return { name: r.unit.name, blank, share: entered.length ? blank / entered.length : 0 };
    })
    // Worth naming: a unit that left at least a third of the figures it must enter blank.
    .filter((g) => g.share >= 1 / 3)
    .sort((a, b) => b.blank - a.blank);
  return { names: gaps.slice(0, 3).map((g) => g.name), count: gaps.length };
}

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
  } else if (n.expected > 0) out.push(para('Tất cả các cơ quan, đơn vị phải báo cáo đã gửi báo cáo.'));
  const q = o.quality;
  const notes: string[] = [];
  if (q?.template.length) notes.push(`${formatNumber(q.template.length)} đơn vị gửi biểu số liệu điền tay (${q.template.length <= 5 ? q.template.join(', ') : 'xem Phụ lục I'})`);
  if (q?.edited.length) notes.push(`${formatNumber(q.edited.length)} đơn vị có biểu số liệu được sửa sau khi xuất từ ứng dụng (${q.edited.length <= 5 ? q.edited.join(', ') : 'xem Phụ lục I'}), đã đối chiếu với văn bản báo cáo`);
  if (notes.length) out.push(para(`Về số liệu: ${notes.join('; ')}.`));
  if (n.submitted > 0) {
    // One definition, stated once: the reader of every "(n đơn vị chưa có số liệu)" and rate below.
    out.push(
      para(
        'Số liệu tổng hợp là tổng số liệu của các đơn vị đã báo cáo; chỉ số đơn vị để trống không được tính là 0 mà ghi số đơn vị chưa có số liệu. Tỷ lệ (%) tính bằng tổng tử số trên tổng mẫu số của các đơn vị có đủ cả hai số liệu; các số liệu dùng để tính tỷ lệ được cộng trên cùng các đơn vị đó.',
      ),
    );
  }
  return out;
}

function targetSentence(t: TargetAcross, fromProfile: boolean): Sentence {
  const s = new Sentence().text(`${t.label} (${fromProfile ? 'chỉ tiêu' : 'yêu cầu'} ${t.planned}): `);
  if (t.applicable === 0) return s.text('chưa có đơn vị nào thuộc diện áp dụng gửi báo cáo.');
  const rate = t.byRate && t.overall !== null;
  const units = (): void => {
    s.num(t.met).text(`/${formatNumber(t.applicable)} đơn vị đạt`);
    if (t.notMet) s.text(`, ${formatNumber(t.notMet)} đơn vị chưa đạt${t.notMet <= 5 ? ` (${t.notMetUnits.join(', ')})` : ''}`);
    if (t.noData) s.text(`, ${formatNumber(t.noData)} đơn vị chưa có số liệu`);
  };
  if (rate) {
    s.text('tính chung đạt ').text(formatPercent(t.overall!));
    s.text(t.overallMet === true ? ', đạt chỉ tiêu' : t.overallMet === false ? `, chưa đạt ${fromProfile ? 'chỉ tiêu' : 'yêu cầu'} ${t.planned}` : '');
    s.text('; ');
  }
  units();
  // Units without data are neither met nor failed: the whole is not judged while they are missing.
  if (t.overallMet === null && t.noData) s.text(', chưa đủ cơ sở để đánh giá chung');
  return s.text('.');
}

function targetsBlocks(c: Consolidation): Block[] {
  if (!c.targets.length) return [para('Kế hoạch không giao chỉ tiêu định lượng cho các loại đơn vị này.')];
  const out: Block[] = [];
  const basis = [...new Set(c.targets.map((t) => t.basis))];
  if (c.targetsFromProfile) {
    const met = c.targets.filter((t) => t.overallMet === true).length;
    const notMet = c.targets.filter((t) => t.overallMet === false).length;
    const open = c.targets.length - met - notMet;
    const parts = [met ? `${formatNumber(met)} chỉ tiêu đạt` : '', notMet ? `${formatNumber(notMet)} chỉ tiêu chưa đạt` : '', open ? `${formatNumber(open)} chỉ tiêu chưa đủ số liệu để đánh giá` : ''].filter(Boolean);
    out.push(para(`Kết quả thực hiện ${formatNumber(c.targets.length)} chỉ tiêu theo ${joinVi(basis)}: ${parts.join(', ')} (chi tiết tại bảng dưới đây).`));
  } else {
    // The requirements below come from the Law, not the plan: saying so keeps "yêu cầu 100%" from contradicting "không giao chỉ tiêu".
    out.push(para(`Kế hoạch của tỉnh không giao chỉ tiêu định lượng; đối chiếu với yêu cầu của ${joinVi(basis)}, một số kết quả chủ yếu theo từng cơ quan, đơn vị như sau:`));
  }
  for (const t of c.targets) out.push(sentencePara(targetSentence(t, c.targetsFromProfile)));
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
        { runs: [{ text: t.overallMet === null ? (t.overall === null ? 'Chưa có số liệu' : 'Chưa đủ số liệu') : t.overallMet ? 'Đạt' : 'Chưa đạt', bold: t.overallMet !== true }], align: 'center' },
      ]),
    },
  });
  return out;
}

/** A label inside a sentence: "ban hành, cập nhật quy chế…", keeping names ("Ban Thanh tra nhân dân"). */
const inSentence = (label: string): string => lowerFirst(label);

interface Drafts {
  uu: string;
  han: string;
  /** Empty when there is no limitation to explain. */
  nguyenNhan: string;
  phuongHuong: string;
  kien: string;
}

/**
 * First drafts of the assessment, each sentence resting on a number of the consolidation: which
 * units are late or missing, which targets are not met and by whom, which units left figures blank.
 */
const sentence = (list: string[]): string => (list.length ? `${list.map((g, i) => (i === 0 ? upperFirst(g) : g)).join('; ')}.` : '');

function assessmentDrafts(c: Consolidation, aggName: string, reportTo: string): Drafts {
  const n = c.counts;
  const good: string[] = [];
  const bad: string[] = [];
  const causes: string[] = [];
  const next: string[] = [];
  if (n.submitted > 0) good.push(`${formatNumber(n.submitted)}/${formatNumber(n.expected)} cơ quan, đơn vị đã gửi báo cáo${n.onTime ? `, trong đó ${formatNumber(n.onTime)} đơn vị gửi đúng hạn` : ''}`);
  const met = c.targets.filter((t) => t.overallMet === true).map((t) => inSentence(t.label));
  if (met.length) good.push(`tính chung đạt yêu cầu về ${joinVi(met.slice(0, 4))}`);
  const held: string[] = [];
  const phrase: Record<string, string> = { A3_HN: 'hội nghị, buổi tuyên truyền', C1_HOP: 'hội nghị, cuộc họp bàn và quyết định trực tiếp', D2_CUOC: 'cuộc đối thoại' };
  for (const code of ['A3_HN', 'C1_HOP', 'D2_CUOC']) {
    const t = c.totals.find((x) => x.code === code);
    if (t && t.total !== null && t.total > 0) held.push(`${formatNumber(t.total)} ${phrase[code]}`);
  }
  if (held.length) good.push(`các hình thức dân chủ trực tiếp được duy trì với ${joinVi(held)}`);

  const late = c.statusRows.filter((r) => r.status === 'late').map((r) => r.unit.name);
  const missing = c.statusRows.filter((r) => r.status === 'missing').map((r) => r.unit.name);
  const names = (list: string[]): string => (list.length <= 3 ? ` (${list.join(', ')})` : '');
  const reporting: string[] = [];
  if (missing.length) reporting.push(`còn ${formatNumber(missing.length)} đơn vị chưa gửi báo cáo${names(missing)}`);
  if (late.length) reporting.push(`${formatNumber(late.length)} đơn vị gửi báo cáo chậm so với thời hạn${names(late)}`);
  if (reporting.length) bad.push(sentence(reporting));
  const gaps = unitsWithGaps(c);
  if (gaps.count) bad.push(`${gaps.count <= 3 ? upperFirst(joinVi(gaps.names)) : `${formatNumber(gaps.count)} đơn vị, nhiều nhất là ${gaps.names.join(', ')},`} chưa báo cáo đầy đủ số liệu.`);
  const notMet = c.targets.filter((t) => t.overallMet === false || t.notMet > 0);
  const shortfalls = notMet.map((t) => {
    const whole = t.byRate && t.overall !== null ? ` tính chung đạt ${formatPercent(t.overall)}` : '';
    const who = t.notMet ? ` (${formatNumber(t.notMet)} đơn vị chưa đạt${t.notMet <= 3 ? `: ${t.notMetUnits.join(', ')}` : ''})` : '';
    return `${inSentence(t.label)}${whole}${who}`;
  });
  if (shortfalls.length) bad.push(`Một số nội dung chưa đạt yêu cầu: ${joinVi(shortfalls)}.`);

  if (missing.length || late.length) causes.push('một số cơ quan, đơn vị chưa thực hiện nghiêm chế độ báo cáo, chưa bố trí người theo dõi, tổng hợp số liệu');
  if (gaps.count) causes.push('việc ghi chép, thống kê số liệu thực hiện dân chủ ở cơ sở tại một số đơn vị chưa thường xuyên');
  if (notMet.length) causes.push('một số đơn vị chưa quan tâm đúng mức đến các nội dung chưa đạt nêu trên');

  next.push(`Tiếp tục chỉ đạo các cơ quan, đơn vị thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn thi hành trong ${c.period.type === 'ADHOC' ? 'thời gian tới' : c.period.nextLabel}`);
  if (notMet.length) next.push(`tập trung khắc phục các nội dung chưa đạt: ${joinVi(notMet.slice(0, 3).map((t) => inSentence(t.label)))}`);
  if (missing.length || late.length || gaps.count) next.push('đôn đốc các cơ quan, đơn vị gửi báo cáo đúng thời hạn, đủ số liệu theo biểu mẫu');
  next.push(`tổng hợp, báo cáo kết quả thực hiện ${c.period.type === 'ADHOC' ? 'theo yêu cầu' : c.period.nextLabel} đúng thời hạn`);

  const kien = [
    missing.length || late.length ? `Đề nghị các cơ quan, đơn vị chưa gửi báo cáo khẩn trương hoàn thành, gửi về ${aggName}; các đơn vị thực hiện nghiêm thời hạn báo cáo trong các kỳ tiếp theo.` : '',
    gaps.count ? `Đề nghị ${gaps.count <= 3 ? gaps.names.join(', ') : 'các đơn vị còn thiếu số liệu'} rà soát, bổ sung số liệu còn thiếu để số liệu tổng hợp đầy đủ, chính xác.` : '',
    reportTo ? `Đề nghị ${reportTo} tiếp tục quan tâm chỉ đạo, tổ chức tập huấn nghiệp vụ cho cán bộ phụ trách công tác dân chủ ở cơ sở.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    uu: sentence(good) || 'Chưa có đủ báo cáo của các đơn vị để đánh giá.',
    han: bad.join(' '),
    nguyenNhan: bad.length ? sentence(causes) : '',
    phuongHuong: sentence(next),
    kien,
  };
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
  // The unit report's outline (DEFAULT_OUTLINE): I leadership, II results, III assessment,
  // IV direction, V proposals; the reporting situation opens section I.
  const title = (key: string): string => DEFAULT_OUTLINE.find((s) => s.key === key)!.title;
  let top = 0;
  let sub = 0;
  const h1 = (t: string): void => {
    body.push({ type: 'heading', level: 1, text: `${ROMAN[top++]}. ${t}` });
    sub = 0;
  };
  const h2 = (t: string): void => {
    body.push({ type: 'heading', level: 2, text: `${++sub}. ${t}` });
  };
  const submitted = c.counts.submitted > 0;
  const subject = (first: boolean): string => (first ? `${periodOpening(p)}, các cơ quan, đơn vị đã` : 'Các cơ quan, đơn vị đã');

  h1(title('leadership'));
  h2('Tình hình gửi báo cáo của các cơ quan, đơn vị');
  body.push(...statusBlocks(c, o, aggName));
  const leadership = submitted ? groupBlocks('A', totals, subject(true)) : null;
  if (leadership) {
    h2(FIGURE_GROUPS.find((g) => g.code === 'A')!.label);
    body.push(...leadership);
  }

  h1(title('results'));
  if (!submitted) body.push(para('Chưa có cơ quan, đơn vị nào gửi báo cáo nên chưa có số liệu tổng hợp.'));
  else {
    for (const g of FIGURE_GROUPS) {
      if (g.code === 'A') continue;
      const blocks = groupBlocks(g.code, totals, subject(!leadership && sub === 0));
      if (!blocks) continue;
      h2(g.label);
      body.push(...blocks);
    }
    if (c.byKind.filter((k) => k.expected > 0).length > 1) {
      h2('Kết quả chủ yếu theo loại cơ quan, đơn vị');
      body.push(para('Một số chỉ số chủ yếu theo loại cơ quan, đơn vị (trong ngoặc: số đơn vị đã gửi báo cáo/số đơn vị phải báo cáo; "–": chưa có số liệu):'));
      body.push({ type: 'table', table: kindTable(c) });
    }
  }
  h2(c.targetsFromProfile ? 'Kết quả thực hiện các chỉ tiêu' : 'Một số kết quả chủ yếu theo đơn vị');
  body.push(...targetsBlocks(c));
  const reportingUnits = c.unitRows.filter((r) => r.status !== 'missing').length;
  const perUnitInDocx = reportingUnits <= PER_UNIT_APPENDIX_LIMIT;
  body.push(
    para(
      perUnitInDocx
        ? 'Danh sách cơ quan, đơn vị và tình hình gửi báo cáo tại Phụ lục I; số liệu tổng hợp theo loại đơn vị tại Phụ lục II; số liệu của từng đơn vị tại Phụ lục III kèm theo báo cáo này.'
        : `Danh sách cơ quan, đơn vị và tình hình gửi báo cáo tại Phụ lục I; số liệu tổng hợp theo loại đơn vị tại Phụ lục II kèm theo báo cáo này; số liệu của từng đơn vị (${formatNumber(reportingUnits)} đơn vị) tại trang "Số liệu từng đơn vị" của biểu tổng hợp (.xlsx) gửi kèm.`,
    ),
  );

  const drafts = assessmentDrafts(c, aggName, agg.kinhGui[0] ?? o.province.reportTo ?? 'cơ quan cấp trên');
  h1(title('assessment'));
  h2('Ưu điểm');
  body.push(para(drafts.uu, true));
  h2('Hạn chế, khó khăn');
  body.push(para(drafts.han || 'Không có hạn chế đáng kể về công tác báo cáo và số liệu tổng hợp.', true));
  if (drafts.nguyenNhan) {
    h2('Nguyên nhân');
    body.push(para(drafts.nguyenNhan, true));
  }
  h1(p.type === 'ADHOC' ? title('direction') : title('direction').replace('THỜI GIAN TỚI', p.nextLabel.toLocaleUpperCase('vi')));
  body.push(para(drafts.phuongHuong, true));
  h1(title('proposals'));
  body.push(para(drafts.kien || 'Không có đề xuất, kiến nghị.', true));
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
    appendices: [statusAppendix(c, o.unitNotes ?? {}, reference), totalsAppendix(c, reference), ...(perUnitInDocx ? [unitsAppendix(c, reference)] : [])],
    meta: {
      author: aggName,
      subject: `Báo cáo tổng hợp kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase}`,
      description: `dcs; tổng hợp; kỳ ${p.id}; lần ${o.revision}; ${c.counts.submitted}/${c.counts.expected} đơn vị`,
    },
  };
}
