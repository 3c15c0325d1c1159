// Renders a report model to a .docx in the NĐ 30/2020 layout. Pure apart from the creation time
// docx stamps in the core properties: nothing is read from or written to disk.
import { Document, Packer, type ISectionOptions } from 'docx';
import type { ReportDocument } from '../../../../shared/report/document';
import { renderAppendixSection } from './appendix';
import { renderBlocks, spacerParagraph } from './body';
import { renderHeaderBlock } from './header';
import { renderSignature } from './signature';
import { documentStyles, pageNumberHeaders, sectionPage, TEXT_WIDTH } from './styles';

/**
 * Every string of the model in NFC. Text pasted from older Vietnamese software or macOS is often
 * decomposed (NFD); Word prints it, but search, sorting and some fonts treat it as other text.
 */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeText(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = normalizeText(v);
    return out as T;
  }
  return value;
}

export function buildReportDocument(input: ReportDocument): Document {
  const doc = normalizeText(input);

  const main: ISectionOptions = {
    properties: sectionPage({ landscape: false, restartNumbering: false }),
    headers: pageNumberHeaders(),
    children: [
      ...renderHeaderBlock(doc),
      ...renderBlocks(doc.body, TEXT_WIDTH, true),
      spacerParagraph(120, true),
      renderSignature(doc),
    ],
  };

  const docTitle = [doc.docType, doc.title].map((s) => s.trim()).filter(Boolean).join(' ');
  return new Document({
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    title: docTitle,
    subject: doc.meta.subject,
    description: doc.meta.description,
    styles: documentStyles,
    // Page numbers are PAGE fields, which Word and LibreOffice compute when they lay out the
    // pages; asking Word to update fields on open would only add a prompt.
    features: { updateFields: false },
    sections: [main, ...doc.appendices.map(renderAppendixSection)],
  });
}

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(doc));
}
