// The typography pass every printed sentence and table cell goes through (shared/narrative/polish.ts).
import { describe, expect, it } from 'vitest';
import { polishCell, polishText } from '../../shared/narrative/polish';

describe('polishText', () => {
  it('puts typographic quotes, lower-cases a clause mid-sentence and keeps document symbols on one line', () => {
    expect(polishText('Theo Khoản 2 Điều 11 Luật 10/2022/QH15 và Kế hoạch 415/KH-UBND, "Hội nghị" của thôn \'Nà Hừ\'.')).toBe(
      'Theo khoản 2 Điều 11 Luật 10/2022/QH15 và Kế hoạch 415/KH\u2011UBND, \u201CHội nghị\u201D của thôn \u2018Nà Hừ\u2019.',
    );
  });

  it('keeps a capital clause word that opens the text, and leaves a sentence without quotes, clauses or symbols as it is', () => {
    expect(polishText('Khoản 1 Điều 5 quy định', true)).toBe('Khoản 1 Điều 5 quy định');
    expect(polishText('Khoản 1 Điều 5 quy định', false)).toBe('khoản 1 Điều 5 quy định');
    for (const plain of ['12', '15/6/2026', 'Hội nghị nhân dân thôn Bản Lang', '', 'Khoản tiền đóng góp']) expect(polishText(plain)).toBe(plain);
  });

  it('polishes each run of a cell, only the first as the start of the text', () => {
    expect(polishCell({ runs: [{ text: 'Khoản 3 ' }, { text: 'theo Khoản 4 "mới"' }] })).toEqual({ runs: [{ text: 'Khoản 3 ' }, { text: 'theo khoản 4 \u201Cmới\u201D' }] });
  });
});
