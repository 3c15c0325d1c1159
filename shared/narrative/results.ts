// Section I and the parts of Section II: one writer per group of figures. Each says what was
// done with the numbers inside the sentence, says "không phát sinh" only when the clerk declared
// it, and says "chưa thống kê" (never 0) when a figure is blank. Every number the clerk typed or the
// activities give is printed, even when the figure it usually follows is blank. An ad-hoc range
// leaves typed figures out (said once at the top of the report) and never prints an empty part.
import type { Block } from '../report/document';
import { activitiesOf, peopleOf, type NarrativeContext } from './context';
import { comparison, documentList, has, isNone, joinVi, lowerFirst, notableActivities, periodOpening, Sentence, upperFirst } from './words';

const para = (s: Sentence): Block => ({ type: 'para', runs: s.runs });

const BLANK = 'chưa thống kê';
const adhoc = (ctx: NarrativeContext): boolean => ctx.period.type === 'ADHOC';

/** "Tiếp công dân: chưa thống kê.", or nothing in an ad-hoc report. */
function notCounted(ctx: NarrativeContext, what: string): Sentence | null {
  return adhoc(ctx) ? null : new Sentence().text(`${what}: ${BLANK}.`);
}

const paras = (...list: Array<Sentence | null | undefined>): Block[] =>
  list.filter((s): s is Sentence => !!s && s.plain.trim() !== '').map(para);

function withComparison(s: Sentence, ctx: NarrativeContext, code: string, noun: string): Sentence {
  const c = comparison(ctx.figures.get(code), ctx.previous?.get(code), noun, ctx.period);
  return c ? s.text(` (${c})`) : s;
}

/** A sentence about one yes/no figure; null when it does not apply or is blank in an ad-hoc report. */
function yesNo(ctx: NarrativeContext, code: string, yes: string, no: string, what: string | null): Sentence | null {
  const f = ctx.figures.get(code);
  if (!f) return null;
  if (has(f)) return new Sentence().text(f.value >= 1 ? yes : no);
  if (isNone(f)) return new Sentence().text(no);
  return what ? notCounted(ctx, what) : null;
}

/** ", gồm: a; b và c." or "." */
function examples(list: string[], lead = ', gồm: '): string {
  return list.length ? `${lead}${joinVi(list)}.` : '.';
}

