// Closing table (NĐ 30 ô 7 and 9b): "Nơi nhận" on the left, the signer on the right, no borders.
import {
  AlignmentType,
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
import { SIGNATURE_TABLE, SIZE, STYLE } from './styles';

export const NOI_NHAN = 'Nơi nhận:';

function line(text: string, size: number, opts: { bold?: boolean; italic?: boolean; center?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.compact,
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [new TextRun({ text, size, ...(opts.bold ? { bold: true } : {}), ...(opts.italic ? { italics: true } : {}) })],
  });
}

function blank(size: number): Paragraph {
  return new Paragraph({ style: STYLE.compact, run: { size }, children: [] });
}

export function renderSignature(doc: Pick<ReportDocument, 'noiNhan' | 'signer'>): Table {
  const { left: leftW, right: rightW, blankLines } = SIGNATURE_TABLE;

  const left: Paragraph[] = [];
  const recipients = doc.noiNhan.map((s) => s.trim()).filter((s) => s.length > 0);
  if (recipients.length > 0) {
    left.push(line(NOI_NHAN, SIZE.noiNhanTitle, { bold: true, italic: true }));
    for (const r of recipients) left.push(line(r, SIZE.noiNhan));
  } else {
    left.push(blank(SIZE.noiNhan));
  }

  const right: Paragraph[] = doc.signer.titleLines
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => line(s.toLocaleUpperCase('vi-VN'), SIZE.signer, { bold: true, center: true }));
  for (let i = 0; i < blankLines; i++) right.push(blank(SIZE.signer));
  // An unsigned draft still keeps the line, so the space for the name is visible on paper.
  right.push(line(doc.signer.name.trim(), SIZE.signer, { bold: true, center: true }));

  const cell = (width: number, children: Paragraph[]): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      verticalAlign: VerticalAlignTable.TOP,
      children,
    });

  return new Table({
    width: { size: leftW + rightW, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // One row that never splits: the signer is never left alone on a page without the list.
    rows: [new TableRow({ cantSplit: true, children: [cell(leftW, left), cell(rightW, right)] })],
  });
}
