// Renders a report model to a .docx in the NĐ 30/2020 layout. Pure: nothing is read from or
// written to disk, and the time in the core properties is the caller's (the app's clock), not the
// machine's (docx stamps its own, which is replaced).
import { Document, Packer, type ISectionOptions } from 'docx';
import type { ReportDocument } from '../../../../shared/report/document';
import { inflateRawSync } from 'node:zlib';
import { xmlSafe } from '../xmlText';
import { entryBytes, readZipDirectory } from '../zip/zipReader';
import { renderAppendixSection } from './appendix';
import { renderBlocks, spacerParagraph } from './body';
import { renderHeaderBlock } from './header';
import { renderSignature } from './signature';
import { TableSink } from './tableXml';
import { documentStyles, pageNumberHeaders, sectionPage, TEXT_WIDTH } from './styles';

/**
 * Every string of the model in NFC, without the characters XML cannot carry. Text pasted from older
 * Vietnamese software or macOS is often decomposed (NFD); Word prints it, but search, sorting and
 * some fonts treat it as other text. A manual line break (U+000B) or NUL pasted from Word would make
 * the document unopenable.
 */
export function normalizeText<T>(value: T): T {
  // Returns the same object when nothing needed normalising: a 10,000-row appendix is already NFC
  // (the services normalise what they store) and copying it would double the memory of an export.
  if (typeof value === 'string') {
    const n = xmlSafe(value.normalize('NFC'));
    return (n === value ? value : n) as T;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const n = normalizeText(v);
      if (n !== v) {
        copy ??= value.slice();
        copy[i] = n;
      }
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const n = normalizeText(v);
      if (n !== v) {
        copy ??= { ...(value as Record<string, unknown>) };
        copy[k] = n;
      }
    }
    return (copy ?? value) as T;
  }
  return value;
}

export function buildReportDocument(input: ReportDocument, sink: TableSink): Document {
  const doc = normalizeText(input);

  const main: ISectionOptions = {
    properties: sectionPage({ landscape: false, restartNumbering: false }),
    headers: pageNumberHeaders(),
    children: [
      ...renderHeaderBlock(doc),
      ...renderBlocks(doc.body, TEXT_WIDTH, sink, true),
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
    sections: [main, ...doc.appendices.map((a) => renderAppendixSection(a, sink))],
  });
}

/** docProps/core.xml with its created and modified times set to `at`. */
function stampedCore(docx: Uint8Array, at: Date): Map<string, Buffer> {
  const entry = readZipDirectory(docx, 10_000).get('docProps/core.xml');
  const packed = entry ? entryBytes(docx, entry) : null;
  if (!entry || !packed) throw new Error('docProps/core.xml not found in the packed document');
  const xml = (entry.method === 8 ? inflateRawSync(packed) : Buffer.from(packed)).toString('utf8');
  const w3c = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stamped = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3c}$3`);
  return new Map([['docProps/core.xml', Buffer.from(stamped, 'utf8')]]);
}

/** Where rendering is, for a progress bar: the document built (its tables written), then packed. */
export type DocxStage = 'built' | 'packed';

/** `createdAt`: the instant the report is made, from the app's clock (the document's properties say it). */
export async function renderReportDocx(doc: ReportDocument, createdAt: Date, onStage?: (stage: DocxStage) => Promise<void>): Promise<Buffer> {
  const sink = new TableSink();
  const built = buildReportDocument(doc, sink);
  await onStage?.('built');
  const packed = await Packer.toBuffer(built);
  await onStage?.('packed');
  return sink.splice(packed, stampedCore(packed, createdAt));
}
