// The two heavy libraries (docx, exceljs: about half a second to load) are loaded the first time a
// command needs them, so that `dcs help`, `dcs activity list` and the app's start do not pay for them.
import type ExcelJSModule from 'exceljs';
import type { ReportDocument } from '../../../shared/report/document';

export type ExcelJS = typeof ExcelJSModule;

export async function loadExcel(): Promise<ExcelJS> {
  const m = (await import('exceljs')) as unknown as { default?: ExcelJS } & ExcelJS;
  return m.default ?? m;
}

export async function renderReportDocx(doc: ReportDocument, createdAt: Date, onStage?: (stage: import('./docx').DocxStage) => Promise<void>): Promise<Buffer> {
  return (await import('./docx')).renderReportDocx(doc, createdAt, onStage);
}
