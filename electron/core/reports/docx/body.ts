// The report body (NĐ 30 ô 6): headings, justified paragraphs and bordered data tables.
import { HeadingLevel, LineRuleType, NoBreakHyphen, Paragraph, TextRun } from 'docx';
import type { Block, Run } from '../../../../shared/report/document';
import type { TableSink } from './tableXml';
import { STYLE } from './styles';

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
        // U+2011 (a symbol such as 415/KH‑UBND) is Word's own non-breaking hyphen, which every font draws.
        children: part.split('\u2011').flatMap((piece, j) => (j ? [new NoBreakHyphen(), piece] : [piece])),
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

export function renderBlock(block: Block, availableWidth: number, sink: TableSink, keepNext = false): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: textRuns(block.text) })];
    case 'para':
      // Draft paragraphs print like any other: the exported file is the final report, and the app
      // shows what still needs review before export.
      return [new Paragraph({ style: STYLE.body, ...(keepNext ? { keepNext: true } : {}), children: modelRuns(block.runs) })];
    case 'table':
      return [sink.placeholder(block.table, availableWidth), spacerParagraph()];
  }
}

/**
 * `keepLastWithNext` holds the last paragraph on the page of what follows it, so the signature
 * table never starts a page of its own (it is one row that cannot split).
 */
export function renderBlocks(blocks: Block[], availableWidth: number, sink: TableSink, keepLastWithNext = false): Paragraph[] {
  return blocks.flatMap((b, i) => renderBlock(b, availableWidth, sink, keepLastWithNext && i === blocks.length - 1));
}