export function leadershipSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const docs = activitiesOf(ctx, 'LANH_DAO');
  const a1 = new Sentence().text(`${periodOpening(ctx.period)}, ${ctx.actor} `);
  if (has(f.get('A1'))) {
    a1.text('đã ban hành ').fig(f.get('A1')).text(' văn bản lãnh đạo, chỉ đạo, triển khai thực hiện dân chủ ở cơ sở');
    withComparison(a1, ctx, 'A1', 'văn bản');
    const list = documentList(docs);
    a1.text(list.length ? `, gồm: ${joinVi(list)}${docs.length > list.length ? ` và ${docs.length - list.length} văn bản khác` : ''}.` : '.');
  } else if (isNone(f.get('A1'))) a1.text('không ban hành văn bản mới về thực hiện dân chủ ở cơ sở, tiếp tục thực hiện các văn bản đã ban hành.');
  else if (adhoc(ctx)) a1.text('không ghi nhận văn bản mới về thực hiện dân chủ ở cơ sở.');
  else a1.text(`chưa thống kê văn bản lãnh đạo, chỉ đạo, triển khai thực hiện dân chủ ở cơ sở ban hành trong kỳ.`);

  const a2 = yesNo(
    ctx,
    'A2',
    `${upperFirst(ctx.actor)} đã ban hành, cập nhật quy chế thực hiện dân chủ theo quy định của Luật Thực hiện dân chủ ở cơ sở.`,
    `${upperFirst(ctx.actor)} chưa ban hành, cập nhật quy chế thực hiện dân chủ theo quy định của Luật Thực hiện dân chủ ở cơ sở.`,
    'Việc ban hành, cập nhật quy chế thực hiện dân chủ',
  );

  const t = new Sentence();
  const sessions = f.get('A3_HN');
  if (has(sessions)) {
    t.text('Công tác quán triệt, tuyên truyền, phổ biến pháp luật về dân chủ ở cơ sở: đã tổ chức ').fig(sessions).text(' buổi quán triệt, tuyên truyền');
    if (has(f.get('A3_LUOT'))) t.text(' với ').fig(f.get('A3_LUOT')).text(' lượt người tham gia');
    withComparison(t, ctx, 'A3_HN', 'buổi');
    t.text(examples(notableActivities(activitiesOf(ctx, 'TUYEN_TRUYEN')), '; tiêu biểu là '));
  } else if (isNone(sessions)) t.text('Trong kỳ, không tổ chức hội nghị tuyên truyền riêng; nội dung tuyên truyền được lồng ghép trong các cuộc họp định kỳ.');

  const reach: Sentence[] = [];
  if (has(f.get('A3_CB_TT'))) {
    const r = new Sentence().fig(f.get('A3_CB_TT'));
    if (has(f.get('A3_CB_TONG'))) r.text('/').fig(f.get('A3_CB_TONG'));
    reach.push(r.text(' cán bộ, công chức, viên chức, người lao động'));
  }
  if (has(f.get('A3_THON_TT'))) {
    const r = new Sentence().fig(f.get('A3_THON_TT'));
    if (has(f.get('C3_THON'))) r.text('/').fig(f.get('C3_THON'));
    reach.push(r.text(' thôn, tổ dân phố'));
  }
  if (reach.length) {
    t.text(t.plain ? ' ' : '').text('Nội dung về thực hiện dân chủ ở cơ sở đã được tuyên truyền, phổ biến đến ');
    reach.forEach((r, i) => {
      if (i) t.text(' và ');
      t.runs.push(...r.runs);
    });
    t.text('.');
  }

  const tr = new Sentence();
  const classes = f.get('A4_LOP');
  if (has(classes)) {
    tr.text('Công tác tập huấn, bồi dưỡng nghiệp vụ: đã tổ chức ').fig(classes).text(' lớp tập huấn');
    if (has(f.get('A4_LUOT'))) tr.text(' cho ').fig(f.get('A4_LUOT')).text(' lượt người');
    withComparison(tr, ctx, 'A4_LOP', 'lớp');
  } else if (isNone(classes)) tr.text('Trong kỳ, không tổ chức lớp tập huấn riêng');
  if (has(f.get('A4_PT_TONG')) && has(f.get('A4_PT_TH'))) {
    tr.text(tr.plain ? '; ' : '').fig(f.get('A4_PT_TH')).text('/').fig(f.get('A4_PT_TONG')).text(' người được giao phụ trách công tác dân chủ ở cơ sở đã được tập huấn (').fig(f.get('A4_TL')).text(')');
  }
  if (tr.plain) tr.text('.');
  return paras(a1, a2, t.plain ? t : null, tr.plain ? tr : null);
}

/** "niêm yết" says nothing once "niêm yết thường xuyên" is listed: a signer would strike the shorter one. */
function withoutCoveredForms(forms: string[]): string[] {
  return forms.filter((f) => !forms.some((other) => other !== f && other.startsWith(`${f} `)));
}

