/**
 * The shortcut that spares folding every member's name: a row label is folded in full (totalRank,
 * isInWhichLabel) only when its first folded word is one a total or a "Trong đó" label starts with.
 * test/core/table/fastPaths.test.ts holds it to folding the whole label over thousands of labels.
 */
import { foldText } from "../text";
import { TOTAL_OR_IN_WHICH_FIRST_WORDS } from "./labels";

/** What each character becomes in foldText, worked out by foldText once each. */
const folds = new Map<number, string>();
function foldedChar(code: number): string {
  let folded = folds.get(code);
  if (folded === undefined) {
    // Between two letters, so that a vanishing combining mark ("aa") and a separator ("a a") differ.
    folded = foldText(`a${String.fromCharCode(code)}a`).slice(1, -1);
    folds.set(code, folded);
  }
  return folded;
}

const FIRST_WORDS = new Set(TOTAL_OR_IN_WHICH_FIRST_WORDS);
const LONGEST_FIRST_WORD = Math.max(...TOTAL_OR_IN_WHICH_FIRST_WORDS.map((w) => w.length));
/** Their first letters: a name starting with another ("Nguyễn", "Lê") is given up at its first letter. */
const FIRST_LETTERS = new Set(TOTAL_OR_IN_WHICH_FIRST_WORDS.map((w) => w[0]));

/**
 * The first word of foldText(label) if it is at most `longest` letters (and, given `starts`, begins
 * with one of them), else undefined: read character by character (foldText folds each character on
 * its own: decomposition, case and separators do not depend on the neighbours), so a long name is
 * given up after a few letters.
 */
export function shortFirstFoldedWord(label: string, longest: number, starts?: ReadonlySet<string>): string | undefined {
  let word = "";
  for (let i = 0; i < label.length; i++) {
    const folded = foldedChar(label.charCodeAt(i));
    for (let j = 0; j < folded.length; j++) {
      if (folded[j] !== " ") {
        if (word === "" && starts !== undefined && !starts.has(folded[j])) return undefined;
        word += folded[j];
        if (word.length > longest) return undefined;
      } else if (word !== "") return word;
    }
  }
  return word;
}

/**
 * Whether a label may be a total or "Trong đó" label: only those are folded in full. Folding every
 * member's name (thousands of rows) to find the few totals was a third of the table's reading.
 */
export function mayBeTotalOrInWhich(label: string): boolean {
  const word = shortFirstFoldedWord(label, LONGEST_FIRST_WORD, FIRST_LETTERS);
  return word !== undefined && FIRST_WORDS.has(word);
}
