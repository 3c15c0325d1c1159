// The report body (NĐ 30 ô 6): headings, justified paragraphs and bordered data tables.
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Block, Cell, Column, Run, Table as TableModel } from '../../../../shared/report/document';
import { plainText } from '../../../../shared/report/document';
import { SIZE, STYLE, TABLE_BORDER, TABLE_CELL_MARGIN, textWidth, WIDE_TABLE_COLUMNS } from './styles';

type Align = NonNullable<Column['align']>;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const HEADING: Record<1 | 2 | 3, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

interface RunFormat {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** A line break typed inside a run becomes a soft break, not a new paragraph, so the style stays the same. */
export function textRuns(text: string, fmt: RunFormat = {}): TextRun[] {
  return text.split('\n').map(
    (part, i) =>
      new TextRun({
        text: part,
        break: i > 0 ? 1 : 0,
        ...(fmt.size !== undefined ? { size: fmt.size } : {}),
        ...(fmt.bold ? { bold: true } : {}),
        ...(fmt.italic ? { italics: true } : {}),
      }),
  );
}

function modelRuns(runs: Run[], fmt: RunFormat = {}): TextRun[] {
  return runs.flatMap((r) =>
    textRuns(r.text, { size: fmt.size, bold: Boolean(r.bold || fmt.bold), italic: Boolean(r.italic || fmt.italic) }),
  );
}

/**
 * Relative widths to twips that add up to exactly `total`, so a fixed-layout table fills the text
 * width. A column never gets less than its `min` (its longest unbreakable word), which is taken
 * from the columns with room to spare; the rounding remainder goes to the last column.
 */
export function scaleWidths(relative: number[], total: number, min: number[] = []): number[] {
  const n = relative.length;
  if (n === 0) return [];
  const weight = relative.map((w): number => (Number.isFinite(w) && w > 0 ? w : 0));
  if (!weight.some((w) => w > 0)) weight.fill(1);
  const floor = weight.map((_, i) => Math.max(0, min[i] ?? 0));
  const floorSum = floor.reduce((a, b) => a + b, 0);

  let widths: number[];
  if (floorSum >= total) {
    // Not even the minimums fit: share the width in proportion to them.
    widths = floor.map((f) => (f / floorSum) * total);
  } else {
    // Columns pinned at their minimum drop out and the rest share what is left, until none is pinned anew.
    const pinned = new Set<number>();
    widths = [];
    for (;;) {
      const freeWeight = weight.reduce((a, w, i) => (pinned.has(i) ? a : a + w), 0);
      const freeWidth = total - [...pinned].reduce((a, i) => a + floor[i]!, 0);
      widths = weight.map((w, i) => (pinned.has(i) ? floor[i]! : freeWeight > 0 ? (w / freeWeight) * freeWidth : 0));
      const newly = widths.findIndex((w, i) => !pinned.has(i) && w < floor[i]!);
      if (newly < 0) break;
      for (let i = 0; i < n; i++) if (!pinned.has(i) && widths[i]! < floor[i]!) pinned.add(i);
    }
  }
  const out = widths.map((w) => Math.floor(w));
  const used = out.reduce((a, b) => a + b, 0);
  out[n - 1] = (out[n - 1] ?? 0) + (total - used);
  return out;
}

/** Width a column needs so that none of its words is broken across lines. */
function longestWord(texts: string[], size: number, bold: boolean): number {
  let max = 0;
  for (const t of texts) for (const w of t.split(/\s+/)) if (w) max = Math.max(max, textWidth(w, size, { bold }));
  return max;
}

const thin = { style: BorderStyle.SINGLE, size: TABLE_BORDER, color: '000000' } as const;

function cellParagraph(children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ style: STYLE.tableText, alignment, children });
}

function cellRuns(cell: Cell | undefined, size: number, bold = false): TextRun[] {
  if (cell === undefined) return [];
  if (typeof cell === 'string') return textRuns(cell, { size, bold });
  return modelRuns(cell.runs, { size, bold });
}