export function disclosureSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('B1_DA')) && has(f.get('B1_PHAI'))) {
    s.text(`${upperFirst(ctx.actor)} đã công khai `).fig(f.get('B1_DA')).text('/').fig(f.get('B1_PHAI')).text(' nội dung phải công khai theo quy định (').fig(f.get('B1_TL')).text(')');
  } else if (has(f.get('B1_DA'))) s.text(`${upperFirst(ctx.actor)} đã công khai `).fig(f.get('B1_DA')).text(' nội dung theo quy định');
  else if (isNone(f.get('B1_PHAI'))) s.text('Trong kỳ, không phát sinh nội dung phải công khai');
  const events = activitiesOf(ctx, 'CONG_KHAI');
  if (has(f.get('B2_DOT'))) {
    s.text(s.plain ? '; đã thực hiện ' : `${upperFirst(ctx.actor)} đã thực hiện `).fig(f.get('B2_DOT')).text(' đợt công khai thông tin');
    withComparison(s, ctx, 'B2_DOT', 'đợt');
    const notable = notableActivities(events, 3);
    if (notable.length) s.text(`, như ${joinVi(notable)}`);
    const forms = withoutCoveredForms([...new Set(events.flatMap((e) => e.notes.split(/[,;]/)).map((n) => n.trim().toLocaleLowerCase('vi')).filter((n) => n && n.length < 60))]).slice(0, 4);
    if (forms.length) s.text(`. Hình thức công khai: ${forms.join(', ')}`);
  }
  if (s.plain) s.text('.');
  else if (!adhoc(ctx)) s.text(`Số nội dung đã công khai so với số nội dung phải công khai: ${BLANK}.`);
  const digital = yesNo(
    ctx,
    'B3_SO',
    'Nội dung thực hiện dân chủ ở cơ sở đã được công khai trên môi trường số (trang thông tin điện tử, mạng xã hội).',
    'Chưa thực hiện công khai nội dung dân chủ ở cơ sở trên môi trường số.',
    'Việc công khai trên môi trường số',
  );
  return paras(s, digital);
}

export function decisionSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const people = peopleOf(ctx.kind);
  const s = new Sentence();
  if (has(f.get('C1_HOP'))) {
    s.text(`${upperFirst(ctx.actor)} đã tổ chức `).fig(f.get('C1_HOP')).text(` cuộc họp, hội nghị để ${people} bàn và quyết định trực tiếp`);
    if (has(f.get('C1_LUOT'))) s.text(' với ').fig(f.get('C1_LUOT')).text(' lượt người tham dự');
    withComparison(s, ctx, 'C1_HOP', 'cuộc');
    s.text(examples(notableActivities(activitiesOf(ctx, 'DAN_CHU_TRUC_TIEP')), ', trong đó có '));
  } else if (isNone(f.get('C1_HOP'))) s.text(`Trong kỳ, không phát sinh nội dung để ${people} bàn và quyết định trực tiếp.`);
  else if (!adhoc(ctx)) s.text(`Cuộc họp, hội nghị để ${people} bàn và quyết định trực tiếp: ${BLANK}.`);
  let v: Sentence | null = null;
  if (ctx.kind === 'xa') {
    v = new Sentence();
    if (has(f.get('C3_THON')) && has(f.get('C3_HOP'))) {
      v.fig(f.get('C3_HOP')).text('/').fig(f.get('C3_THON')).text(' thôn, tổ dân phố đã tổ chức hội nghị cộng đồng dân cư');
    } else if (has(f.get('C3_HOP'))) v.fig(f.get('C3_HOP')).text(' thôn, tổ dân phố đã tổ chức hội nghị cộng đồng dân cư');
    else if (has(f.get('C3_THON'))) v.text('Toàn xã có ').fig(f.get('C3_THON')).text(' thôn, tổ dân phố');
    const c2 = f.get('C2_DONG_GOP');
    if (has(c2)) v.text(v.plain ? '; Nhân dân' : 'Nhân dân').text(' đóng góp xây dựng cơ sở hạ tầng, công trình công cộng với tổng giá trị ').fig(c2);
    else if (isNone(c2)) v.text(v.plain ? '; trong kỳ không' : 'Trong kỳ, không').text(' phát sinh khoản huy động Nhân dân đóng góp');
    if (v.plain) v.text('.');
    else v = notCounted(ctx, 'Số thôn, tổ dân phố tổ chức hội nghị cộng đồng dân cư');
  }
  const conf = [
    yesNo(ctx, 'C4_HN_CBCCVC', 'Đã tổ chức hội nghị cán bộ, công chức, viên chức, người lao động theo quy định tại Điều 51 Luật Thực hiện dân chủ ở cơ sở.', 'Chưa tổ chức hội nghị cán bộ, công chức, viên chức, người lao động.', 'Hội nghị cán bộ, công chức, viên chức, người lao động'),
    yesNo(ctx, 'C5_KT_NQ', 'Người đứng đầu và ban chấp hành công đoàn đã kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị và thông báo kết quả.', 'Chưa kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị theo định kỳ 06 tháng.', 'Việc kiểm tra thực hiện nghị quyết hội nghị'),
    yesNo(ctx, 'C6_HN_NLD', 'Đã tổ chức hội nghị người lao động theo quy định.', 'Chưa tổ chức hội nghị người lao động.', 'Hội nghị người lao động'),
  ];
  return paras(s, v, ...conf);
}

