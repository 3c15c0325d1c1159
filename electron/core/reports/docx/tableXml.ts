// Data tables written straight as WordprocessingML. The docx library builds an object per cell
// and serialises it through a generic XML layer: fine for a page, but a 10,000-row appendix took
// seconds and gigabytes. Tables are therefore rendered to a string here and spliced into
// word/document.xml where a placeholder paragraph stands; the look is declared in styles.ts as before.
import { Paragraph, TextRun } from 'docx';
import { inflateRawSync } from 'node:zlib';
import { entryBytes, readZipDirectory } from '../zip/zipReader';
import { replaceParts } from '../zip/zipWriter';
import { escapeXml } from '../xmlText';
import type { Cell, Column, Run, Table as TableModel } from '../../../../shared/report/document';
import { plainText } from '../../../../shared/report/document';
import { SIZE, STYLE, TABLE_BORDER, TABLE_CELL_MARGIN, textWidth, WIDE_TABLE_COLUMNS } from './styles';


/**
 * A 10,000-row appendix has 60,000 cells: each is written as little as Word needs. The font size
 * lives in the paragraph style (TableText, TableTextWide), left alignment is the default, and
 * xml:space is written only for text with spaces at its ends.
 */
function textXml(s: string): string {
  if (s === '') return '';
  const c0 = s.charCodeAt(0);
  const cn = s.charCodeAt(s.length - 1);
  const body = escapeXml(s);
  // A non-breaking hyphen (U+2011) is written as Word's own element, as the rest of the report does.
  if (body.indexOf('\u2011') >= 0) return `<w:t xml:space="preserve">${body.replace(/\u2011/g, '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">')}</w:t>`;
  const edge = c0 === 32 || c0 === 9 || cn === 32 || cn === 9;
  return edge ? `<w:t xml:space="preserve">${body}</w:t>` : `<w:t>${body}</w:t>`;
}

function runXml(r: Run, boldAll: boolean): string {
  const bold = boldAll || r.bold;
  const props = bold || r.italic ? `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${r.italic ? '<w:i/><w:iCs/>' : ''}</w:rPr>` : '';
  // The model was put in NFC before rendering (normalizeText in index.ts).
  if (r.text.indexOf('\n') < 0) return r.text === '' ? '' : `<w:r>${props}${textXml(r.text)}</w:r>`;
  return r.text
    .split('\n')
    .map((part, i) => `<w:r>${props}${i > 0 ? '<w:br/>' : ''}${textXml(part)}</w:r>`)
    .join('');
}

function paraXml(runs: Run[], style: string, align: 'left' | 'center' | 'right', bold = false): string {
  let inner = '';
  for (const r of runs) inner += runXml(r, bold);
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${align === 'left' ? '' : `<w:jc w:val="${align}"/>`}</w:pPr>${inner}</w:p>`;
}

const cellRuns = (c: Cell | undefined): Run[] => (c === undefined ? [] : typeof c === 'string' ? (c === '' ? [] : [{ text: c }]) : c.runs);

function cellXml(width: number, inner: string, span = 1): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>${inner}</w:tc>`;
}

/** Deflate level of the spliced document part: level 6 took 3 to 4 times as long as 2 on a 10,000-row appendix, for a file a third smaller. */
const DOCUMENT_DEFLATE_LEVEL = 2;

const LABEL = /^[0-9A-ZĐ]{1,4}$/u;

/** A group row reads "A. Nội dung …" once merged across: the STT border that set "A" apart is gone. */
function groupTitle(row: Cell[]): Run[] {
  const parts = row.map(cellRuns).filter((runs) => plainText(runs).trim() !== '');
  const out: Run[] = [];
  parts.forEach((runs, i) => {
    if (i > 0) out.push({ text: i === 1 && LABEL.test(plainText(parts[0]!).trim()) ? '. ' : ' ' });
    out.push(...runs);
  });
  return out;
}

/**
 * Width a column needs so that none of its words is broken across lines. Only the words within a
 * few characters of the longest are measured: a 10,000-row appendix has half a million words.
 */
function longestWord(texts: Iterable<string>, size: number, bold: boolean): number {
  let maxLen = 0;
  const candidates = new Set<string>();
  for (const t of texts) {
    for (const w of t.split(/\s+/)) {
      if (w.length + 3 < maxLen) continue;
      if (w.length > maxLen) maxLen = w.length;
      candidates.add(w);
    }
  }
  let max = 0;
  for (const w of candidates) if (w.length + 3 >= maxLen) max = Math.max(max, textWidth(w, size, { bold }));
  return max;
}

/**
 * Relative widths to twips that add up to exactly `total`, so a fixed-layout table fills the text
 * width. A column never gets less than its `min` (its longest unbreakable word), taken from the
 * columns with room to spare; the rounding remainder goes to the last column.
 */
