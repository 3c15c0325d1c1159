// Section I and the parts of Section II: one writer per group of figures. Each says what was
// done with the numbers inside the sentence, says "không phát sinh" only when the clerk declared
// it, and says "chưa có số liệu" (never 0) when the data is missing.
import type { Block } from '../report/document';
import { activitiesOf, peopleOf, type NarrativeContext } from './context';
import { comparison, documentList, has, isBlank, isNone, joinVi, notableActivities, periodOpening, Sentence, upperFirst } from './words';

const para = (s: Sentence, draft = false): Block => ({ type: 'para', runs: s.runs, ...(draft ? { draft } : {}) });

function withComparison(s: Sentence, ctx: NarrativeContext, code: string, noun: string): Sentence {
  const c = comparison(ctx.figures.get(code), ctx.previous?.get(code), noun, ctx.period);
  return c ? s.text(` (${c})`) : s;
}

/** A sentence about one yes/no figure. */
function yesNo(ctx: NarrativeContext, code: string, yes: string, no: string, blank: string): Sentence | null {
  const f = ctx.figures.get(code);
  if (!f) return null;
  if (has(f)) return new Sentence().text(f.value >= 1 ? yes : no);
  if (isNone(f)) return new Sentence().text(no);
  return new Sentence().text(blank);
}

export function leadershipSection(ctx: NarrativeContext): Block[] {
  const out: Block[] = [];
  const f = ctx.figures;
  const docs = activitiesOf(ctx, 'LANH_DAO');
  const a1 = new Sentence().text(`${periodOpening(ctx.period)}, ${ctx.actor} `);
  if (has(f.get('A1'))) {
    a1.text('đã ban hành ').fig(f.get('A1')).text(' văn bản lãnh đạo, chỉ đạo, triển khai thực hiện dân chủ ở cơ sở');
    withComparison(a1, ctx, 'A1', 'văn bản');
    const list = documentList(docs);
    a1.text(list.length ? `, gồm: ${joinVi(list)}${docs.length > list.length ? ` và ${docs.length - list.length} văn bản khác` : ''}.` : '.');
  } else if (isNone(f.get('A1'))) a1.text('không ban hành văn bản mới về thực hiện dân chủ ở cơ sở (không phát sinh), tiếp tục thực hiện các văn bản đã ban hành.');
  else a1.text('chưa cập nhật số liệu về văn bản chỉ đạo, triển khai thực hiện dân chủ ở cơ sở (chưa có số liệu).');
  out.push(para(a1));

  const a2 = yesNo(
    ctx,
    'A2',
    `${upperFirst(ctx.actor)} đã ban hành, cập nhật quy chế thực hiện dân chủ theo quy định của Luật Thực hiện dân chủ ở cơ sở.`,
    `${upperFirst(ctx.actor)} chưa ban hành, cập nhật quy chế thực hiện dân chủ theo quy định của Luật Thực hiện dân chủ ở cơ sở.`,
    'Việc ban hành, cập nhật quy chế thực hiện dân chủ: chưa có số liệu.',
  );
  if (a2) out.push(para(a2));

  const t = new Sentence().text('Công tác quán triệt, tuyên truyền, phổ biến pháp luật về dân chủ ở cơ sở: ');
  if (has(f.get('A3_HN'))) {
    t.text('đã tổ chức ').fig(f.get('A3_HN')).text(' hội nghị, buổi quán triệt, tuyên truyền');
    if (has(f.get('A3_LUOT'))) t.text(' với ').fig(f.get('A3_LUOT')).text(' lượt người tham gia');
    withComparison(t, ctx, 'A3_HN', 'cuộc');
    const notable = notableActivities(activitiesOf(ctx, 'TUYEN_TRUYEN'));
    t.text(notable.length ? `; tiêu biểu là ${joinVi(notable)}.` : '.');
  } else if (isNone(f.get('A3_HN'))) t.text('trong kỳ không phát sinh hội nghị tuyên truyền riêng; nội dung được lồng ghép trong các cuộc họp định kỳ.');
  else t.text('chưa có số liệu.');
  out.push(para(t));

  const tr = new Sentence().text('Công tác tập huấn, bồi dưỡng nghiệp vụ: ');
  if (has(f.get('A4_LOP'))) {
    tr.text('đã tổ chức ').fig(f.get('A4_LOP')).text(' lớp tập huấn');
    if (has(f.get('A4_LUOT'))) tr.text(' cho ').fig(f.get('A4_LUOT')).text(' lượt người');
    withComparison(tr, ctx, 'A4_LOP', 'lớp');
  } else if (isNone(f.get('A4_LOP'))) tr.text('trong kỳ không phát sinh lớp tập huấn');
  else tr.text('chưa có số liệu về lớp tập huấn');
  if (has(f.get('A4_PT_TONG')) && has(f.get('A4_PT_TH'))) {
    tr.text('; ').fig(f.get('A4_PT_TH')).text('/').fig(f.get('A4_PT_TONG')).text(' người được giao phụ trách công tác dân chủ ở cơ sở đã được tập huấn (').fig(f.get('A4_TL')).text(')');
  }
  out.push(para(tr.text('.')));
  return out;
}