export function consultationSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const people = peopleOf(ctx.kind);
  const s = new Sentence();
  if (has(f.get('D1_ND'))) {
    s.text(`${upperFirst(ctx.actor)} đã tổ chức lấy ý kiến ${people} đối với `).fig(f.get('D1_ND')).text(' nội dung');
    withComparison(s, ctx, 'D1_ND', 'nội dung');
    s.text(examples(notableActivities(activitiesOf(ctx, 'LAY_Y_KIEN'))));
  } else if (isNone(f.get('D1_ND'))) s.text(`Trong kỳ, không phát sinh nội dung lấy ý kiến ${people}.`);
  else if (!adhoc(ctx)) s.text(`Nội dung lấy ý kiến ${people}: ${BLANK}.`);
  const d = new Sentence();
  if (has(f.get('D2_CUOC'))) {
    d.text('Người đứng đầu đã tổ chức ').fig(f.get('D2_CUOC')).text(' cuộc đối thoại');
    if (has(f.get('D2_LUOT'))) d.text(' với ').fig(f.get('D2_LUOT')).text(' lượt người tham gia');
    withComparison(d, ctx, 'D2_CUOC', 'cuộc');
    d.text(examples(notableActivities(activitiesOf(ctx, 'DOI_THOAI'), 2), ', như '));
  } else if (isNone(f.get('D2_CUOC'))) d.text('Trong kỳ, không phát sinh cuộc đối thoại của người đứng đầu.');
  else if (!adhoc(ctx)) d.text(`Đối thoại của người đứng đầu: ${BLANK}.`);
  return paras(s, d);
}

