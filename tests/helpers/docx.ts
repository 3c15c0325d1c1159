// Reads a generated .docx the way a test needs it: the XML parts and the text of each paragraph.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  files: Record<string, string>;
  document: string;
  paragraphs: string[];
}

const decodeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** `nbHyphen`: how a non-breaking hyphen (w:noBreakHyphen) reads; "-" by default, as on paper. */
export function readDocx(bytes: Uint8Array, nbHyphen = '-'): DocxParts {
  const raw = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(raw)) if (name.endsWith('.xml') || name.endsWith('.rels')) files[name] = strFromU8(data);
  const document = files['word/document.xml'] ?? '';
  // A line break inside a paragraph reads as a space, as it does on paper.
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    decodeXml([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:noBreakHyphen\/>/g)].map((t) => t[1] ?? (t[0] === '<w:br/>' ? ' ' : nbHyphen)).join('')),
  );
  return { files, document, paragraphs };
}
