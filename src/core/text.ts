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