const LABEL = /^[0-9A-ZĐ]{1,4}$/u;

/**
 * The text of a group row, merged across the table. A row written as ["A", "Nội dung …", "", ""]
 * reads "A. Nội dung …": merging removes the border that set the STT label apart, so a dot does.
 */
function groupTitle(row: Cell[]): Run[] {
  const parts = row
    .map((c): Run[] => (typeof c === 'string' ? [{ text: c }] : c.runs))
    .filter((runs) => plainText(runs).trim() !== '');
  const out: Run[] = [];
  parts.forEach((runs, i) => {
    if (i > 0) {
      const prev = plainText(parts[i - 1]!).trim();
      out.push({ text: i === 1 && LABEL.test(prev) ? '. ' : ' ' });
    }
    out.push(...runs);
  });
  return out;
}

/** A data table: header row repeated on each page, rows kept whole, group rows merged across. */
export function renderTable(model: TableModel, availableWidth: number): Table {
  const cols = model.columns;
  const n = Math.max(cols.length, 1);
  const size = cols.length >= WIDE_TABLE_COLUMNS ? SIZE.tableTextWide : SIZE.tableText;
  const groups = new Set(model.groupRows ?? []);
  const padding = TABLE_CELL_MARGIN.left + TABLE_CELL_MARGIN.right + 20;
  const minWidths = cols.map((c, i) => {
    const cells = model.rows.filter((_, r) => !groups.has(r)).map((row) => (row[i] === undefined ? '' : plainText(row[i]!)));
    return Math.max(longestWord([c.title], size, true), longestWord(cells, size, false)) + padding;
  });
  const widths = scaleWidths(cols.length > 0 ? cols.map((c) => c.width) : [1], availableWidth, minWidths);

  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: (cols.length > 0 ? cols : [{ title: '', width: 1 }]).map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellParagraph(textRuns(c.title, { size, bold: true }), AlignmentType.CENTER)],
        }),
    ),
  });

  const bodyRows = model.rows.map((row, r) => {
    if (groups.has(r)) {
      const titleRuns = groupTitle(row);
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: n,
            width: { size: availableWidth, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [cellParagraph(modelRuns(titleRuns, { size, bold: true }), AlignmentType.LEFT)],
          }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: widths.map((w, i) => {
        const c = row[i];
        const align: Align = (typeof c === 'object' ? c.align : undefined) ?? cols[i]?.align ?? 'left';
        return new TableCell({
          width: { size: w, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellParagraph(cellRuns(c, size), ALIGN[align])],
        });
      }),
    });
  });

  return new Table({
    width: { size: availableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    margins: { ...TABLE_CELL_MARGIN },
    rows: [headerRow, ...bodyRows],
  });
}

/** Space after a table: a body paragraph has no space before it and would touch the table's bottom border. */
export function spacerParagraph(after = 120, keepNext = false): Paragraph {
  return new Paragraph({
    style: STYLE.compact,
    keepNext,
    spacing: { before: 0, after, line: 120, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

export function renderBlock(block: Block, availableWidth: number, keepNext = false): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: textRuns(block.text) })];
    case 'para':
      // Draft paragraphs print like any other: the exported file is the final report, and the app
      // shows what still needs review before export.
      return [new Paragraph({ style: STYLE.body, ...(keepNext ? { keepNext: true } : {}), children: modelRuns(block.runs) })];
    case 'table':
      return [renderTable(block.table, availableWidth), spacerParagraph()];
  }
}

/**
 * `keepLastWithNext` holds the last paragraph on the page of what follows it, so the signature
 * table never starts a page of its own (it is one row that cannot split).
 */
export function renderBlocks(blocks: Block[], availableWidth: number, keepLastWithNext = false): (Paragraph | Table)[] {
  return blocks.flatMap((b, i) => renderBlock(b, availableWidth, keepLastWithNext && i === blocks.length - 1));
}
