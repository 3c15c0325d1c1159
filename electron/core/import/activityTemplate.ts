// The blank list a clerk fills in Excel and imports: the importer's own column headers, with a
// second sheet naming the 14 kinds as the importer reads them (number, label, short names).
import { ACTIVITY_FORM_LABEL, ACTIVITY_FORMS, ACTIVITY_KIND_ALIASES, ACTIVITY_KIND_INFO, ACTIVITY_KINDS } from '../../../shared/domain/activities';
import { writeWorkbook, type Cell } from '../reports/xlsx/xlsxWriter';

/** The header row, in the order the template writes it (the importer accepts any order). */
export const TEMPLATE_HEADERS = ['Ngày', 'Loại hoạt động', 'Tên hoạt động', 'Hình thức', 'Số buổi', 'Số lượt người', 'Văn bản căn cứ', 'Ghi chú'] as const;

export const TEMPLATE_FILE_NAME = 'mau-nhap-hoat-dong';

export function activityTemplate(format: 'xlsx' | 'csv', created: Date): { fileName: string; bytes: Uint8Array } {
  if (format === 'csv') {
    // Vietnamese Windows lists with ";" (the decimal mark is ","); the BOM tells Excel it is UTF-8.
    const text = '\uFEFF' + TEMPLATE_HEADERS.join(';') + '\r\n';
    return { fileName: `${TEMPLATE_FILE_NAME}.csv`, bytes: new TextEncoder().encode(text) };
  }
  const head = (v: string): Cell => ({ v, style: { bold: true, fill: 'FFE8EEF7', border: true, wrap: true, v: 'center' } });
  const guide: Array<{ cells: Cell[] }> = [
    { cells: [head('Số'), head('Loại hoạt động (ghi số, tên loại hoặc tên ngắn)'), head('Tên ngắn cũng được nhận')] },
    ...ACTIVITY_KINDS.map((k) => ({
      cells: [{ v: ACTIVITY_KIND_INFO[k].no }, { v: ACTIVITY_KIND_INFO[k].label, style: { wrap: true } }, { v: ACTIVITY_KIND_ALIASES[k].slice(0, 4).join('; '), style: { wrap: true } }],
    })),
    { cells: [] },
    { cells: [{ v: 'Ngày ghi dd/mm/yyyy (05/03/2026; 5/3/26 cũng được). Hình thức: ' + ACTIVITY_FORMS.map((f) => ACTIVITY_FORM_LABEL[f]).join(', ') + ' (để trống là Trực tiếp).' }] },
    { cells: [{ v: 'Số buổi để trống là 1; Số lượt người để trống nếu không tính. Một dòng là một hoạt động; dòng tiêu đề giữ nguyên.' }] },
  ];
  const bytes = writeWorkbook({
    creator: 'dcs',
    title: 'Mẫu nhập hoạt động',
    created,
    sheets: [
      { name: 'Hoạt động', widths: [12, 30, 60, 14, 9, 13, 30, 30], frozenRows: 1, rows: [{ cells: TEMPLATE_HEADERS.map(head) }] },
      { name: 'Hướng dẫn', widths: [6, 60, 60], rows: guide },
    ],
  });
  return { fileName: `${TEMPLATE_FILE_NAME}.xlsx`, bytes: new Uint8Array(bytes) };
}
