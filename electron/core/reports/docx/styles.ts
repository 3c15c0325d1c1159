// Every measurement of the report layout (NĐ 30/2020/NĐ-CP, Phụ lục I) lives here, so a change to
// the layout is a change to one number. Sizes are in half-points (docx's unit for font sizes),
// lengths in twips (1/20 pt; 1 mm ≈ 56.7 twips).
import {
  AlignmentType,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IBaseParagraphStyleOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';

export const FONT = 'Times New Roman';
export const LANGUAGE = 'vi-VN';

export const mm = (x: number): number => Math.round((x * 1440) / 25.4);

/** A4 portrait; landscape sections pass the same numbers with the orientation flag and docx swaps them. */
export const PAGE = {
  width: 11906,
  height: 16838,
  /** 20 / 20 / 30 / 15 mm, inside the ranges of PL-I I.3. */
  margin: { top: 1134, bottom: 1134, left: 1701, right: 851, header: 567, footer: 567 },
} as const;

/**
 * Page setup of a section. Landscape keeps the same margins on the same sides; NĐ 30 fixes them
 * per side of the sheet as read, not per binding edge. `titlePage` gives page 1 of the section its
 * own (empty) header: PL-I I.7 shows no number on the first page.
 */
export function sectionPage(opts: { landscape: boolean; restartNumbering: boolean }): ISectionPropertiesOptions {
  return {
    titlePage: true,
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: opts.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...PAGE.margin },
      ...(opts.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

/** Page number centred in the top margin, regular (PL-I I.7); an empty header for the first page. */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right; // 9354 = 165 mm
export const TEXT_WIDTH_LANDSCAPE = PAGE.height - PAGE.margin.left - PAGE.margin.right;

/** Font sizes in half-points; the choices inside each NĐ 30 range follow the decree's own specimen ("mẫu"). */
export const SIZE = {
  body: 28,
  parentBody: 24,
  unitName: 24,
  numberLine: 26,
  /** Trích yếu of a công văn under its number: 12–13 pt (PL-I), 12 in the specimen. */
  subject: 24,
  quocHieu: 24,
  tieuNgu: 26,
  placeDate: 26,
  docType: 28,
  title: 28,
  subtitle: 28,
  kinhGui: 28,
  tableText: 26,
  /** Wide tables drop to 12 pt so a seven-column sheet still fits a portrait page. */
  tableTextWide: 24,
  noiNhanTitle: 24,
  noiNhan: 22,
  signer: 28,
  pageNumber: 28,
  appendix: 28,
} as const;

/** A table with this many columns or more is set in the smaller table size. */
export const WIDE_TABLE_COLUMNS = 7;

/** Line spacing 1.2 ("multiple" lines are in 240ths): inside NĐ 30's single-to-1.5 range. */
export const BODY_LINE = 288;
/** 6 pt after each body paragraph, the decree's minimum. */
export const BODY_AFTER = 120;
/** 1 cm first-line indent. */
export const FIRST_LINE_INDENT = 567;

export const HEADER_TABLE = {
  /** 62 mm + 103 mm = the 165 mm text width: at 12 pt the Quốc hiệu (≈ 88 mm) and a long
   *  "Thành phố Hồ Chí Minh, ngày …" date line (≈ 99 mm) both stay on one line on the right. */
  left: mm(62),
  right: TEXT_WIDTH - mm(62),
} as const;

export const SIGNATURE_TABLE = {
  left: Math.round(TEXT_WIDTH / 2),
  right: TEXT_WIDTH - Math.round(TEXT_WIDTH / 2),
  /** Blank lines left for the signature and the seal (≈ 25–30 mm at 14 pt). */
  blankLines: 5,
} as const;

/** Rules ("nét liền") under the agency name and the trích yếu are this share of the text above them. */
export const SHORT_RULE_FRACTION = 0.4;
export const SHORT_RULE_MIN = mm(15);
/** Height of the empty paragraph that carries a rule as its bottom border (twips). */
export const RULE_PARAGRAPH_HEIGHT = 80;
/** 0.75 pt line, in eighths of a point. */
export const RULE_THICKNESS = 6;

/** Cell padding of bordered data tables. */
export const TABLE_CELL_MARGIN = { top: 28, bottom: 28, left: 85, right: 85 } as const;
export const TABLE_BORDER = 4;

/** Paragraph style ids, so the clerk sees named styles when editing the file in Word. */
export const STYLE = {
  body: 'Body',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  tableText: 'TableText',
  tableTextWide: 'TableTextWide',
  compact: 'Compact',
} as const;

const bodyParagraph = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: FIRST_LINE_INDENT },
  spacing: { before: 0, after: BODY_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
} as const;

/**
 * Headings are laid out like body paragraphs (PL-I places them in ô 6) and differ only in weight;
 * they are Word's own Heading 1–3 so the navigation pane shows the report's outline.
 */
function headingStyle(face: { bold?: boolean; italic?: boolean }, outlineLevel: number): IBaseParagraphStyleOptions {
  return {
    next: STYLE.body,
    run: { font: FONT, size: SIZE.body, bold: face.bold ?? false, italics: face.italic ?? false, color: '000000' },
    paragraph: { ...bodyParagraph, keepNext: true, keepLines: true, outlineLevel },
  };
}

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: {
        font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
        size: SIZE.body,
        language: { value: LANGUAGE },
        color: '000000',
      },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    heading1: headingStyle({ bold: true }, 0),
    heading2: headingStyle({ bold: true }, 1),
    heading3: headingStyle({ italic: true }, 2),
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: 'Body Text DCS',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      run: { font: FONT, size: SIZE.body },
      paragraph: bodyParagraph,
    },
    {
      id: STYLE.tableText,
      name: 'Table Text DCS',
      basedOn: 'Normal',
      run: { font: FONT, size: SIZE.tableText },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      // Tables of many columns, a point smaller.
      id: STYLE.tableTextWide,
      name: 'Table Text Wide DCS',
      basedOn: STYLE.tableText,
      run: { font: FONT, size: SIZE.tableTextWide },
    },
    {
      // Header block, signature block and appendix titles: single spaced, no indent.
      id: STYLE.compact,
      name: 'Compact DCS',
      basedOn: 'Normal',
      run: { font: FONT },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};

// Advance widths (per 1000 em) of printable ASCII in Liberation Serif, which has Times New Roman's
// metrics. Used to size the rules under text and to choose where a long agency name breaks.
const ASCII_WIDTHS = {
  regular:
    '250,333,408,500,500,833,777,180,333,333,500,563,250,333,250,277,500,500,500,500,500,500,500,500,500,500,277,277,563,563,563,443,920,722,666,666,722,610,556,722,722,333,389,722,610,889,722,722,556,722,666,556,610,722,722,943,722,722,610,333,277,333,469,500,333,443,500,443,500,443,333,500,500,277,277,500,277,777,500,500,500,500,333,389,277,500,500,722,500,500,443,479,200,479,541',
  bold: '250,333,555,500,500,1000,833,277,333,333,500,569,250,333,250,277,500,500,500,500,500,500,500,500,500,500,333,333,569,569,569,500,930,722,666,722,722,666,610,777,777,389,500,777,666,943,722,777,610,777,722,556,666,722,722,1000,722,722,666,333,277,333,581,500,333,500,556,443,556,443,333,500,556,277,333,556,277,833,556,500,556,556,443,389,333,556,500,722,500,500,443,394,220,394,520',
  italic:
    '250,333,419,500,500,833,777,213,333,333,500,674,250,333,250,277,500,500,500,500,500,500,500,500,500,500,333,333,674,674,674,500,919,610,610,666,722,610,610,722,722,333,443,666,556,833,666,722,610,722,610,500,556,722,610,833,610,556,556,389,277,389,421,500,333,500,500,443,500,443,277,500,500,277,277,443,277,722,500,500,500,500,389,389,277,500,443,666,443,443,389,399,274,399,541',
  boldItalic:
    '250,389,555,500,500,833,777,277,333,333,500,569,250,333,250,277,500,500,500,500,500,500,500,500,500,500,333,333,569,569,569,500,832,666,666,666,722,666,666,722,777,389,500,666,610,889,722,722,610,722,666,556,610,722,666,889,666,610,610,333,277,333,569,500,333,500,500,443,500,443,333,500,556,277,277,500,277,777,556,500,500,500,389,389,277,556,443,666,500,443,389,348,220,348,569',
} as const;

const WIDTH_TABLES = Object.fromEntries(
  Object.entries(ASCII_WIDTHS).map(([k, v]) => [k, v.split(',').map(Number)]),
) as Record<keyof typeof ASCII_WIDTHS, number[]>;

export interface TextFace {
  bold?: boolean;
  italic?: boolean;
}

/**
 * Estimated printed width of a single line of text, in twips. Vietnamese letters take the width of
 * their base letter (the marks stack above or below), which is within 1 % for the header lines.
 */
export function textWidth(text: string, sizeHalfPt: number, face: TextFace = {}): number {
  const key = face.bold ? (face.italic ? 'boldItalic' : 'bold') : face.italic ? 'italic' : 'regular';
  const table = WIDTH_TABLES[key];
  let units = 0;
  for (const ch of text) {
    let base = ch.normalize('NFD')[0] ?? ch;
    if (base === 'Đ') base = 'D';
    else if (base === 'đ') base = 'd';
    const code = base.codePointAt(0) ?? 32;
    units += code >= 32 && code <= 126 ? (table[code - 32] ?? 500) : code === 0x2026 ? 1000 : 500;
  }
  // units/1000 em × size in points × 20 twips per point; sizes are half-points.
  return Math.round((units / 1000) * (sizeHalfPt / 2) * 20);
}
