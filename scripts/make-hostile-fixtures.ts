// Writes the corpus of hostile and broken files under tests/fixtures/hostile/ (committed; rerun
// with `npx tsx scripts/make-hostile-fixtures.ts` after a format change). manifest.json says, for
// each file, which importer it goes to, whether it must be refused or may be taken, and a word the
// Vietnamese message must contain.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { writeWorkbook, type Sheet } from '../electron/core/reports/xlsx/xlsxWriter';
import { zipFiles } from '../electron/core/reports/zip/zipWriter';
import { generateInbox, unitWorkbook } from '../tests/aggregate/inbox';

type Importer = 'activities' | 'units' | 'workbooks';
interface Entry {
  file: string;
  importer: Importer;
  expect: 'reject' | 'accept';
  /** A word the message must contain (the reason), checked besides the file name. */
  says: string;
  what: string;
}

const root = join('tests', 'fixtures', 'hostile');
rmSync(root, { recursive: true, force: true });
for (const d of ['activities', 'units', 'workbooks']) mkdirSync(join(root, d), { recursive: true });
const manifest: Entry[] = [];
const put = (importer: Importer, file: string, bytes: Uint8Array | string, expect: Entry['expect'], says: string, what: string): void => {
  writeFileSync(join(root, importer, file), typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  manifest.push({ file: `${importer}/${file}`, importer, expect, says, what });
};

const HEAD = 'Ngày,Loại hoạt động,Tên hoạt động,Hình thức,Số buổi,Số lượt người,Văn bản căn cứ,Ghi chú';
const row = (date: string, kind: string, title: string, sessions = '1', people = '30') => `${date},${kind},${title},Trực tiếp,${sessions},${people},,`;
const sheet = (rows: Array<Array<string | number | Date | null>>, merges?: string[]): Sheet => ({
  name: 'Hoạt động',
  widths: [12, 20, 40, 12, 8, 10, 20, 20],
  rows: rows.map((r) => ({ cells: r.map((v) => ({ v })) })),
  ...(merges ? { merges } : {}),
});
const book = (s: Sheet): Buffer => writeWorkbook({ sheets: [s], creator: 'test', title: 'test', created: new Date(Date.UTC(2026, 0, 1)) });
const header = HEAD.split(',');
const goodXlsx = book(sheet([header, ['05/03/2026', 'Tuyên truyền, phổ biến', 'Hội nghị tuyên truyền', 'Trực tiếp', 1, 50, '', '']]));

/** An OLE2 compound file header with these stream names in UTF-16, as .xls and encrypted .xlsx are. */
function cfb(names: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let o = 1024;
  for (const n of names) for (let i = 0; i < n.length; i++, o += 2) out[o] = n.charCodeAt(i);
  return out;
}

/** A workbook whose sheet inflates to `mb` megabytes of blanks: small on disk, huge in memory. */
function bomb(mb: number): Buffer {
  return zipFiles([
    { name: '[Content_Types].xml', data: strToU8('<?xml version="1.0"?><Types/>') },
    { name: 'xl/workbook.xml', data: strToU8('<workbook><sheets><sheet name="Hoạt động" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(mb * 1024 * 1024).fill(0x20) },
  ], 9);
}

function millionRows(): Buffer {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= 1_000_000; r++) parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`);
  parts.push('</sheetData></worksheet>');
  const good = goodXlsx;
  const files = unzipSync(good);
  files['xl/worksheets/sheet1.xml'] = strToU8(parts.join(''));
  return zipFiles(Object.entries(files).map(([name, data]) => ({ name, data })), 9);
}

// --- Activities (.csv, .xlsx, .json) ---
put('activities', 'empty.csv', '', 'reject', 'tiêu đề', 'empty CSV');
put('activities', 'empty.xlsx', new Uint8Array(0), 'reject', 'rỗng', 'empty .xlsx');
put('activities', 'truncated.xlsx', goodXlsx.subarray(0, Math.floor(goodXlsx.length * 0.6)), 'reject', 'hỏng', 'truncated download');
put('activities', 'not-a-zip.xlsx', 'Đây là văn bản thường, không phải bảng tính.', 'reject', 'xlsx', 'text renamed .xlsx');
put('activities', 'docx-renamed.xlsx', zipFiles([{ name: '[Content_Types].xml', data: strToU8('<Types/>') }, { name: 'word/document.xml', data: strToU8('<w:document/>') }]), 'reject', 'Word', '.docx renamed .xlsx');
put('activities', 'xls-renamed.xlsx', cfb(['Root Entry', 'Workbook']), 'reject', '97-2003', '.xls renamed .xlsx');
put('activities', 'password.xlsx', cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'reject', 'mật khẩu', 'password-protected workbook');
put('activities', 'zip-bomb.xlsx', bomb(200), 'reject', 'quá lớn', 'zip bomb: 200 MB of blanks in a small file');
put('activities', 'million-rows.xlsx', millionRows(), 'reject', 'quá', 'a sheet with a million rows');
put('activities', 'formulas.xlsx', book(sheet([header, ['05/03/2026', '2', { formula: 'CONCAT("Hội nghị ","tuyên truyền")', result: 'Hội nghị tuyên truyền' } as never, 'Trực tiếp', { formula: '1+1', result: 2 } as never, 40, '', '']])), 'accept', 'Hội nghị', 'formulas with cached values');
put('activities', 'formula-injection.csv', [HEAD, row('05/03/2026', '2', '"=HYPERLINK(""http://x"",""bấm"")"'), row('06/03/2026', '2', '+cmd|\' /C calc\'!A0'), row('07/03/2026', '2', '@SUM(1+1)*cmd')].join('\n'), 'accept', '=HYPERLINK', 'formula-injection strings kept as text');
put('activities', 'dates-as-text.xlsx', book(sheet([header, ['05/03/2026', '2', 'Ngày là chữ', 'Trực tiếp', 1, 10, '', ''], ['2026-03-06', '2', 'Ngày ISO', 'Trực tiếp', 1, 10, '', '']])), 'accept', '', 'dates typed as text');
put('activities', 'dates-serial.xlsx', book(sheet([header, [46086, '2', 'Ngày là số sê-ri', 'Trực tiếp', 1, 10, '', '']])), 'accept', '', 'dates as Excel serial numbers');
put('activities', 'dates-impossible.csv', [HEAD, row('31/02/2026', '2', 'Ngày không có thật'), row('05/13/2026', '2', 'Tháng 13')].join('\n'), 'reject', 'dd/mm/yyyy', 'impossible dates');
put('activities', 'negative-count.csv', [HEAD, row('05/03/2026', '2', 'Số âm', '1', '-5')].join('\n'), 'reject', 'không âm', 'negative count');
put('activities', 'fractional-count.csv', [HEAD, row('05/03/2026', '2', 'Nửa buổi', '"2,5"', '10')].join('\n'), 'reject', 'số nguyên', 'fractional count');
put('activities', 'vn-separators.csv', [HEAD, row('05/03/2026', '2', 'Tuyên truyền lớn', '1', '"1.240"')].join('\n'), 'accept', '', 'Vietnamese thousands separator 1.240');
put('activities', 'en-separators.csv', [HEAD, row('05/03/2026', '2', 'Dấu phẩy kiểu Anh', '1', '"1,240"')].join('\n'), 'reject', 'số nguyên', 'English separator 1,240 (reads as 1,24)');
put('activities', 'nfd.csv', [HEAD, row('05/03/2026', '2', 'Hội nghị tuyên truyền'.normalize('NFD'))].join('\n').normalize('NFD'), 'accept', '', 'NFD diacritics');
put('activities', 'bom.csv', '\uFEFF' + [HEAD, row('05/03/2026', '2', 'Có BOM')].join('\r\n'), 'accept', '', 'UTF-8 with BOM');
put('activities', 'windows-1258.csv', Buffer.from('4e67e0792c4c6f61f26920686f61f27420f0f4f26e672c54ea6e20686f61f27420f0f4f26e670d0a30352f30332f323032362c322c547579ea6e2074727579eacc6e0d0a', 'hex'), 'accept', '', 'Windows-1258 CSV from old Excel');
put('activities', 'not-1258-either.csv', Buffer.from([0x4e, 0x67, 0x81, 0x8d, 0x79, 0x0a]), 'reject', 'UTF-8', 'bytes in no Vietnamese encoding');
put('activities', 'wrong-headers.csv', ['Date,Type,Title', '05/03/2026,2,Wrong header'].join('\n'), 'reject', 'thiếu cột', 'English headers');
put('activities', 'only-header.csv', HEAD, 'reject', 'không có dòng', 'header and no rows');
put('activities', 'merged-cells.xlsx', book(sheet([header, ['05/03/2026', '2', 'Ô gộp', 'Trực tiếp', 1, 10, '', ''], [null, null, 'Dòng dưới ô gộp', null, null, null, '', '']], ['A2:A3', 'B2:B3'])), 'accept', '', 'merged cells read as the value they show');
put('activities', 'huge-title.csv', [HEAD, row('05/03/2026', '2', 'Dài '.repeat(200_000))].join('\n'), 'reject', 'dài quá', 'an 800 KB title');
put('activities', 'json-not-array.json', '{"Ngày":"05/03/2026"}', 'reject', 'danh sách', 'JSON object instead of a list');
put('activities', 'json-broken.json', '[{"Ngày": "05/03/2026", ', 'reject', 'JSON', 'truncated JSON');
put('activities', 'json-deep.json', '['.repeat(100_000) + ']'.repeat(100_000), 'reject', '', 'JSON nested 100,000 deep');
put('activities', 'binary.csv', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256), 'reject', '', 'binary garbage named .csv');
put('activities', '..%2F..%2Fetc%2Fpasswd.csv', [HEAD, row('05/03/2026', '2', 'Tên tệp lạ')].join('\n'), 'accept', '', 'a file name that tries to escape');

/** UTF-16 text as Excel's "Unicode Text" writes it (tab-delimited, CRLF), with or without its byte-order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}
const tsv = (lines: string[]): string => lines.map((l) => l.replace(/,/g, '\t')).join('\r\n');
/** goodXlsx with one stored cell value replaced as raw XML (what another program might write). */
function withRawCell(ref: string, xml: string): Buffer {
  const files = unzipSync(goodXlsx);
  files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']!).replace(new RegExp(`<c r="${ref}"[^>]*>.*?</c>`), xml));
  return zipFiles(Object.entries(files).map(([name, data]) => ({ name, data })), 6);
}
put('activities', 'unicode-text-utf16le.txt', utf16(tsv([HEAD, row('05/03/2026', '2', 'Hội nghị tuyên truyền UTF-16')]), 'le', true), 'accept', '', 'Excel "Unicode Text": UTF-16 LE with BOM, tab-delimited');
put('activities', 'utf16le-no-bom.csv', utf16([HEAD, row('05/03/2026', '2', 'Đối thoại UTF-16 không BOM')].join('\r\n'), 'le', false), 'accept', '', 'UTF-16 LE without a byte-order mark');
put('activities', 'utf16be.csv', utf16([HEAD, row('05/03/2026', '2', 'Tiếp công dân UTF-16 BE')].join('\r\n'), 'be', true), 'accept', '', 'UTF-16 BE with BOM');
put('activities', 'hex-number.xlsx', withRawCell('F2', '<c r="F2"><v>0x10</v></c>'), 'reject', '0x10', 'a count stored as 0x10 (read as 0 by spreadsheet libraries)');
put('activities', 'binary-number.xlsx', withRawCell('E2', '<c r="E2"><v>0b11</v></c>'), 'reject', 'E2', 'a count stored as 0b11');
put('activities', 'macros.xlsx', zipFiles([...Object.entries(unzipSync(goodXlsx)).map(([name, data]) => ({ name, data })), { name: 'xl/vbaProject.bin', data: strToU8('Attribute VB_Name = "Module1"') }], 6), 'reject', 'macro', 'a workbook carrying VBA macros, renamed .xlsx');
put('activities', 'date-2099.csv', [HEAD, row('05/03/2099', '2', 'Năm gõ nhầm')].join('\n'), 'reject', 'năm', 'a date in 2099');
put('activities', 'date-9999.xlsx', book(sheet([header, ['31/12/9999', '2', 'Năm 9999', 'Trực tiếp', 1, 10, '', '']])), 'reject', 'năm', 'a date in 9999');

// --- Expected units (.csv, .xlsx) ---
const UH = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp trên';
put('units', 'units-empty.csv', '', 'reject', '', 'empty list');
put('units', 'units-wrong-headers.csv', 'Code,Name\nBL-01,Xã', 'reject', 'Mã đơn vị', 'wrong headers');
put('units', 'units-bad-kind.csv', `${UH}\nBL-01,Trường Mầm non,trường học,`, 'reject', 'Loại đơn vị', 'unknown kind of unit');
put('units', 'units-duplicate.csv', `${UH}\nBL-01,Trường Mầm non,su_nghiep,\nBL-01,Trường Tiểu học,su_nghiep,`, 'reject', 'BL-01', 'a code listed twice');
put('units', 'units-zip-bomb.xlsx', bomb(200), 'reject', '', 'zip bomb');
put('units', 'units-password.xlsx', cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'reject', 'mật khẩu', 'password-protected list');
put('units', 'units-nfd.csv', `${UH}\nBL-01,${'Trường Mầm non Bình Lư'.normalize('NFD')},${'Đơn vị sự nghiệp công lập'.normalize('NFD')},`, 'accept', '', 'NFD names and kinds');
put('units', 'units-windows-1258.csv', Buffer.from('4d61de20f0f56e207669f22c54ea6e20f0f56e207669f22c4c6f61f26920f0f56e207669f22c43e2ec70207472ea6e0d0a424c2d30312c5472fdf5cc6e67204de2cc6d206e6f6e204269cc6e68204cfd2cd0f56e207669f22073fdf2206e676869eaf2702063f46e67206ce2f2702c0d0a', 'hex'), 'accept', '', 'a units list saved by old Excel in Windows-1258');
put('units', 'units-utf16.txt', utf16(tsv([UH, 'BL-01,Trường Mầm non Bình Lư,su_nghiep,Ủy ban nhân dân xã Bình Lư']), 'le', true), 'accept', '', 'a units list as Excel "Unicode Text" (UTF-16, tabs)');
put('units', 'units-formula.csv', `${UH}\nBL-01,"=HYPERLINK(""http://x"")",su_nghiep,`, 'accept', '', 'a name that looks like a formula');

// --- Received exchange workbooks: the broken kinds of the aggregator's test inbox ---
const tmp = join(tmpdir(), `dcs-hostile-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
const inbox = await generateInbox(tmp, 12);
// "32-removed-unit" depends on the test inbox taking a unit off its list; here the list is whole.
for (const f of inbox.files.filter((x) => x.outcome === 'rejected' && /^\d\d-/.test(x.path.split(/[\\/]/).pop()!) && !/^32-/.test(x.path.split(/[\\/]/).pop()!))) {
  const name = f.path.split(/[\\/]/).pop()!;
  copyFileSync(f.path, join(root, 'workbooks', name));
  manifest.push({ file: `workbooks/${name}`, importer: 'workbooks', expect: 'reject', says: f.why ?? '', what: f.label ?? name });
}
rmSync(tmp, { recursive: true, force: true });

// --- Received workbooks and unit lists crafted against the reader itself (issue 12): each must be
// refused quickly, in time proportional to its size, with a sentence naming the file and the fault.
const sender = inbox.units[0]!;
const realWorkbook = unzipSync(await unitWorkbook(sender, sender.values));
/** The sender's real workbook with its figures sheet (sheet1) or shared strings edited. */
function edited(edit: (parts: Record<string, Uint8Array>, sheet: string) => void): Buffer {
  const files = { ...realWorkbook };
  edit(files, Buffer.from(files['xl/worksheets/sheet1.xml']!).toString('utf8'));
  return zipFiles(Object.entries(files).map(([name, data]) => ({ name, data })), 9);
}
const beforeSheetEnd = (sheet: string, extra: string): Uint8Array => strToU8(sheet.replace('</sheetData>', `${extra}</sheetData>`));
put('workbooks', 'h-repeated-row.xlsx', edited((f, sh) => (f['xl/worksheets/sheet1.xml'] = beforeSheetEnd(sh, '<row r="7"><c r="G7"><v>1</v></c></row>'.repeat(150_000)))), 'reject', 'quá nhiều dữ liệu', '150,000 repeats of <row r="7"> (was quadratic)');
put('workbooks', 'h-unclosed-rows.xlsx', edited((f, sh) => (f['xl/worksheets/sheet1.xml'] = beforeSheetEnd(sh, '<row r="7"><c r="G7"><v>1</v>'.repeat(150_000)))), 'reject', 'bị hỏng', '150,000 <row> elements never closed');
put('workbooks', 'h-far-column.xlsx', edited((f, sh) => (f['xl/worksheets/sheet1.xml'] = beforeSheetEnd(sh, '<row r="90"><c r="ZZZZZZZZZZZZZZZZZZZZ90"><v>1</v></c></row>'))), 'reject', 'XFD', 'a cell reference far past column XFD');
put('workbooks', 'h-far-row.xlsx', edited((f, sh) => (f['xl/worksheets/sheet1.xml'] = beforeSheetEnd(sh, '<row r="99999999"><c r="A99999999"><v>1</v></c></row>'))), 'reject', '1.048.576', 'a row number past Excel\'s last row');
put('workbooks', 'h-wide-row.xlsx', edited((f, sh) => (f['xl/worksheets/sheet1.xml'] = beforeSheetEnd(sh, `<row r="90">${'<c><v>1</v></c>'.repeat(200_000)}</row>`))), 'reject', 'XFD', 'one row of 200,000 cells');
put('workbooks', 'h-shared-strings-6m.xlsx', edited((f) => (f['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si/>'.repeat(6_800_000)}</sst>`))), 'reject', 'lớn bất thường', '6.8 million shared strings (34 MB inflated)');
put('workbooks', 'h-shared-strings-400k.xlsx', edited((f) => (f['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>a</t></si>'.repeat(400_000)}</sst>`))), 'reject', 'chuỗi dùng chung', '400,000 shared strings within the size cap');
put('workbooks', 'h-shared-strings-declared.xlsx', edited((f) => {
  const sst = Buffer.from(f['xl/sharedStrings.xml']!).toString('utf8');
  f['xl/sharedStrings.xml'] = strToU8(sst.replace(/uniqueCount="\d+"/, 'uniqueCount="6800000"'));
}), 'reject', 'chuỗi dùng chung', 'shared strings that declare 6.8 million items');
put('workbooks', 'h-unclosed-tags.xlsx', edited((f, sh) => (f['xl/worksheets/sheet1.xml'] = beforeSheetEnd(sh, '<row r="90"><c r="A90" t="inlineStr"><is><t>'.repeat(60_000)))), 'reject', 'bị hỏng', '60,000 unclosed <row><c><is><t> (regex backtracking bait)');
const unitList = (sheetXml: string): Buffer => {
  const files = unzipSync(goodXlsx);
  files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml);
  return zipFiles(Object.entries(files).map(([name, data]) => ({ name, data })), 9);
};
const listSheet = (rows: string): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Tên đơn vị</t></is></c><c r="C1" t="inlineStr"><is><t>Loại đơn vị</t></is></c></row>${rows}</sheetData></worksheet>`;
put('units', 'units-far-column.xlsx', unitList(listSheet('<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>')), 'reject', 'XFD', 'a cell one column past XFD');
put('units', 'units-wide-row.xlsx', unitList(listSheet(`<row r="2">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(200_000)}</row>`)), 'reject', 'XFD', 'one row of 200,000 cells (was "Maximum call stack size exceeded")');
put('units', 'units-repeated-row.xlsx', unitList(listSheet('<row r="2"><c r="A2" t="inlineStr"><is><t>BL-01</t></is></c></row>'.repeat(150_000))), 'reject', 'quá nhiều dữ liệu', '150,000 repeats of one row');

// --- A clerk's list of activities (.xlsx) crafted against the sheet reader (issue 12): read off the
// main process by the same budgeted reader as received workbooks, each refused quickly, in time
// proportional to its size, with a sentence naming the file, the sheet and the fault.
/** goodXlsx with raw XML put before the end of its sheet's data (or after it, for merged ranges). */
function clerkList(extra: string, after = ''): Buffer {
  const files = unzipSync(goodXlsx);
  const sh = strFromU8(files['xl/worksheets/sheet1.xml']!);
  files['xl/worksheets/sheet1.xml'] = strToU8(sh.replace('</sheetData>', `${extra}</sheetData>${after}`));
  return zipFiles(Object.entries(files).map(([name, data]) => ({ name, data })), 9);
}
const withStrings = (sst: string): Buffer => {
  const files = unzipSync(goodXlsx);
  files['xl/sharedStrings.xml'] = strToU8(sst);
  return zipFiles(Object.entries(files).map(([name, data]) => ({ name, data })), 9);
};
const SST = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
put('activities', 'h-repeated-row.xlsx', clerkList('<row r="7"><c r="A7"><v>1</v></c></row>'.repeat(150_000)), 'reject', 'quá nhiều dữ liệu', '150,000 repeats of <row r="7">');
put('activities', 'h-unclosed-rows.xlsx', clerkList('<row r="7"><c r="G7"><v>1</v>'.repeat(150_000)), 'reject', 'bị hỏng', '150,000 <row> elements never closed');
put('activities', 'h-far-column.xlsx', clerkList('<row r="9"><c r="ZZZZZZZZZZZZZZZZZZZZ9"><v>1</v></c></row>'), 'reject', 'XFD', 'a cell reference far past column XFD');
put('activities', 'h-far-row.xlsx', clerkList('<row r="99999999"><c r="A99999999"><v>1</v></c></row>'), 'reject', '1.048.576', 'a row number past Excel\'s last row');
put('activities', 'h-wide-row.xlsx', clerkList(`<row r="9">${'<c><v>1</v></c>'.repeat(200_000)}</row>`), 'reject', 'XFD', 'one row of 200,000 cells');
put('activities', 'h-unclosed-tags.xlsx', clerkList('<row r="9"><c r="A9" t="inlineStr"><is><t>'.repeat(60_000)), 'reject', 'bị hỏng', '60,000 unclosed <row><c><is><t>');
put('activities', 'h-shared-strings-6m.xlsx', withStrings(`<sst ${SST}>${'<si/>'.repeat(6_800_000)}</sst>`), 'reject', 'chuỗi dùng chung', '6.8 million shared strings');
put('activities', 'h-shared-strings-declared.xlsx', withStrings(`<sst ${SST} count="6800000" uniqueCount="6800000"><si><t>Ngày</t></si></sst>`), 'reject', 'chuỗi dùng chung', 'shared strings that declare 6.8 million items');
{
  // 20,000 rows of activities and 200 ranges merged over all of them: 120 million cells to fill.
  const rows: string[] = [];
  for (let r = 3; r <= 20_002; r++) rows.push(`<row r="${r}"><c r="C${r}" t="inlineStr"><is><t>Hội nghị ${r}</t></is></c></row>`);
  const merges = Array.from({ length: 200 }, () => '<mergeCell ref="A2:AD20002"/>').join('');
  put('activities', 'h-merged-ranges.xlsx', clerkList(rows.join(''), `<mergeCells count="200">${merges}</mergeCells>`), 'reject', 'ô gộp', '200 merged ranges over 20,000 rows and 30 columns');
}
put('activities', 'h-json-many-fields.json', JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ [`Trường ${i}`]: i, Ngày: '05/03/2026' }))), 'reject', 'tên trường', 'a JSON list naming 5,000 different fields (a table of 25 million cells)');
writeFileSync(join(root, 'manifest.json'), JSON.stringify({ units: inbox.units.map(({ code, name, kind, parent }) => ({ code, name, kind, parent })), files: manifest }, null, 1));
console.log(`${manifest.length} files in ${root}: ${readdirSync(join(root, 'activities')).length} activities, ${readdirSync(join(root, 'units')).length} units, ${readdirSync(join(root, 'workbooks')).length} workbooks`);