export function disclosureSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence().text(`${upperFirst(ctx.actor)} `);
  if (has(f.get('B1_DA')) && has(f.get('B1_PHAI'))) {
    s.text('đã công khai ').fig(f.get('B1_DA')).text('/').fig(f.get('B1_PHAI')).text(' nội dung phải công khai theo quy định (').fig(f.get('B1_TL')).text(')');
  } else if (isNone(f.get('B1_PHAI'))) s.text('không phát sinh nội dung phải công khai trong kỳ');
  else s.text('chưa tổng hợp số nội dung đã công khai so với số phải công khai (chưa có số liệu)');
  const events = activitiesOf(ctx, 'CONG_KHAI');
  if (has(f.get('B2_DOT'))) {
    s.text('; đã thực hiện ').fig(f.get('B2_DOT')).text(' đợt công khai thông tin');
    withComparison(s, ctx, 'B2_DOT', 'đợt');
    const forms = [...new Set(events.map((e) => e.notes).filter((n) => n && n.length < 80))].slice(0, 3);
    const notable = notableActivities(events, 3);
    if (notable.length) s.text(`, như ${joinVi(notable)}`);
    if (forms.length) s.text(` (hình thức: ${forms.join('; ')})`);
  }
  s.text('.');
  const out: Block[] = [para(s)];
  const digital = yesNo(
    ctx,
    'B3_SO',
    'Nội dung thực hiện dân chủ ở cơ sở đã được công khai trên môi trường số (trang thông tin điện tử, mạng xã hội).',
    'Chưa thực hiện công khai nội dung dân chủ ở cơ sở trên môi trường số.',
    'Việc công khai trên môi trường số: chưa có số liệu.',
  );
  if (digital) out.push(para(digital));
  return out;
}

