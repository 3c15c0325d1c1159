// Page-1 header of a report (NĐ 30, PL-I ô 1–5 and 9a): the borderless two-column table with the
// agency and the Quốc hiệu, then the tên loại, trích yếu and the Kính gửi block.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ReportDocument } from '../../../../shared/report/document';
import {
  BODY_LINE,
  HEADER_TABLE,
  RULE_PARAGRAPH_HEIGHT,
  RULE_THICKNESS,
  SHORT_RULE_FRACTION,
  SHORT_RULE_MIN,
  SIZE,
  STYLE,
  TEXT_WIDTH,
  textWidth,
  type TextFace,
} from './styles';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Word wraps a line that our estimate says just fits when its metrics differ slightly; keep a margin. */
const FIT_SLACK = 0.96;

const upper = (s: string): string => s.toLocaleUpperCase('vi-VN');

/**
 * A centred horizontal line `width` twips long inside a container `containerWidth` wide. A run
 * underline would only be as long as the text, and a plain bordered paragraph spans the whole
 * column, so the paragraph is narrowed by equal indents and only its bottom border shows.
 */
export function ruleParagraph(width: number, containerWidth: number, spacingAfter = 0): Paragraph {
  const w = Math.min(Math.max(width, 0), containerWidth);
  const side = Math.max(0, Math.floor((containerWidth - w) / 2));
  return new Paragraph({
    style: STYLE.compact,
    indent: { left: side, right: side },
    // A paragraph only a few points high: the line sits just under the text above, yet clear of
    // the dots below Vietnamese letters (ệ, ộ).
    spacing: { before: 0, after: spacingAfter, line: RULE_PARAGRAPH_HEIGHT, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_THICKNESS, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

/** Length of the short rule under a block of text whose widest line is `textW` twips. */
export function shortRuleWidth(textW: number, containerWidth: number): number {
  // A floor keeps the rule visible under a short name ("SỞ NỘI VỤ") without outgrowing it.
  const floor = Math.min(SHORT_RULE_MIN, textW * 0.6);
  return Math.round(Math.min(containerWidth, Math.max(floor, textW * SHORT_RULE_FRACTION)));
}

// Words that start the administrative-unit part of an agency name; Vietnamese headers break a name
// that needs two lines before them ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH LƯ").
const LOCALITY_WORDS = [
  'THÀNH PHỐ',
  'THỊ TRẤN',
  'THỊ XÃ',
  'ĐẶC KHU',
  'XÃ',
  'PHƯỜNG',
  'TỈNH',
  'HUYỆN',
  'QUẬN',
];

/**
 * Splits an upper-case agency name into the lines it is printed on in a column `maxWidth` wide.
 * Explicit breaks keep a name from wrapping mid-phrase ("… XÃ BÌNH" / "LƯ"), which is what Word's
 * own wrapping would do to most commune names at 12 pt in a 62 mm column.
 */
export function breakLines(text: string, size: number, face: TextFace, maxWidth: number): string[] {
  const limit = maxWidth * FIT_SLACK;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const measure = (ws: string[]): number => textWidth(ws.join(' '), size, face);
  if (words.length <= 1 || measure(words) <= limit) return [words.join(' ')];

  const at = words.findIndex(
    (_, i) => i > 0 && LOCALITY_WORDS.some((lw) => words.slice(i, i + lw.split(' ').length).join(' ') === lw),
  );
  const plain = balance(words, measure, limit);
  if (at > 0) {
    const byLocality = [...balance(words.slice(0, at), measure, limit), ...balance(words.slice(at), measure, limit)];
    // The locality break is a preference, not worth an extra line in a header that is already tall.
    if (byLocality.length <= plain.length) return byLocality;
  }
  return plain;
}

/** Fewest lines that fit, then the split whose longest line is shortest (lines of similar length look centred). */
function balance(words: string[], measure: (ws: string[]) => number, limit: number): string[] {
  const n = words.length;
  if (n === 0) return [];
  if (measure(words) <= limit) return [words.join(' ')];

  // Greedy filling gives the smallest number of lines.
  let lines = 1;
  let start = 0;
  for (let i = 1; i < n; i++) {
    if (measure(words.slice(start, i + 1)) > limit) {
      lines++;
      start = i;
    }
  }

  // best[k][i]: smallest possible longest line when words[0..i) are set on k lines.
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      for (let j = k - 1; j < i; j++) {
        const prev = best[k - 1]![j]!;
        if (prev === Infinity) continue;
        const cand = Math.max(prev, measure(words.slice(j, i)));
        if (cand < best[k]![i]!) {
          best[k]![i] = cand;
          cut[k]![i] = j;
        }
      }
    }
  }
  const out: string[] = [];
  let end = n;
  for (let k = lines; k >= 1; k--) {
    const j = cut[k]![end]!;
    out.unshift(words.slice(j, end).join(' '));
    end = j;
  }
  return out;
}

function centred(lines: string[], size: number, face: TextFace, spacingBefore = 0): Paragraph {
  return new Paragraph({
    style: STYLE.compact,
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBefore, after: 0 },
    children: lines.map(
      (text, i) =>
        new TextRun({ text, size, ...(face.bold ? { bold: true } : {}), ...(face.italic ? { italics: true } : {}), break: i > 0 ? 1 : 0 }),
    ),
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE.compact, children: [] })],
  });
}