export function supervisionSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const boards = ctx.kind === 'xa' ? 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng' : 'Ban Thanh tra nhân dân';
  const s = new Sentence();
  if (has(f.get('E1_TV'))) s.text('Ban Thanh tra nhân dân có ').fig(f.get('E1_TV')).text(' thành viên. ');
  if (has(f.get('E1_CUOC'))) {
    s.text(`${boards} đã thực hiện `).fig(f.get('E1_CUOC')).text(' cuộc kiểm tra, giám sát');
    withComparison(s, ctx, 'E1_CUOC', 'cuộc');
    const notable = notableActivities(activitiesOf(ctx, 'GIAM_SAT'), 2);
    if (notable.length) s.text(`, như ${joinVi(notable)}`);
  } else if (isNone(f.get('E1_CUOC'))) s.text(`Trong kỳ, ${boards} không tổ chức cuộc kiểm tra, giám sát`);
  else if (!adhoc(ctx) && !has(f.get('E1_KN'))) s.text(`Số cuộc kiểm tra, giám sát của ${boards}: ${BLANK}`);
  // The recommendations are the clerk's own numbers: printed even when no supervision was recorded.
  if (has(f.get('E1_KN'))) {
    const lead = has(f.get('E1_CUOC')) ? '; qua kiểm tra, giám sát đã kiến nghị ' : `${s.plain.trim() && !s.plain.endsWith('. ') ? '; ' : ''}${boards} đã kiến nghị `;
    s.text(lead).fig(f.get('E1_KN')).text(' nội dung');
    if (has(f.get('E1_KN_GQ'))) s.text(', trong đó ').fig(f.get('E1_KN_GQ')).text(' nội dung đã được tiếp thu, giải quyết');
  } else if (isNone(f.get('E1_KN'))) s.text(has(f.get('E1_CUOC')) ? '; không phát sinh kiến nghị sau kiểm tra, giám sát' : '');
  let main: Sentence | null = s;
  if (!s.plain.trim()) main = null;
  else if (!/[.]\s*$/.test(s.plain)) s.text('.');
  const out: Array<Sentence | null> = [main];
  if (ctx.kind === 'xa' && (has(f.get('E2_BAN')) || has(f.get('E2_CT')))) {
    const g = new Sentence();
    if (has(f.get('E2_BAN'))) g.text('Có ').fig(f.get('E2_BAN')).text(' Ban Giám sát đầu tư của cộng đồng được thành lập');
    if (has(f.get('E2_CT'))) g.text(has(f.get('E2_BAN')) ? ', giám sát ' : 'Ban Giám sát đầu tư của cộng đồng giám sát ').fig(f.get('E2_CT')).text(' công trình, dự án');
    out.push(g.text('.'));
  }
  if (has(f.get('E3_TONG')) && has(f.get('E3_TH'))) {
    out.push(new Sentence().fig(f.get('E3_TH')).text('/').fig(f.get('E3_TONG')).text(` thành viên ${boards} đã được tập huấn, bồi dưỡng (`).fig(f.get('E3_TL')).text(').'));
  }
  if (has(f.get('E5_BAN'))) {
    const b = new Sentence().text('Có ').fig(f.get('E5_BAN')).text(` ${boards.includes(',') ? 'ban (Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng)' : 'Ban Thanh tra nhân dân'}`);
    if (has(f.get('E5_BAN_TH'))) b.text(', trong đó ').fig(f.get('E5_BAN_TH')).text(' ban đã được tập huấn nghiệp vụ');
    out.push(b.text('.'));
  }
  out.push(yesNo(ctx, 'E4_KIEN_TOAN', `${boards} được kiện toàn đầy đủ.`, `${boards} chưa được kiện toàn đầy đủ.`, null));
  return paras(...out);
}

export function villageRulesSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('F1_CO')) && has(f.get('C3_THON'))) {
    s.fig(f.get('F1_CO')).text('/').fig(f.get('C3_THON')).text(' thôn, tổ dân phố có hương ước, quy ước được công nhận (').fig(f.get('F1_TL')).text(')');
  } else if (has(f.get('F1_CO'))) s.fig(f.get('F1_CO')).text(' thôn, tổ dân phố có hương ước, quy ước được công nhận');
  const parts: Sentence[] = [];
  if (has(f.get('F2_MOI'))) parts.push(new Sentence().text('công nhận mới ').fig(f.get('F2_MOI')).text(' hương ước, quy ước'));
  if (has(f.get('F2_SUA'))) parts.push(new Sentence().text('công nhận sửa đổi, bổ sung, thay thế ').fig(f.get('F2_SUA')).text(' hương ước, quy ước'));
  if (parts.length) {
    s.text(s.plain ? '; trong kỳ đã ' : 'Trong kỳ, đã ');
    parts.forEach((p, i) => {
      if (i) s.text(', ');
      s.runs.push(...p.runs);
    });
  } else if (isNone(f.get('F2_MOI')) && isNone(f.get('F2_SUA'))) s.text(s.plain ? '; trong kỳ không' : 'Trong kỳ, không').text(' phát sinh việc công nhận mới, sửa đổi hương ước, quy ước');
  const notable = notableActivities(activitiesOf(ctx, 'HUONG_UOC'), 2);
  if (notable.length) s.text(s.plain ? `. Các hoạt động tiêu biểu: ${joinVi(notable)}` : `Các hoạt động xây dựng, rà soát hương ước, quy ước: ${joinVi(notable)}`);
  if (has(f.get('F4_TH'))) {
    s.text(s.plain ? '. ' : '').fig(f.get('F4_TH'));
    if (has(f.get('F4_TONG'))) s.text('/').fig(f.get('F4_TONG'));
    s.text(' Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng ban Công tác Mặt trận và người soạn thảo đã được tập huấn về xây dựng, thực hiện hương ước, quy ước');
  }
  if (s.plain) return paras(s.text('.'));
  return paras(notCounted(ctx, 'Số thôn, tổ dân phố có hương ước, quy ước được công nhận'));
}