export function decisionSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const out: Block[] = [];
  const s = new Sentence();
  if (has(f.get('C1_HOP'))) {
    s.text(`${upperFirst(ctx.actor)} đã tổ chức `).fig(f.get('C1_HOP')).text(` hội nghị, cuộc họp để ${peopleOf(ctx.kind)} bàn và quyết định trực tiếp`);
    if (has(f.get('C1_LUOT'))) s.text(' với ').fig(f.get('C1_LUOT')).text(' lượt người tham dự');
    withComparison(s, ctx, 'C1_HOP', 'cuộc');
    const notable = notableActivities(activitiesOf(ctx, 'DAN_CHU_TRUC_TIEP'));
    s.text(notable.length ? `, trong đó có ${joinVi(notable)}.` : '.');
  } else if (isNone(f.get('C1_HOP'))) s.text(`Trong kỳ, không phát sinh nội dung để ${peopleOf(ctx.kind)} bàn và quyết định trực tiếp.`);
  else s.text(`Hội nghị, cuộc họp để ${peopleOf(ctx.kind)} bàn và quyết định trực tiếp: chưa có số liệu.`);
  out.push(para(s));
  if (ctx.kind === 'xa') {
    const v = new Sentence();
    if (has(f.get('C3_THON')) && has(f.get('C3_HOP'))) {
      v.fig(f.get('C3_HOP')).text('/').fig(f.get('C3_THON')).text(' thôn, tổ dân phố đã tổ chức hội nghị cộng đồng dân cư');
    } else v.text('Số thôn, tổ dân phố tổ chức hội nghị cộng đồng dân cư: chưa có số liệu');
    const c2 = f.get('C2_DONG_GOP');
    if (has(c2)) v.text('; Nhân dân đóng góp xây dựng cơ sở hạ tầng, công trình công cộng với tổng giá trị ').fig(c2);
    else if (isNone(c2)) v.text('; trong kỳ không phát sinh khoản huy động Nhân dân đóng góp');
    out.push(para(v.text('.')));
  }
  const conf = [
    yesNo(ctx, 'C4_HN_CBCCVC', 'Đã tổ chức hội nghị cán bộ, công chức, viên chức, người lao động theo quy định tại Điều 51 Luật Thực hiện dân chủ ở cơ sở.', 'Chưa tổ chức hội nghị cán bộ, công chức, viên chức, người lao động.', 'Hội nghị cán bộ, công chức, viên chức, người lao động: chưa có số liệu.'),
    yesNo(ctx, 'C5_KT_NQ', 'Người đứng đầu và ban chấp hành công đoàn đã kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị và thông báo kết quả.', 'Chưa kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị theo định kỳ 06 tháng.', 'Việc kiểm tra thực hiện nghị quyết hội nghị: chưa có số liệu.'),
    yesNo(ctx, 'C6_HN_NLD', 'Đã tổ chức hội nghị người lao động theo quy định.', 'Chưa tổ chức hội nghị người lao động.', 'Hội nghị người lao động: chưa có số liệu.'),
  ];
  for (const c of conf) if (c) out.push(para(c));
  return out;
}

export function consultationSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('D1_ND'))) {
    s.text(`${upperFirst(ctx.actor)} đã tổ chức lấy ý kiến ${peopleOf(ctx.kind)} đối với `).fig(f.get('D1_ND')).text(' nội dung');
    withComparison(s, ctx, 'D1_ND', 'nội dung');
    const notable = notableActivities(activitiesOf(ctx, 'LAY_Y_KIEN'));
    s.text(notable.length ? `, gồm: ${joinVi(notable)}.` : '.');
  } else if (isNone(f.get('D1_ND'))) s.text(`Trong kỳ, không phát sinh nội dung lấy ý kiến ${peopleOf(ctx.kind)}.`);
  else s.text('Việc lấy ý kiến: chưa có số liệu.');
  const d = new Sentence();
  if (has(f.get('D2_CUOC'))) {
    d.text('Người đứng đầu đã tổ chức ').fig(f.get('D2_CUOC')).text(' cuộc đối thoại');
    if (has(f.get('D2_LUOT'))) d.text(' với ').fig(f.get('D2_LUOT')).text(' lượt người tham gia');
    withComparison(d, ctx, 'D2_CUOC', 'cuộc');
    const notable = notableActivities(activitiesOf(ctx, 'DOI_THOAI'), 2);
    d.text(notable.length ? `, như ${joinVi(notable)}.` : '.');
  } else if (isNone(f.get('D2_CUOC'))) d.text('Trong kỳ, không phát sinh cuộc đối thoại của người đứng đầu.');
  else d.text('Đối thoại của người đứng đầu: chưa có số liệu.');
  return [para(s), para(d)];
}

