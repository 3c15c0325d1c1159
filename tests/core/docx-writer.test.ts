import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../electron/core/reports/docx';
import { breakLines } from '../../electron/core/reports/docx/header';
import { HEADER_TABLE, SIZE, TEXT_WIDTH, textWidth } from '../../electron/core/reports/docx/styles';
import type { ReportDocument, Table } from '../../shared/report/document';

const chiTieu: Table = {
  columns: [
    { title: 'STT', width: 1, align: 'center' },
    { title: 'Chỉ tiêu', width: 6 },
    { title: 'Kế hoạch', width: 2, align: 'center' },
    { title: 'Kết quả', width: 2, align: 'center' },
    { title: 'Đánh giá', width: 2, align: 'center' },
  ],
  rows: [
    ['1', 'Tỷ lệ kiến nghị, phản ánh được giải quyết đúng hạn', '> 95%', '96,4%', 'Đạt'],
    ['2', 'Mức độ hài lòng của người dân', '≥ 90%', '87,5%', { runs: [{ text: 'Không đạt', bold: true }] }],
  ],
};

const longParagraph =
  'Công tác tuyên truyền được quan tâm thực hiện: đã tổ chức 12 hội nghị quán triệt, tuyên truyền với ' +
  '1.240 lượt người tham gia (tăng 3 hội nghị so với cùng kỳ năm 2025); lồng ghép nội dung tuyên truyền ' +
  'trong 18 buổi sinh hoạt chi bộ, họp thôn; phát 46 tin, bài trên hệ thống loa truyền thanh. Tổ chức 2 lớp ' +
  'tập huấn nghiệp vụ cho 85 lượt thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.';