export function petitionsSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const out: Array<Sentence | null> = [];
  if (f.has('G1_BUOI')) {
    const s = new Sentence();
    if (has(f.get('G1_BUOI'))) {
      s.text('Đã tổ chức ').fig(f.get('G1_BUOI')).text(' buổi tiếp công dân');
      if (has(f.get('G1_LUOT'))) s.text(', tiếp ').fig(f.get('G1_LUOT')).text(' lượt công dân');
      withComparison(s, ctx, 'G1_BUOI', 'buổi');
      out.push(s.text('.'));
    } else if (isNone(f.get('G1_BUOI'))) out.push(s.text('Trong kỳ, không phát sinh buổi tiếp công dân.'));
    else out.push(notCounted(ctx, 'Tiếp công dân'));
  }
  const k = new Sentence();
  if (has(f.get('G2_NHAN'))) {
    k.text('Tiếp nhận ').fig(f.get('G2_NHAN')).text(' kiến nghị, phản ánh');
    withComparison(k, ctx, 'G2_NHAN', 'kiến nghị, phản ánh');
    if (has(f.get('G2_PH'))) k.text('; đã phân loại và phản hồi ').fig(f.get('G2_PH')).text(' kiến nghị, phản ánh thuộc thẩm quyền');
    if (has(f.get('G2_GQ'))) k.text('; đã giải quyết, trả lời ').fig(f.get('G2_GQ')).text(' kiến nghị, phản ánh (đạt ').fig(f.get('G2_TL_GQ')).text(')');
    if (has(f.get('G2_DH'))) k.text(', trong đó ').fig(f.get('G2_DH')).text(' kiến nghị, phản ánh được giải quyết đúng hạn (').fig(f.get('G2_TL_DH')).text(')');
    out.push(k.text('.'));
  } else if (isNone(f.get('G2_NHAN'))) out.push(k.text('Trong kỳ, không phát sinh kiến nghị, phản ánh.'));
  else out.push(notCounted(ctx, 'Kiến nghị, phản ánh'));
  const c = new Sentence();
  if (has(f.get('G3_NHAN'))) {
    c.text('Tiếp nhận ').fig(f.get('G3_NHAN')).text(' đơn khiếu nại, tố cáo trong kỳ');
    if (has(f.get('G3_NHAN_LK'))) c.text(', lũy kế từ đầu năm ').fig(f.get('G3_NHAN_LK')).text(' đơn');
    if (has(f.get('G3_GQ'))) c.text('; đã giải quyết ').fig(f.get('G3_GQ')).text(' đơn');
    out.push(c.text('.'));
  } else if (isNone(f.get('G3_NHAN'))) out.push(c.text('Trong kỳ, không phát sinh đơn khiếu nại, tố cáo.'));
  else out.push(notCounted(ctx, 'Khiếu nại, tố cáo'));
  return paras(...out);
}