export function supervisionSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('E1_TV'))) s.text('Ban Thanh tra nhân dân có ').fig(f.get('E1_TV')).text(' thành viên. ');
  if (has(f.get('E1_CUOC'))) {
    s.text(ctx.kind === 'xa' ? 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng đã thực hiện ' : 'Ban Thanh tra nhân dân đã thực hiện ');
    s.fig(f.get('E1_CUOC')).text(' cuộc kiểm tra, giám sát');
    withComparison(s, ctx, 'E1_CUOC', 'cuộc');
    if (has(f.get('E1_KN'))) {
      s.text('; qua giám sát đã kiến nghị ').fig(f.get('E1_KN')).text(' nội dung');
      if (has(f.get('E1_KN_GQ'))) s.text(', trong đó ').fig(f.get('E1_KN_GQ')).text(' nội dung đã được tiếp thu, giải quyết');
    }
    s.text('.');
  } else if (isNone(f.get('E1_CUOC'))) s.text('Trong kỳ, không phát sinh cuộc kiểm tra, giám sát của Ban Thanh tra nhân dân.');
  else s.text('Hoạt động kiểm tra, giám sát của Ban Thanh tra nhân dân: chưa có số liệu.');
  const out: Block[] = [para(s)];
  if (ctx.kind === 'xa' && (has(f.get('E2_BAN')) || has(f.get('E2_CT')))) {
    const g = new Sentence();
    if (has(f.get('E2_BAN'))) g.text('Có ').fig(f.get('E2_BAN')).text(' Ban Giám sát đầu tư của cộng đồng được thành lập');
    if (has(f.get('E2_CT'))) g.text(has(f.get('E2_BAN')) ? ', giám sát ' : 'Ban Giám sát đầu tư của cộng đồng giám sát ').fig(f.get('E2_CT')).text(' công trình, dự án');
    out.push(para(g.text('.')));
  }
  if (has(f.get('E3_TONG')) && has(f.get('E3_TH'))) {
    out.push(para(new Sentence().fig(f.get('E3_TH')).text('/').fig(f.get('E3_TONG')).text(' thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng đã được tập huấn, bồi dưỡng (').fig(f.get('E3_TL')).text(').')));
  }
  const k = yesNo(ctx, 'E4_KIEN_TOAN', 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được kiện toàn đầy đủ.', 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng chưa được kiện toàn đầy đủ.', '');
  if (k && k.plain) out.push(para(k));
  return out;
}

export function villageRulesSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('F1_CO')) && has(f.get('C3_THON'))) {
    s.fig(f.get('F1_CO')).text('/').fig(f.get('C3_THON')).text(' thôn, tổ dân phố có hương ước, quy ước được công nhận (').fig(f.get('F1_TL')).text(')');
  } else s.text('Số thôn, tổ dân phố có hương ước, quy ước được công nhận: chưa có số liệu');
  const parts: Sentence[] = [];
  if (has(f.get('F2_MOI'))) parts.push(new Sentence().text('công nhận mới ').fig(f.get('F2_MOI')).text(' hương ước, quy ước'));
  if (has(f.get('F2_SUA'))) parts.push(new Sentence().text('sửa đổi, bổ sung, thay thế ').fig(f.get('F2_SUA')).text(' hương ước, quy ước'));
  if (parts.length) {
    s.text('; trong kỳ đã ');
    parts.forEach((p, i) => {
      if (i) s.text(', ');
      s.runs.push(...p.runs);
    });
  } else if (isNone(f.get('F2_MOI')) && isNone(f.get('F2_SUA'))) s.text('; trong kỳ không phát sinh việc công nhận mới, sửa đổi hương ước, quy ước');
  const notable = notableActivities(activitiesOf(ctx, 'HUONG_UOC'), 2);
  if (notable.length) s.text(`. Các hoạt động tiêu biểu: ${joinVi(notable)}`);
  return [para(s.text('.'))];
}

