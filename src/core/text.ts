/**
 * Label normalisation: users type the same category with or without diacritics, in any case,
 * across line breaks. Comparisons are made on this folded form.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9%]+/g;

/** "Có ĐK\nthi hành" → "co dk thi hanh" */
export function foldText(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(NON_WORD, " ")
    .trim();
}

/** The column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of 0-based row/column, relative to an origin (also 0-based). */
export function cellAddress(row: number, col: number, originRow = 0, originCol = 0): string {
  return `${columnLetter(col + originCol)}${row + originRow + 1}`;
}
