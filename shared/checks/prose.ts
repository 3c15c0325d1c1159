// Rules that read the finished document as the signer would: zero counts, repeated examples,
// stacked brackets, straight quotes, capitals mid-sentence, symbols that can break at a line end,
// empty parts, and the opening that must cite the Law in full.
import type { Block, ReportDocument } from '../report/document';
import { plainText } from '../report/document';
import type { ReportProblem } from './types';

const NOUNS = 'lượt|nhiệm vụ|nội dung|hội nghị|cuộc|buổi|văn bản|đợt|lớp|chỉ tiêu|kiến nghị|đơn|thành viên|hoạt động|người|thủ tục|phiếu';
const ZERO = new RegExp(`(^|[\\s(])0 (${NOUNS})(?=[\\s,.;)]|$)`, 'u');

function problem(rule: string, message: string, severity: ReportProblem['severity'] = 'error'): ReportProblem {
  return { rule, severity, section: 'results', area: 'texts', message };
}

/** Repeated "x (ngày …)" examples in one paragraph. */
function repeatedExample(text: string): string | null {
  const seen = new Set<string>();
  for (const m of text.matchAll(/(?:^|[;:,]\s|\svà\s)([^;:,()]{8,}?)\s\(ngày/gu)) {
    const key = m[1]!.trim().toLocaleLowerCase('vi');
    if (seen.has(key)) return m[1]!.trim();
    seen.add(key);
  }
  return null;
}

/** "(tăng 15 cuộc so với …)" after "28 buổi …": the comparison must count what the sentence counts. */
function mixedNoun(text: string): string | null {
  for (const m of text.matchAll(/\((?:tăng|giảm) [\d.,]+ ([^\d()]+?) so với/gu)) {
    if (m[1]!.trim() === 'điểm phần trăm') continue;
    const noun = m[1]!.trim();
    const before = text.slice(0, m.index);
    if (!new RegExp(`\\d ${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s,.;)])`, 'u').test(before)) return noun;
  }
  return null;
}

export function proseLineProblems(text: string): string[] {
  const out: string[] = [];
  const z = ZERO.exec(text);
  if (z) out.push(`câu đếm số 0 (“0 ${z[2]}”)`);
  const dup = repeatedExample(text);
  if (dup) out.push(`một ví dụ nêu hai lần (“${dup}”)`);
  if (/\)\s*\(/.test(text)) out.push('hai cặp ngoặc liền nhau');
  if (/"/.test(text)) out.push('dấu ngoặc kép thẳng (") thay vì “…”');
  if (/[^.:;!?\s]\s+(Khoản|Điểm) \d/u.test(text)) out.push('“Khoản/Điểm” viết hoa giữa câu');
  if (/\d+\/[A-ZĐ][A-Za-zĐ]*-[A-ZĐ]/u.test(text)) out.push('ký hiệu văn bản có thể bị ngắt dòng ở dấu gạch nối');
  if (/(, |; | và )(Nhân rộng|Hội nghị|Lấy ý kiến|Tuyên truyền|Họp|Công khai|Tập huấn|Rà soát|Tiếp công dân|Khen thưởng|Đối thoại|Kiểm tra)\s/u.test(text)) out.push('chữ hoa giữa câu');
  const noun = mixedNoun(text);
  if (noun) out.push(`so sánh đếm bằng “${noun}” khác với danh từ của câu`);
  if (/chưa có số liệu/.test(text)) out.push('câu “chưa có số liệu” (hãy dùng “chưa thống kê” hoặc bỏ câu)');
  return out;
}

function emptyParts(body: Block[]): string[] {
  const out: string[] = [];
  body.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const next = body[i + 1];
    if (!next || (next.type === 'heading' && next.level <= b.level)) out.push(b.text);
  });
  return out;
}

export function proseProblems(doc: ReportDocument): ReportProblem[] {
  const out: ReportProblem[] = [];
  const first = doc.body.find((b) => b.type === 'para');
  if (!first || first.type !== 'para' || !/Luật Thực hiện dân chủ ở cơ sở số 10\/2022\/QH15/.test(plainText(first.runs).replace(/\u2011/g, '-'))) {
    out.push({ ...problem('opening-law', 'Phần mở đầu chưa dẫn đầy đủ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.'), section: 'opening' });
  }
  for (const h of emptyParts(doc.body)) out.push(problem('empty-part', `Mục “${h}” không có nội dung.`));
  for (const b of doc.body) {
    if (b.type !== 'para') continue;
    const text = plainText(b.runs);
    for (const p of proseLineProblems(text)) out.push(problem('prose', `Câu “${text.slice(0, 70)}…”: ${p}.`, 'warning'));
  }
  return out;
}
