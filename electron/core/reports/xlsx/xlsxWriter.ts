// A minimal SpreadsheetML writer for the workbooks this app produces. exceljs spent about a
// second serialising a 10,000-row sheet; the exchange workbook needs only shared strings,
// numbers, dates, formulas with cached values, a few styles, merges, frozen panes and print
// setup, which are written here as strings and zipped with native deflate.
import { escapeXml } from '../xmlText';
import { zipFiles } from '../zip/zipWriter';
import { columnLetters } from './cellRef';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  border?: boolean;
  /** ARGB fill colour, e.g. "FFE8EEF7". */
  fill?: string;
  h?: 'left' | 'center' | 'right';
  v?: 'top' | 'center';
  wrap?: boolean;
  /** Excel number format code, e.g. "#,##0", "0.0", "dd/mm/yyyy". */
  numFmt?: string;
}

export type CellValue = string | number | boolean | Date | null | undefined | { formula: string; result: number | string };

export interface Cell {
  v: CellValue;
  style?: CellStyle;
}

export interface Sheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Column widths in characters, first column first. */
  widths: number[];
  rows: Array<{ cells: Array<Cell | null>; height?: number } | null>;
  /** Ranges such as "A1:F1". */
  merges?: string[];
  /** Rows above this one stay on screen while scrolling. */
  frozenRows?: number;
  print?: { landscape?: boolean; fitToWidth?: boolean; titleRows?: [number, number] };
}

export interface WorkbookInput {
  sheets: Sheet[];
  creator: string;
  title: string;
  created: Date;
}

const FONT_NAME = 'Times New Roman';
const DEFAULT_SIZE = 12;

const esc = escapeXml;


/** Days since 1899-12-30, Excel's date serial. */
function dateSerial(d: Date): number {
  return (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

class Styles {
  private fonts: string[] = [`<font><sz val="${DEFAULT_SIZE}"/><name val="${FONT_NAME}"/><family val="1"/></font>`];
  private fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private numFmts: string[] = [];
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private byKey = new Map<string, number>();

  private index(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const font = this.index(
      this.fonts,
      `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}<sz val="${style.size ?? DEFAULT_SIZE}"/><name val="${FONT_NAME}"/><family val="1"/></font>`,
    );
    const fill = style.fill ? this.index(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const border = style.border
      ? this.index(this.borders, '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>')
      : 0;
    let numFmtId = 0;
    if (style.numFmt) {
      const builtIn: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };
      numFmtId = builtIn[style.numFmt] ?? 164 + this.index(this.numFmts, style.numFmt);
    }
    const align =
      style.h || style.v || style.wrap
        ? `<alignment${style.h ? ` horizontal="${style.h}"` : ''}${style.v ? ` vertical="${style.v}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const xf = `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`;
    const id = this.index(this.xfs, xf);
    this.byKey.set(key, id);
    return id;
  }

  xml(): string {
    const numFmts = this.numFmts.length
      ? `<numFmts count="${this.numFmts.length}">${this.numFmts.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('')}</numFmts>`
      : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

class SharedStrings {
  private list: string[] = [];
  private index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  get count(): number {
    return this.list.length;
  }
  xml(uses: number): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${uses}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, cell: Cell, styles: Styles, strings: SharedStrings, counter: { uses: number }): string {
  const s = styles.id(cell.style);
  const sa = s ? ` s="${s}"` : '';
  const v = cell.v;
  if (v === null || v === undefined || v === '') return s ? `<c r="${ref}"${sa}/>` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${sa}><v>${v}</v></c>` : `<c r="${ref}"${sa}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) return `<c r="${ref}"${sa}><v>${dateSerial(v)}</v></c>`;
  if (typeof v === 'object') {
    const cached = typeof v.result === 'number' ? `<v>${v.result}</v>` : `<v>${esc(v.result)}</v>`;
    return `<c r="${ref}"${sa}${typeof v.result === 'string' ? ' t="str"' : ''}><f>${esc(v.formula)}</f>${cached}</c>`;
  }
  // Text is always a shared string (t="s"): a spreadsheet never evaluates it, even when it begins with "=".
  counter.uses++;
  return `<c r="${ref}"${sa} t="s"><v>${strings.id(v.normalize('NFC'))}</v></c>`;
}

/**
 * Height of a row whose wrapped text needs several lines. Spreadsheets do not all grow such rows
 * on opening (LibreOffice keeps the default height), so the lines are estimated from the width.
 */
function wrappedHeight(cells: Array<Cell | null>, widths: number[]): number | undefined {
  let lines = 1;
  cells.forEach((c, i) => {
    if (!c?.style?.wrap || typeof c.v !== 'string' || !c.v) return;
    // About 1.15 characters of 12-pt Times per unit of column width.
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.15));
    const n = c.v.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return lines > 1 ? Math.round(lines * 15.6 * 10) / 10 : undefined;
}

function sheetXml(sheet: Sheet, index: number, styles: Styles, strings: SharedStrings, counter: { uses: number }): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<sheetPr><pageSetUpPr fitToPage="${sheet.print?.fitToWidth === false ? 0 : 1}"/></sheetPr>`,
  ];
  const frozen = sheet.frozenRows ?? 0;
  parts.push(
    `<sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ''}>${
      frozen ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>` : ''
    }</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  );
  if (sheet.widths.length) parts.push(`<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  parts.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    const cells: string[] = [];
    row.cells.forEach((c, i) => {
      if (c) cells.push(cellXml(`${columnLetters(i + 1)}${r + 1}`, c, styles, strings, counter));
    });
    const height = row.height ?? wrappedHeight(row.cells, sheet.widths);
    parts.push(`<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells.join('')}</row>`);
  });
  parts.push('</sheetData>');
  if (sheet.merges?.length) parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  parts.push('<pageMargins left="0.6" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  parts.push(`<pageSetup paperSize="9" orientation="${sheet.print?.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`);
  parts.push('</worksheet>');
  return parts.join('');
}

export function writeWorkbook(input: WorkbookInput): Buffer {
  const styles = new Styles();
  const strings = new SharedStrings();
  const counter = { uses: 0 };
  const sheetFiles = input.sheets.map((s, i) => sheetXml(s, i, styles, strings, counter));
  const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');
  const definedNames = input.sheets
    .map((s, i) => (s.print?.titleRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${s.name.replace(/'/g, "''")}'!$${s.print.titleRows[0]}:$${s.print.titleRows[1]}</definedName>` : ''))
    .join('');
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>' +
    input.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`;
  const n = input.sheets.length;
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    input.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    input.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>';
  const created = input.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(input.title)}</dc:title><dc:creator>${esc(input.creator)}</dc:creator><dc:language>vi-VN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>dcs</Application></Properties>';
  return zipFiles([
    { name: '[Content_Types].xml', data: enc(contentTypes) },
    { name: '_rels/.rels', data: enc(rootRels) },
    { name: 'docProps/core.xml', data: enc(core) },
    { name: 'docProps/app.xml', data: enc(app) },
    { name: 'xl/workbook.xml', data: enc(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc(rels) },
    { name: 'xl/styles.xml', data: enc(styles.xml()) },
    ...sheetFiles.map((x, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc(x) })),
    { name: 'xl/sharedStrings.xml', data: enc(strings.xml(counter.uses)) },
  ]);
}