export function petitionsSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const out: Block[] = [];
  if (f.has('G1_BUOI')) {
    const s = new Sentence();
    if (has(f.get('G1_BUOI'))) {
      s.text('Đã tổ chức ').fig(f.get('G1_BUOI')).text(' buổi tiếp công dân');
      if (has(f.get('G1_LUOT'))) s.text(', tiếp ').fig(f.get('G1_LUOT')).text(' lượt công dân');
      withComparison(s, ctx, 'G1_BUOI', 'buổi');
      s.text('.');
    } else if (isNone(f.get('G1_BUOI'))) s.text('Trong kỳ, không phát sinh buổi tiếp công dân.');
    else s.text('Tiếp công dân: chưa có số liệu.');
    out.push(para(s));
  }
  const k = new Sentence();
  if (has(f.get('G2_NHAN'))) {
    k.text('Tiếp nhận ').fig(f.get('G2_NHAN')).text(' kiến nghị, phản ánh');
    withComparison(k, ctx, 'G2_NHAN', 'đơn');
    if (has(f.get('G2_GQ'))) k.text('; đã giải quyết, trả lời ').fig(f.get('G2_GQ')).text(' (đạt ').fig(f.get('G2_TL_GQ')).text(')');
    if (has(f.get('G2_DH'))) k.text(', trong đó ').fig(f.get('G2_DH')).text(' kiến nghị, phản ánh được giải quyết đúng hạn (').fig(f.get('G2_TL_DH')).text(')');
    k.text('.');
  } else if (isNone(f.get('G2_NHAN'))) k.text('Trong kỳ, không phát sinh kiến nghị, phản ánh.');
  else k.text('Kiến nghị, phản ánh: chưa có số liệu.');
  out.push(para(k));
  const c = new Sentence();
  if (has(f.get('G3_NHAN'))) {
    c.text('Tiếp nhận ').fig(f.get('G3_NHAN')).text(' đơn khiếu nại, tố cáo trong kỳ');
    if (has(f.get('G3_NHAN_LK'))) c.text(' (lũy kế từ đầu năm ').fig(f.get('G3_NHAN_LK')).text(' đơn)');
    if (has(f.get('G3_GQ'))) c.text('; đã giải quyết ').fig(f.get('G3_GQ')).text(' đơn');
    c.text('.');
  } else if (isNone(f.get('G3_NHAN'))) c.text('Trong kỳ, không phát sinh đơn khiếu nại, tố cáo.');
  else c.text('Khiếu nại, tố cáo: chưa có số liệu.');
  out.push(para(c));
  return out;
}

export function digitalSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const out: Block[] = [];
  if (f.has('H1_DK')) {
    const s = new Sentence();
    if (has(f.get('H1_DK')) && has(f.get('H1_TT'))) {
      s.fig(f.get('H1_TT')).text('/').fig(f.get('H1_DK')).text(' thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình (').fig(f.get('H1_TL')).text(').');
    } else s.text('Thủ tục hành chính cung cấp trực tuyến toàn trình: chưa có số liệu.');
    out.push(para(s));
  }
  const cm = yesNo(ctx, 'H3_CHUYEN_MUC', 'Trang thông tin điện tử có chuyên mục "Thực hiện dân chủ ở cơ sở", được cập nhật thường xuyên.', 'Trang thông tin điện tử chưa có chuyên mục "Thực hiện dân chủ ở cơ sở".', 'Chuyên mục "Thực hiện dân chủ ở cơ sở" trên trang thông tin điện tử: chưa có số liệu.');
  if (cm) out.push(para(cm));
  if (has(f.get('H4_HD'))) {
    const notable = notableActivities(activitiesOf(ctx, 'CNTT'), 2);
    out.push(para(new Sentence().text('Đã triển khai ').fig(f.get('H4_HD')).text(` hoạt động ứng dụng công nghệ thông tin, chuyển đổi số${notable.length ? `, như ${joinVi(notable)}` : ''}.`)));
  } else if (isNone(f.get('H4_HD'))) out.push(para(new Sentence().text('Trong kỳ, không phát sinh hoạt động ứng dụng công nghệ thông tin, chuyển đổi số riêng về dân chủ ở cơ sở.')));
  else if (!f.has('H1_DK')) out.push(para(new Sentence().text('Hoạt động ứng dụng công nghệ thông tin, chuyển đổi số: chưa có số liệu.')));
  if (f.has('H2_PHIEU')) {
    const s = new Sentence();
    if (has(f.get('H2_PHIEU')) && has(f.get('H2_HL'))) {
      s.text('Kết quả khảo sát sự hài lòng: ').fig(f.get('H2_HL')).text('/').fig(f.get('H2_PHIEU')).text(' phiếu hài lòng, đạt ').fig(f.get('H2_TL'));
      withComparison(s, ctx, 'H2_TL', '');
      s.text('.');
    } else if (isNone(f.get('H2_PHIEU'))) s.text('Trong kỳ, không tổ chức khảo sát sự hài lòng.');
    else s.text('Khảo sát sự hài lòng: chưa có số liệu.');
    out.push(para(s));
  }
  return out;
}