export function scaleWidths(relative: number[], total: number, min: number[] = []): number[] {
  const n = relative.length;
  if (n === 0) return [];
  const weight = relative.map((w): number => (Number.isFinite(w) && w > 0 ? w : 0));
  if (!weight.some((w) => w > 0)) weight.fill(1);
  const floor = weight.map((_, i) => Math.max(0, min[i] ?? 0));
  const floorSum = floor.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (floorSum >= total) widths = floor.map((f) => (f / floorSum) * total);
  else {
    // Columns pinned at their minimum drop out and the rest share what is left, until none is pinned anew.
    const pinned = new Set<number>();
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
  out[n - 1] = (out[n - 1] ?? 0) + (total - out.reduce((a, b) => a + b, 0));
  return out;
}

/** A bordered data table: header row repeated on each page, rows kept whole, group rows merged across. */
export function tableXml(model: TableModel, availableWidth: number): string {
  const cols: Column[] = model.columns.length ? model.columns : [{ title: '', width: 1 }];
  const n = cols.length;
  const wide = cols.length >= WIDE_TABLE_COLUMNS;
  const size = wide ? SIZE.tableTextWide : SIZE.tableText;
  const style = wide ? STYLE.tableTextWide : STYLE.tableText;
  const groups = new Set(model.groupRows ?? []);
  const padding = TABLE_CELL_MARGIN.left + TABLE_CELL_MARGIN.right + 20;
  const minWidths = cols.map((c, i) => {
    const cells = (function* () {
      for (let r = 0; r < model.rows.length; r++) if (!groups.has(r)) yield plainText(model.rows[r]![i] ?? '');
    })();
    return Math.max(longestWord([c.title], size, true), longestWord(cells, size, false)) + padding;
  });
  const widths = scaleWidths(cols.map((c) => c.width), availableWidth, minWidths);
  const cellOpen = widths.map((w) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`);
  const border = `w:val="single" w:sz="${TABLE_BORDER}" w:space="0" w:color="000000"`;
  const m = TABLE_CELL_MARGIN;
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:w="${availableWidth}" w:type="dxa"/>`,
    `<w:tblBorders><w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/><w:insideH ${border}/><w:insideV ${border}/></w:tblBorders>`,
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/><w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar>`,
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cols.map((c, i) => cellXml(widths[i]!, paraXml([{ text: c.title }], style, 'center', true))).join('')}</w:tr>`,
  ];
  model.rows.forEach((row, r) => {
    if (groups.has(r)) {
      parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(availableWidth, paraXml(groupTitle(row), style, 'left', true), n)}</w:tr>`);
      return;
    }
    let tr = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let i = 0; i < n; i++) {
      const c = row[i];
      const align = (typeof c === 'object' ? c.align : undefined) ?? cols[i]!.align ?? 'left';
      tr += `${cellOpen[i]}${paraXml(cellRuns(c), style, align)}</w:tc>`;
    }
    parts.push(`${tr}</w:tr>`);
  });
  parts.push('</w:tbl>');
  return parts.join('');
}

/** Collects the tables of one document and puts them in place of their placeholder paragraphs. */
export class TableSink {
  // Held as UTF-8 bytes: half the memory of a JS string, and what the zip needs anyway.
  private readonly tables: Buffer[] = [];
  private readonly tag = `DCSTBL${Math.random().toString(36).slice(2, 8)}`;

  placeholder(model: TableModel, availableWidth: number): Paragraph {
    this.tables.push(Buffer.from(tableXml(model, availableWidth), 'utf8'));
    return new Paragraph({ children: [new TextRun(`${this.tag}_${this.tables.length - 1}_`)] });
  }

  /**
   * Replaces each placeholder paragraph of the packed .docx by its table. Only word/document.xml is
   * inflated and deflated again, at a fast level: it is most of the package and mostly repetition.
   */
  /** The packed document with its tables spliced in, and the `other` parts replaced in the same pass. */
  splice(docx: Uint8Array, other: ReadonlyMap<string, Uint8Array> = new Map()): Buffer {
    if (!this.tables.length) return other.size ? replaceParts(docx, other, DOCUMENT_DEFLATE_LEVEL) : Buffer.from(docx);
    const entry = readZipDirectory(docx, 10_000).get('word/document.xml');
    const packed = entry ? entryBytes(docx, entry) : null;
    if (!entry || !packed) throw new Error('word/document.xml not found in the packed document');
    const xml = (entry.method === 8 ? inflateRawSync(packed) : Buffer.from(packed)).toString('utf8');
    const out: Buffer[] = [];
    let pos = 0;
    for (let i = 0; i < this.tables.length; i++) {
      const at = xml.indexOf(`${this.tag}_${i}_`, pos);
      if (at < 0) throw new Error(`table placeholder ${i} not found`);
      const open = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const close = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      // The last paragraph of a section carries that section's page setup: keep it after the table.
      const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml.slice(open, close));
      out.push(Buffer.from(xml.slice(pos, open), 'utf8'), this.tables[i]!, Buffer.from(sectPr ? `<w:p><w:pPr>${sectPr[0]}</w:pPr></w:p>` : '', 'utf8'));
      pos = close;
    }
    out.push(Buffer.from(xml.slice(pos), 'utf8'));
    this.tables.length = 0;
    return replaceParts(docx, new Map([...other, ['word/document.xml', Buffer.concat(out)]]), DOCUMENT_DEFLATE_LEVEL);
  }
}
