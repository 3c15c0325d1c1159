// The workbook part of an .xlsx: its sheets, by name, with the path of each sheet's part and its
// visibility, read from xl/workbook.xml and its relationships.
import { forEachTag, parseAttrs } from './xmlScan';
import { ReadError, type ZipReader } from './xlsxZip';

export interface SheetRef {
  name: string;
  path: string;
  state: string;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Where a workbook's parts come from: the zip itself, or parts an earlier check already inflated. */
export type PartSource = Pick<ZipReader, 'has' | 'text' | 'part'>;

export function listSheets(zip: PartSource, file: string): SheetRef[] {
  const wbXml = zip.text('xl/workbook.xml', 'workbook');
  if (wbXml === null) {
    if (zip.has('word/document.xml')) throw new ReadError(`Tệp ${file} là văn bản Word (.docx) bị đặt tên .xlsx. Văn bản báo cáo được nhận kèm theo; hãy đổi lại đuôi .docx và nhập cùng tệp .xlsx của đơn vị.`);
    if (zip.has('ppt/presentation.xml')) throw new ReadError(`Tệp ${file} là tệp PowerPoint bị đặt tên .xlsx, không phải biểu số liệu.`);
    if (zip.has('content.xml') || zip.has('mimetype')) throw new ReadError(`Tệp ${file} là tệp OpenDocument (.ods/.odt), không phải .xlsx. Hãy mở bằng LibreOffice/Excel và lưu lại dạng "Excel 2007-365 (.xlsx)".`);
    throw new ReadError(`Tệp ${file} là tệp nén nhưng không phải sổ tính Excel (.xlsx). Hãy nhập tệp .xlsx do ứng dụng xuất ra.`);
  }
  const relsXml = zip.text('xl/_rels/workbook.xml.rels', 'workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  forEachTag(relsXml, 'Relationship', (s) => {
    const a = parseAttrs(s);
    if (a.Id && a.Target) targets.set(a.Id, resolveTarget(a.Target));
  });
  const sheets: SheetRef[] = [];
  forEachTag(wbXml, 'sheet', (s) => {
    const a = parseAttrs(s);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (a.name && path && sheets.length < 1000) sheets.push({ name: a.name.normalize('NFC'), path, state: a.state ?? 'visible' });
  });
  return sheets;
}