export function digitalSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const out: Array<Sentence | null> = [];
  if (f.has('H1_DK')) {
    if (has(f.get('H1_DK')) && has(f.get('H1_TT'))) {
      out.push(new Sentence().fig(f.get('H1_TT')).text('/').fig(f.get('H1_DK')).text(' thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình (').fig(f.get('H1_TL')).text(').'));
    } else out.push(notCounted(ctx, 'Thủ tục hành chính cung cấp trực tuyến toàn trình'));
  }
  out.push(yesNo(ctx, 'H5_CNTT', 'Đã ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội trong thực hiện dân chủ ở cơ sở.', 'Chưa ứng dụng công nghệ thông tin, mạng viễn thông, mạng xã hội trong thực hiện dân chủ ở cơ sở.', 'Ứng dụng công nghệ thông tin, mạng xã hội trong thực hiện dân chủ ở cơ sở'));
  out.push(yesNo(ctx, 'H3_CHUYEN_MUC', 'Trang thông tin điện tử có chuyên mục “Thực hiện dân chủ ở cơ sở”, được cập nhật thường xuyên.', 'Trang thông tin điện tử chưa có chuyên mục “Thực hiện dân chủ ở cơ sở”.', 'Chuyên mục “Thực hiện dân chủ ở cơ sở” trên trang thông tin điện tử'));
  if (has(f.get('H4_HD'))) {
    const notable = notableActivities(activitiesOf(ctx, 'CNTT'), 2);
    out.push(new Sentence().text('Đã triển khai ').fig(f.get('H4_HD')).text(` hoạt động ứng dụng công nghệ thông tin, chuyển đổi số${notable.length ? `, như ${joinVi(notable)}` : ''}.`));
  } else if (isNone(f.get('H4_HD'))) out.push(new Sentence().text('Trong kỳ, không phát sinh hoạt động ứng dụng công nghệ thông tin, chuyển đổi số riêng về dân chủ ở cơ sở.'));
  else if (!f.has('H1_DK')) out.push(notCounted(ctx, 'Hoạt động ứng dụng công nghệ thông tin, chuyển đổi số'));
  if (f.has('H2_PHIEU')) {
    if (has(f.get('H2_PHIEU')) && has(f.get('H2_HL'))) {
      const s = new Sentence().text('Kết quả khảo sát sự hài lòng: ').fig(f.get('H2_HL')).text('/').fig(f.get('H2_PHIEU')).text(' phiếu hài lòng, đạt ').fig(f.get('H2_TL'));
      withComparison(s, ctx, 'H2_TL', '');
      out.push(s.text('.'));
    } else if (isNone(f.get('H2_PHIEU'))) out.push(new Sentence().text('Trong kỳ, không tổ chức khảo sát sự hài lòng.'));
    else out.push(notCounted(ctx, 'Khảo sát sự hài lòng'));
  }
  return paras(...out);
}

export function inspectionSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('K1_CUOC'))) {
    s.text('Đã tổ chức ').fig(f.get('K1_CUOC')).text(' cuộc kiểm tra, tự kiểm tra việc thực hiện dân chủ ở cơ sở');
    withComparison(s, ctx, 'K1_CUOC', 'cuộc');
    s.text(examples(notableActivities(activitiesOf(ctx, 'KIEM_TRA'), 2)));
  } else if (isNone(f.get('K1_CUOC'))) s.text('Trong kỳ, không phát sinh cuộc kiểm tra về thực hiện dân chủ ở cơ sở.');
  else if (!adhoc(ctx)) s.text(`Kiểm tra, tự kiểm tra: ${BLANK}.`);
  const v = new Sentence();
  if (has(f.get('K2_VP'))) {
    v.text('Phát hiện ').fig(f.get('K2_VP')).text(' vụ việc vi phạm');
    if (has(f.get('K2_XL'))) v.text(', đã xử lý ').fig(f.get('K2_XL')).text(' vụ việc');
    v.text('.');
  } else if (isNone(f.get('K2_VP'))) v.text('Không phát hiện vụ việc vi phạm quy định về thực hiện dân chủ ở cơ sở.');
  else if (!adhoc(ctx)) v.text(`Vi phạm về thực hiện dân chủ ở cơ sở: ${BLANK}.`);
  return paras(s, v);
}

