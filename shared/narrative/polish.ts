// The last pass over every sentence a report prints: the typography an officer expects and that a
// clerk's own text or an activity title may lack. One home for these rules; the checks in
// shared/checks/prose.ts test the same things in the finished document.
import type { Block, Cell, Run } from '../report/document';

/** U+2011: the hyphen Word and LibreOffice never break a line at (written as w:noBreakHyphen). */
export const NB_HYPHEN = '\u2011';

/** A document symbol: "415/KH-UBND", "10/2022/QH15", "59/2023/NĐ-CP", "BC-UBND". */
const SYMBOL = /\b(\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)+)/gu;

/** Joins the parts of document symbols with non-breaking hyphens so "415/KH-" never ends a line. */
export function keepSymbolsTogether(s: string): string {
  return s.replace(SYMBOL, (m) => m.replace(/-/g, NB_HYPHEN));
}

/** Straight quotes become “…” and ‘…’, opening after a space or bracket, closing elsewhere. */
export function typographicQuotes(s: string): string {
  return s
    .replace(/(^|[\s([{–-])"/gu, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{–-])'/gu, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** NĐ 30 (PL-II): "Điều" keeps its capital, "khoản" and "điểm" do not, wherever they stand mid-sentence. */
export function lowerCaseClauses(s: string, atStart: boolean): string {
  return s.replace(/(^|[^.:;!?\n]\s|[(,]\s?)(Khoản|Điểm)(?=\s+[0-9a-zđ]{1,3}(?:[\s,.;)]|$))/gu, (m, pre: string, word: string, offset: number) =>
    offset === 0 && atStart && pre === '' ? m : `${pre}${word.toLowerCase()}`,
  );
}

/** Characters each rule starts from: most cells (numbers, dates, names) have none and are left as they are. */
const QUOTE = /["']/;
const CLAUSE = /Khoản|Điểm/u;

export function polishText(s: string, atStart = true): string {
  let out = CLAUSE.test(s) ? lowerCaseClauses(s, atStart) : s;
  if (QUOTE.test(out)) out = typographicQuotes(out);
  return out.includes('/') ? keepSymbolsTogether(out) : out;
}

function polishRuns(runs: Run[]): Run[] {
  return runs.map((r, i) => ({ ...r, text: polishText(r.text, i === 0) }));
}

export function polishCell(c: Cell): Cell {
  return typeof c === 'string' ? polishText(c) : { ...c, runs: polishRuns(c.runs) };
}

export function polishBlocks(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.type === 'para') return { ...b, runs: polishRuns(b.runs) };
    if (b.type === 'table') return { ...b, table: { ...b.table, rows: b.table.rows.map((r) => r.map(polishCell)) } };
    return b;
  });
}