/** The borderless header table: agency on the left, Quốc hiệu on the right, Số and date on one row below. */
export function renderHeaderTable(header: ReportDocument['header']): Table {
  const leftW = HEADER_TABLE.left;
  const rightW = HEADER_TABLE.right;

  const left: Paragraph[] = [];
  const parent = upper(header.parentBody.trim());
  if (parent) left.push(centred(breakLines(parent, SIZE.parentBody, {}, leftW), SIZE.parentBody, {}));
  const unitLines = breakLines(upper(header.unitName.trim()), SIZE.unitName, { bold: true }, leftW);
  left.push(centred(unitLines, SIZE.unitName, { bold: true }));
  const unitW = Math.max(...unitLines.map((l) => textWidth(l, SIZE.unitName, { bold: true })));
  left.push(ruleParagraph(shortRuleWidth(Math.min(unitW, leftW), leftW), leftW));

  const right: Paragraph[] = [
    centred([QUOC_HIEU], SIZE.quocHieu, { bold: true }),
    centred([TIEU_NGU], SIZE.tieuNgu, { bold: true }),
    ruleParagraph(textWidth(TIEU_NGU, SIZE.tieuNgu, { bold: true }), rightW),
  ];

  // The second row puts "Số" and the date on one line whatever the height of the agency name.
  const rowGap = 120;
  const numberCell = [centred([header.numberLine], SIZE.numberLine, {}, rowGap)];
  if (header.subject?.trim()) numberCell.push(centred(breakLines(header.subject.trim(), SIZE.subject, {}, leftW), SIZE.subject, {}, 60));
  const dateCell = [centred([header.placeDate], SIZE.placeDate, { italic: true }, rowGap)];

  return new Table({
    width: { size: leftW + rightW, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({ cantSplit: true, children: [cell(leftW, left), cell(rightW, right)] }),
      new TableRow({ cantSplit: true, children: [cell(leftW, numberCell), cell(rightW, dateCell)] }),
    ],
  });
}

/** "BÁO CÁO", the trích yếu, the optional subtitle and the short rule under them. */
export function renderTitle(doc: ReportDocument): Paragraph[] {
  // A công văn has no tên loại and carries its trích yếu in the header (header.subject).
  if (!doc.docType.trim() && !doc.title.trim()) return [centred([''], SIZE.body, {}, 240)];
  const out: Paragraph[] = [centred([upper(doc.docType.trim())], SIZE.docType, { bold: true }, 360)];
  out.push(centred([doc.title], SIZE.title, { bold: true }));
  if (doc.subtitle && doc.subtitle.trim()) out.push(centred([doc.subtitle], SIZE.subtitle, { italic: true }));
  const titleW = Math.min(textWidth(doc.title, SIZE.title, { bold: true }), TEXT_WIDTH);
  out.push(ruleParagraph(shortRuleWidth(titleW, TEXT_WIDTH), TEXT_WIDTH, 240));
  return out;
}

const KINH_GUI = 'Kính gửi:';

/** Recipients may arrive as plain names or already punctuated ("- Sở Nội vụ;"); the writer punctuates them. */
function cleanRecipient(s: string): string {
  return s
    .trim()
    .replace(/^[-–•]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
}

/**
 * "Kính gửi" (PL-I II.9.b): one recipient on the same line; several on their own lines, each
 * "- …;", the last ending ".", the dashes aligned under the colon, the block centred on the page.
 */
export function renderKinhGui(recipients: string[]): Paragraph[] {
  const list = recipients.map(cleanRecipient).filter((r) => r.length > 0);
  if (list.length === 0) return [];
  const size = SIZE.kinhGui;
  const after = 240;
  if (list.length === 1) {
    return [
      new Paragraph({
        style: STYLE.compact,
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after, line: BODY_LINE, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text: `${KINH_GUI} ${list[0]}.`, size })],
      }),
    ];
  }
  const lines = list.map((r, i) => `- ${r}${i === list.length - 1 ? '.' : ';'}`);
  const colonX = textWidth('Kính gửi', size);
  const blockW = Math.min(TEXT_WIDTH, Math.max(textWidth(KINH_GUI, size), colonX + Math.max(...lines.map((l) => textWidth(l, size)))));
  const blockLeft = Math.max(0, Math.floor((TEXT_WIDTH - blockW) / 2));
  const dashW = textWidth('- ', size);
  const out: Paragraph[] = [
    new Paragraph({
      style: STYLE.compact,
      indent: { left: blockLeft },
      spacing: { before: 0, after: 0, line: BODY_LINE, lineRule: LineRuleType.AUTO },
      keepNext: true,
      children: [new TextRun({ text: KINH_GUI, size })],
    }),
  ];
  lines.forEach((text, i) => {
    out.push(
      new Paragraph({
        style: STYLE.compact,
        // A recipient too long for one line continues under its text, not under the dash.
        indent: { left: blockLeft + colonX + dashW, hanging: dashW },
        spacing: { before: 0, after: i === lines.length - 1 ? after : 0, line: BODY_LINE, lineRule: LineRuleType.AUTO },
        keepNext: i < lines.length - 1,
        children: [new TextRun({ text, size })],
      }),
    );
  });
  return out;
}

/** Everything on page 1 above the body. */
export function renderHeaderBlock(doc: ReportDocument): (Paragraph | Table)[] {
  return [renderHeaderTable(doc.header), ...renderTitle(doc), ...renderKinhGui(doc.kinhGui)];
}