export function inspectionSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('K1_CUOC'))) {
    s.text('Đã tổ chức ').fig(f.get('K1_CUOC')).text(' cuộc kiểm tra, tự kiểm tra việc thực hiện dân chủ ở cơ sở');
    withComparison(s, ctx, 'K1_CUOC', 'cuộc');
    const notable = notableActivities(activitiesOf(ctx, 'KIEM_TRA'), 2);
    s.text(notable.length ? ` (${joinVi(notable)}).` : '.');
  } else if (isNone(f.get('K1_CUOC'))) s.text('Trong kỳ, không phát sinh cuộc kiểm tra về thực hiện dân chủ ở cơ sở.');
  else s.text('Kiểm tra, tự kiểm tra: chưa có số liệu.');
  const v = new Sentence();
  if (has(f.get('K2_VP'))) {
    v.text('Phát hiện ').fig(f.get('K2_VP')).text(' vụ việc vi phạm');
    if (has(f.get('K2_XL'))) v.text(', đã xử lý ').fig(f.get('K2_XL')).text(' vụ việc');
    v.text('.');
  } else if (isNone(f.get('K2_VP'))) v.text('Không phát hiện vụ việc vi phạm quy định về thực hiện dân chủ ở cơ sở.');
  else v.text('Vi phạm về thực hiện dân chủ ở cơ sở: chưa có số liệu.');
  return [para(s), para(v)];
}

export function emulationSection(ctx: NarrativeContext): Block[] {
  const f = ctx.figures;
  const s = new Sentence();
  if (has(f.get('L1_KT'))) s.text('Đã khen thưởng ').fig(f.get('L1_KT')).text(' tập thể, cá nhân có thành tích trong thực hiện dân chủ ở cơ sở');
  else if (isNone(f.get('L1_KT'))) s.text('Trong kỳ, không phát sinh khen thưởng về thực hiện dân chủ ở cơ sở');
  else s.text('Khen thưởng: chưa có số liệu');
  if (has(f.get('L1_MH'))) s.text('; nhân rộng ').fig(f.get('L1_MH')).text(' mô hình, điển hình tiên tiến');
  const notable = notableActivities(activitiesOf(ctx, 'THI_DUA'), 2);
  if (notable.length) s.text(`; tiêu biểu: ${joinVi(notable)}`);
  return [para(s.text('.'))];
}

export interface ResultPart {
  title: string;
  blocks: (ctx: NarrativeContext) => Block[];
  /** Shown only when one of these figures applies to the unit. */
  needs: string;
}

/** The parts of Section II in order; titles follow reference.md §3.4. */
export function resultParts(ctx: NarrativeContext): ResultPart[] {
  const people = peopleOf(ctx.kind);
  return [
    { title: 'Công khai thông tin', blocks: disclosureSection, needs: 'B1_PHAI' },
    { title: `${people.charAt(0).toUpperCase()}${people.slice(1)} bàn và quyết định`, blocks: decisionSection, needs: 'C1_HOP' },
    { title: `${people.charAt(0).toUpperCase()}${people.slice(1)} tham gia ý kiến; đối thoại`, blocks: consultationSection, needs: 'D1_ND' },
    { title: 'Kiểm tra, giám sát', blocks: supervisionSection, needs: 'E1_CUOC' },
    { title: 'Xây dựng và thực hiện hương ước, quy ước', blocks: villageRulesSection, needs: 'F1_CO' },
    { title: 'Tiếp công dân; giải quyết kiến nghị, phản ánh, khiếu nại, tố cáo', blocks: petitionsSection, needs: 'G2_NHAN' },
    { title: 'Ứng dụng công nghệ thông tin, chuyển đổi số; sự hài lòng', blocks: digitalSection, needs: 'H4_HD' },
    { title: 'Kiểm tra, tự kiểm tra; xử lý vi phạm', blocks: inspectionSection, needs: 'K1_CUOC' },
    { title: 'Thi đua, khen thưởng; nhân rộng mô hình điển hình', blocks: emulationSection, needs: 'L1_KT' },
  ].filter((p) => ctx.figures.has(p.needs));
}

export { isBlank };
