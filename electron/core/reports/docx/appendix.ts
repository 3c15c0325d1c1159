// Appendices (PL-I III.1, PL-III Mẫu 2.1): each in its own section with its own page numbering,
// landscape when its table is wide.
import { AlignmentType, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Appendix } from '../../../../shared/report/document';
import { renderBlocks } from './body';
import type { TableSink } from './tableXml';
import { ruleParagraph, shortRuleWidth } from './header';
import { pageNumberHeaders, sectionPage, SIZE, STYLE, TEXT_WIDTH, TEXT_WIDTH_LANDSCAPE, textWidth } from './styles';

function centred(text: string, opts: { bold?: boolean; italic?: boolean; before?: number }): Paragraph {
  return new Paragraph({
    style: STYLE.compact,
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: 0 },
    children: [
      new TextRun({ text, size: SIZE.appendix, ...(opts.bold ? { bold: true } : {}), ...(opts.italic ? { italics: true } : {}) }),
    ],
  });
}

export function renderAppendixSection(appendix: Appendix, sink: TableSink): ISectionOptions {
  const width = appendix.landscape ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  const title = appendix.title.trim().toLocaleUpperCase('vi-VN');
  const reference = appendix.reference.trim();

  const children: ISectionOptions['children'][number][] = [
    centred(`Phụ lục ${appendix.number.trim()}`.trim(), { bold: true }),
    centred(title, { bold: true }),
  ];
  if (reference) children.push(centred(reference, { italic: true }));
  // The rule is sized to the title, the line the reader's eye takes as the heading.
  const titleW = Math.min(textWidth(title, SIZE.appendix, { bold: true }), width);
  children.push(ruleParagraph(shortRuleWidth(titleW, width), width, 240));
  children.push(...renderBlocks(appendix.intro ?? [], width, sink));
  children.push(sink.placeholder(appendix.table, width));

  return {
    properties: sectionPage({ landscape: appendix.landscape, restartNumbering: true }),
    headers: pageNumberHeaders(),
    children,
  };
}