export function emulationSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('L1_KT'))) s.text('Đã khen thưởng ').fig(f.get('L1_KT')).text(' tập thể, cá nhân có thành tích trong thực hiện dân chủ ở cơ sở');
  else if (isNone(f.get('L1_KT'))) s.text('Trong kỳ, không phát sinh khen thưởng về thực hiện dân chủ ở cơ sở');
  if (has(f.get('L1_MH'))) s.text(s.plain ? '; nhân rộng ' : 'Đã nhân rộng ').fig(f.get('L1_MH')).text(' mô hình, điển hình tiên tiến');
  const notable = notableActivities(activitiesOf(ctx, 'THI_DUA'), 2);
  if (notable.length) s.text(s.plain ? `; tiêu biểu: ${joinVi(notable)}` : `Hoạt động thi đua, khen thưởng: ${joinVi(notable)}`);
  if (s.plain) return paras(s.text('.'));
  return paras(notCounted(ctx, 'Khen thưởng'));
}

/**
 * The typed numbers of a group that its sentences did not carry (one half of a pair left blank,
 * a total without its parts): said in one closing sentence, so no entered figure is lost.
 */
export function leftoverFigures(ctx: NarrativeContext, group: string, blocks: Block[]): Block[] {
  const printed = new Set(blocks.flatMap((b) => (b.type === 'para' ? b.runs.map((r) => r.ref?.figure).filter(Boolean) : [])));
  const rest = [...ctx.figures.values()].filter((f) => f.group === group && f.source === 'entered' && f.unit !== 'có/không' && has(f) && !printed.has(f.code));
  if (!rest.length) return [];
  const s = new Sentence().text(blocks.length ? 'Ngoài ra, ' : '');
  rest.forEach((f, i) => {
    if (i) s.text('; ');
    const label = lowerFirst(f.label.replace(/^Số /, 'số ').replace(/^Tổng số /, 'tổng số '));
    s.text(`${i === 0 && !blocks.length ? upperFirst(label) : label}: `).fig(f);
    if (f.unit !== '%' && f.unit !== 'có/không' && f.unit !== 'đồng') s.text(` ${f.unit}`);
  });
  return [para(s.text('.'))];
}

export interface ResultPart {
  group: string;
  title: string;
  blocks: (ctx: NarrativeContext) => Block[];
  /** Shown only when one of these figures applies to the unit. */
  needs: string;
}

/** The parts of Section II in order; titles follow reference.md §3.4. */
export function resultParts(ctx: NarrativeContext): ResultPart[] {
  const people = upperFirst(peopleOf(ctx.kind));
  return [
    { group: 'B', title: 'Công khai thông tin', blocks: disclosureSection, needs: 'B1_PHAI' },
    { group: 'C', title: `${people} bàn và quyết định`, blocks: decisionSection, needs: 'C1_HOP' },
    { group: 'D', title: `${people} tham gia ý kiến; đối thoại`, blocks: consultationSection, needs: 'D1_ND' },
    { group: 'E', title: 'Kiểm tra, giám sát', blocks: supervisionSection, needs: 'E1_CUOC' },
    { group: 'F', title: 'Xây dựng và thực hiện hương ước, quy ước', blocks: villageRulesSection, needs: 'F1_CO' },
    { group: 'G', title: 'Tiếp công dân; giải quyết kiến nghị, phản ánh, khiếu nại, tố cáo', blocks: petitionsSection, needs: 'G2_NHAN' },
    { group: 'H', title: 'Ứng dụng công nghệ thông tin, chuyển đổi số; sự hài lòng', blocks: digitalSection, needs: 'H4_HD' },
    { group: 'K', title: 'Kiểm tra, tự kiểm tra; xử lý vi phạm', blocks: inspectionSection, needs: 'K1_CUOC' },
    { group: 'L', title: 'Thi đua, khen thưởng; nhân rộng mô hình điển hình', blocks: emulationSection, needs: 'L1_KT' },
  ].filter((p) => ctx.figures.has(p.needs));
}