function fixture(): ReportDocument {
  const filler = Array.from({ length: 6 }, (_, i) => ({
    type: 'para' as const,
    runs: [
      {
        text:
          `Thôn ${i + 1} đã tổ chức họp bàn và quyết định các nội dung về đóng góp xây dựng công trình công cộng, ` +
          'quy ước, hương ước của cộng đồng dân cư; kết quả biểu quyết được lập thành biên bản, niêm yết công khai ' +
          'tại nhà văn hóa thôn và báo cáo Ủy ban nhân dân xã theo quy định.',
      },
    ],
  }));
  return {
    header: {
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      unitName: 'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ',
      numberLine: 'Số:      /BC-UBND',
      placeDate: 'Bình Lư, ngày 05 tháng 5 năm 2026',
    },
    docType: 'BÁO CÁO',
    title: 'Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026',
    kinhGui: ['Sở Nội vụ tỉnh Lai Châu', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã'],
    body: [
      {
        type: 'para',
        runs: [
          {
            text:
              'Thực hiện Kế hoạch số 12/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã Bình Lư về thực hiện dân chủ ở ' +
              'cơ sở năm 2026; Ủy ban nhân dân xã báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:',
          },
        ],
      },
      { type: 'heading', level: 1, text: 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN' },
      {
        type: 'para',
        runs: [
          { text: 'Trong kỳ, Ủy ban nhân dân xã đã ban hành ' },
          { text: '3', bold: true, ref: { figure: 'docs' } },
          { text: ' văn bản chỉ đạo, triển khai thực hiện dân chủ ở cơ sở.' },
        ],
      },
      { type: 'para', runs: [{ text: longParagraph }], draft: true },
      { type: 'heading', level: 1, text: 'II. KẾT QUẢ THỰC HIỆN' },
      { type: 'heading', level: 2, text: '1. Công khai thông tin' },
      {
        type: 'para',
        runs: [
          {
            text:
              'Ủy ban nhân dân xã đã công khai 14/15 nội dung phải công khai theo quy định (93,3%), bằng hình thức ' +
              'niêm yết tại trụ sở, đăng trên trang thông tin điện tử và thông báo trên hệ thống truyền thanh.',
          },
        ],
      },
      { type: 'heading', level: 2, text: '2. Nhân dân bàn và quyết định' },
      { type: 'heading', level: 3, text: 'a) Nội dung Nhân dân bàn và quyết định trực tiếp' },
      ...filler,
      { type: 'heading', level: 2, text: '3. Kết quả thực hiện các chỉ tiêu (Phụ lục II)' },
      { type: 'table', table: chiTieu },
      { type: 'heading', level: 1, text: 'III. ĐÁNH GIÁ CHUNG' },
      {
        type: 'para',
        runs: [
          { text: 'Hạn chế: ', italic: true },
          { text: 'mức độ hài lòng của người dân đạt 87,5%, chưa đạt chỉ tiêu 90%.' },
        ],
      },
      {
        type: 'para',
        runs: [
          {
            text:
              'Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2026 của Ủy ban nhân dân xã Bình Lư./.',
          },
        ],
      },
    ],
    noiNhan: ['- Như trên;', '- Thường trực Đảng ủy xã;', '- Chủ tịch, các Phó Chủ tịch UBND xã;', '- Lưu: VT, VP.'],
    signer: { titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Lò Văn Minh' },
    appendices: [
      {
        number: 'I',
        title: 'Kết quả thực hiện công khai thông tin',
        reference: '(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm 2026 của Ủy ban nhân dân xã Bình Lư)',
        landscape: false,
        table: {
          columns: [
            { title: 'STT', width: 1, align: 'center' },
            { title: 'Nội dung công khai', width: 8 },
            { title: 'Hình thức', width: 4 },
            { title: 'Kết quả', width: 2, align: 'center' },
          ],
          rows: [
            ['A', 'Nội dung phải công khai', '', ''],
            ['1', 'Kế hoạch phát triển kinh tế - xã hội năm 2026', 'Niêm yết, truyền thanh', 'Đã'],
            ['2', 'Dự toán ngân sách xã năm 2026', 'Niêm yết', 'Đã'],
          ],
          groupRows: [0],
        },
      },
      {
        number: 'II',
        title: 'Biểu chỉ tiêu thực hiện dân chủ ở cơ sở',
        reference: '(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm 2026 của Ủy ban nhân dân xã Bình Lư)',
        landscape: true,
        intro: [{ type: 'para', runs: [{ text: 'Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026.', italic: true }] }],
        table: {
          columns: [
            { title: 'STT', width: 1, align: 'center' },
            { title: 'Chỉ tiêu', width: 6 },
            { title: 'Đơn vị tính', width: 2, align: 'center' },
            { title: 'Kế hoạch', width: 2, align: 'right' },
            { title: 'Kết quả', width: 2, align: 'right' },
            { title: 'Cùng kỳ 2025', width: 2, align: 'right' },
            { title: 'Đánh giá', width: 2, align: 'center' },
          ],
          rows: Array.from({ length: 30 }, (_, i) => [
            String(i + 1),
            `Chỉ tiêu số ${i + 1} về thực hiện dân chủ ở cơ sở`,
            'lượt người',
            '1.200',
            '1.240',
            '1.105',
            'Đạt',
          ]),
        },
      },
    ],
    meta: {
      author: 'Ủy ban nhân dân xã Bình Lư',
      subject: 'Báo cáo kết quả thực hiện dân chủ ở cơ sở',
      description: '6 tháng đầu năm 2026',
    },
  };
}

interface Parts {
  document: string;
  styles: string;
  headers: Record<string, string>;
  core: string;
}

function unpack(buf: Buffer): Parts {
  const files = unzipSync(new Uint8Array(buf));
  const text = (name: string): string => {
    const f = files[name];
    if (!f) throw new Error(`missing part ${name}`);
    return strFromU8(f);
  };
  const headers: Record<string, string> = {};
  for (const name of Object.keys(files)) if (/^word\/header\d+\.xml$/.test(name)) headers[name] = text(name);
  return { document: text('word/document.xml'), styles: text('word/styles.xml'), headers, core: text('docProps/core.xml') };
}

/** The w:sectPr elements in document order; the last one is the body's final section. */
function sections(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

/** The `w:tbl` elements at top level, in order (nested tables are not used by the writer). */
function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** The run (w:r) that contains `text`. */
function runWith(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  expect(at, `text "${text}" not found`).toBeGreaterThan(-1);
  const start = xml.lastIndexOf('<w:r>', at);
  const start2 = xml.lastIndexOf('<w:r ', at);
  return xml.slice(Math.max(start, start2), xml.indexOf('</w:r>', at));
}

/** 05:30 on 5 May 2026 in Viet Nam, still the 4th in UTC. */
const MADE_AT = new Date('2026-05-04T22:30:00Z');

describe('renderReportDocx', () => {
  let parts: Parts;
  let buf: Buffer;

  beforeAll(async () => {
    buf = await renderReportDocx(fixture(), MADE_AT);
    parts = unpack(buf);
    // Lets scripts/render-check.mjs look at the same document the assertions read.
    const out = process.env.DOCX_CHECK_OUT;
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'fixture-report.docx'), buf);
    }
  });

  it('writes a zip with a document part', () => {
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(parts.document).toContain('<w:body>');
  });

  it('sets A4 portrait and the NĐ 30 margins on the main section', () => {
    const main = sections(parts.document)[0]!;
    expect(main).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(main).toMatch(/w:top="1134"/);
    expect(main).toMatch(/w:bottom="1134"/);
    expect(main).toMatch(/w:left="1701"/);
    expect(main).toMatch(/w:right="851"/);
    expect(main).toContain('<w:titlePg/>');
  });

  it('uses Times New Roman, 14 pt, Vietnamese in the styles', () => {
    expect(parts.styles).toMatch(/<w:rFonts[^>]*w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(parts.styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/);
    expect(parts.styles).toMatch(/<w:lang w:val="vi-VN"/);
  });

  it('gives body paragraphs justified alignment, a 1 cm first-line indent and 6 pt after', () => {
    const body = parts.styles.match(/<w:style w:type="paragraph" w:styleId="Body">[\s\S]*?<\/w:style>/)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/w:firstLine="567"/);
    expect(body).toMatch(/w:after="120"/);
    const line = Number(body.match(/w:line="(\d+)"/)?.[1]);
    expect(line).toBeGreaterThan(240);
    expect(line).toBeLessThan(360);
    expect(body).toMatch(/<w:sz w:val="28"\/>/);
    expect(parts.document).toContain('<w:pStyle w:val="Body"/>');
  });

  it('puts a PAGE field in a header and none on page 1', () => {
    const withPage = Object.values(parts.headers).filter((h) => /PAGE/.test(h));
    expect(withPage.length).toBeGreaterThan(0);
    expect(withPage[0]).toContain('<w:jc w:val="center"/>');
    expect(withPage[0]).toMatch(/<w:sz w:val="2[68]"\/>/);
    // The first-page header is referenced and holds no field.
    const main = sections(parts.document)[0]!;
    expect(main).toMatch(/<w:headerReference w:type="first"/);
    const empty = Object.values(parts.headers).filter((h) => !/PAGE/.test(h));
    expect(empty.length).toBeGreaterThan(0);
  });

  it('lays out the header table with fixed widths, the unit name and the Quốc hiệu', () => {
    const header = tables(parts.document)[0]!;
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    expect(header).toMatch(/<w:gridCol w:w="3515"\/>\s*<w:gridCol w:w="5839"\/>/);
    expect(HEADER_TABLE.left + HEADER_TABLE.right).toBe(TEXT_WIDTH);
    const firstRow = header.match(/<w:tr>[\s\S]*?<\/w:tr>/)?.[0] ?? '';
    const cells = firstRow.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatch(/<w:tcW w:type="dxa" w:w="3515"\/>|<w:tcW w:w="3515" w:type="dxa"\/>/);
    expect(cells[0]).toContain('ỦY BAN NHÂN DÂN');
    expect(cells[0]).toContain('XÃ BÌNH LƯ');
    expect(cells[1]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(cells[1]).toContain('Độc lập - Tự do - Hạnh phúc');
    // Quốc hiệu is one run on one line, 12 pt bold.
    const qh = runWith(cells[1]!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(qh).toContain('<w:b/>');
    expect(qh).toContain('<w:sz w:val="24"/>');
    expect(qh).not.toContain('<w:br/>');
    // Số and the date share the second row.
    const rows = header.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows[1]).toContain('/BC-UBND');
    expect(rows[1]).toContain('Bình Lư, ngày 05 tháng 5 năm 2026');
    // Rules are bottom borders of indented paragraphs.
    expect(header.match(/<w:pBdr>\s*<w:bottom w:val="single"/g)?.length).toBe(2);
  });

  it('breaks a commune name before the locality, not mid-phrase', () => {
    expect(breakLines('ỦY BAN NHÂN DÂN XÃ BÌNH LƯ', SIZE.unitName, { bold: true }, HEADER_TABLE.left)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ BÌNH LƯ',
    ]);
    expect(breakLines('SỞ NỘI VỤ', SIZE.unitName, { bold: true }, HEADER_TABLE.left)).toEqual(['SỞ NỘI VỤ']);
  });

  it('renders Kính gửi with aligned recipient lines', () => {
    expect(parts.document).toContain('>Kính gửi:</w:t>');
    expect(parts.document).toContain('>- Sở Nội vụ tỉnh Lai Châu;</w:t>');
    expect(parts.document).toContain('>- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã.</w:t>');
  });

  it('formats Nơi nhận and the signer', () => {
    const noiNhan = runWith(parts.document, 'Nơi nhận:');
    expect(noiNhan).toContain('<w:b/>');
    expect(noiNhan).toContain('<w:i/>');
    expect(noiNhan).toContain('<w:sz w:val="24"/>');
    for (const line of ['- Như trên;', '- Lưu: VT, VP.']) expect(runWith(parts.document, line)).toContain('<w:sz w:val="22"/>');
    const title = runWith(parts.document, 'TM. ỦY BAN NHÂN DÂN');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(runWith(parts.document, 'Lò Văn Minh')).toContain('<w:b/>');
  });

  it('writes the appendices as sections with their own numbering, the second landscape', () => {
    const all = sections(parts.document);
    expect(all).toHaveLength(3);
    const [, first, second] = all;
    expect(first).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(first).not.toContain('w:orient="landscape"');
    expect(second).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(second).toMatch(/<w:pgNumType w:start="1"\/>/);
    expect(second).toContain('<w:titlePg/>');
    expect(second).toMatch(/w:left="1701"/);
    expect(parts.document).toContain('>Phụ lục II</w:t>');
    expect(parts.document).toContain('>BIỂU CHỈ TIÊU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ</w:t>');
  });

  it('repeats table header rows and keeps rows whole', () => {
    const data = tables(parts.document).slice(1).filter((t) => t.includes('STT'));
    expect(data.length).toBe(3);
    for (const t of data) {
      expect(t).toContain('<w:tblHeader/>');
      expect(t).toContain('<w:cantSplit/>');
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
    }
    // Group row merged across all four columns.
    expect(data[1]).toContain('<w:gridSpan w:val="4"/>');
    // The landscape table fills the landscape text width.
    const grid = [...data[2]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 851);
  });

  it('keeps numbers and Vietnamese text intact, in NFC', () => {
    expect(parts.document).toContain('1.240 lượt người');
    expect(parts.document).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(parts.document).toBe(parts.document.normalize('NFC'));
    expect(parts.core).toContain('Ủy ban nhân dân xã Bình Lư');
  });

  it('says it was made at the instant the caller gives (the app clock), not the machine time', () => {
    expect(parts.core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-04T22:30:00Z</dcterms:created>');
    expect(parts.core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-04T22:30:00Z</dcterms:modified>');
  });

  it('normalises decomposed input to NFC', async () => {
    const doc = fixture();
    doc.body = [{ type: 'para', runs: [{ text: 'Nhân dân bàn và quyết định'.normalize('NFD') }] }];
    const xml = unpack(await renderReportDocx(doc, MADE_AT)).document;
    expect(xml).toContain('Nhân dân bàn và quyết định');
    expect(xml).not.toContain('Nhân dân bàn và quyết định'.normalize('NFD'));
  });

  it('keeps the header columns fixed for a very long unit name', async () => {
    const doc = fixture();
    doc.header.parentBody = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI';
    doc.header.unitName = 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG VÀ CHUYỂN ĐỔI SỐ TỈNH LÀO CAI';
    const header = tables(unpack(await renderReportDocx(doc, MADE_AT)).document)[0]!;
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    expect(header).toMatch(/<w:gridCol w:w="3515"\/>\s*<w:gridCol w:w="5839"\/>/);
    const firstRow = header.match(/<w:tr>[\s\S]*?<\/w:tr>/)?.[0] ?? '';
    const cells = firstRow.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells[1]).toMatch(/w:w="5839"/);
    // The name is split onto lines inside the left cell, never into the right one.
    expect(cells[0]).toContain('TỈNH LÀO CAI');
    expect(cells[1]).not.toContain('TRUNG TÂM');
    const lines = breakLines(doc.header.unitName, SIZE.unitName, { bold: true }, HEADER_TABLE.left);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe('TỈNH LÀO CAI');
    for (const l of lines) expect(textWidth(l, SIZE.unitName, { bold: true })).toBeLessThan(HEADER_TABLE.left);
    expect(lines.join(' ')).toBe(doc.header.unitName);
  });
});
