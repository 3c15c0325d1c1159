// Column letters of a spreadsheet cell reference ("AB" for column 28): one rule for the workbooks
// the app writes, the ones it reads, and the cells its messages name.

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
