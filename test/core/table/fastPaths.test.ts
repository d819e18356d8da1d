/**
 * The reading shortcuts of extraction against their plain definitions, on thousands of random
 * labels (seeded): Vietnamese letters precomposed and decomposed, upper and lower case, spaces of
 * every kind, punctuation, digits, and the words totals start with.
 */
import { mayBeTotalOrInWhich, shortFirstFoldedWord } from "../../../src/core/table/totalWords";
import { isInWhichLabel, normalizeLabel, TOTAL_OR_IN_WHICH_FIRST_WORDS, totalRank } from "../../../src/core/table/labels";
import { cellText } from "../../../src/core/table/recognize";
import { foldText } from "../../../src/core/text";

/** A seeded generator of numbers in [0, 1) (a linear congruential one: the same inputs on every run). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PIECES = [
  "Tổng", "TỔNG", "tổng", "Tống", "Cộng", "CỘNG", "Công", "Trong", "TRONG", "Trọng", "Toàn", "TS", "ts", "Ts",
  "Nguyễn", "Trần", "Lê", "Đỗ", "ĐỖ", "đ", "Đ", "Văn", "Thị", "An", "Bình", "Cường", "Hải", "Lan", "số", "đó", "cộng",
  "To\u0300an", "Tô\u0309ng", "co\u0323ng", // decomposed marks
  "\u0301", "\u0323", // a lone combining mark
  " ", "  ", "\u00a0", "\t", "\n", "\u2003", "-", ".", ",", ":", "(", ")", "/", "%", "1", "2.", "I.", "II", "x", "",
];

function randomLabel(next: () => number): string {
  const n = 1 + Math.floor(next() * 5);
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

const plainFirstWord = (label: string) => foldText(label).split(" ")[0];

describe("shortFirstFoldedWord and mayBeTotalOrInWhich", () => {
  const next = seeded(9);
  const labels = Array.from({ length: 5000 }, () => randomLabel(next));

  test("give the first word of foldText, or undefined when it is longer than asked", () => {
    for (const longest of [2, 4, 5, 8]) {
      const got = labels.map((label) => [label, shortFirstFoldedWord(label, longest)]);
      const expected = labels.map((label) => [label, plainFirstWord(label).length <= longest ? plainFirstWord(label) : undefined]);
      expect(got).toEqual(expected);
    }
  });

  test("agree with folding the whole label: a possible total exactly when its first word is a total's", () => {
    const expected = labels.map((label) => [label, TOTAL_OR_IN_WHICH_FIRST_WORDS.includes(plainFirstWord(label))]);
    expect(labels.map((label) => [label, mayBeTotalOrInWhich(label)])).toEqual(expected);
    expect(expected.filter(([, possible]) => possible).length).toBeGreaterThan(200); // the inputs do reach the totals' words
    // What the shortcut passes over is never a total nor a Trong đó label.
    const passed = labels.filter((label) => !mayBeTotalOrInWhich(label));
    expect(passed.filter((label) => totalRank(label) > 0 || isInWhichLabel(label))).toEqual([]);
  });
});

describe("normalizeLabel and cellText on random labels", () => {
  const next = seeded(21);
  const labels = Array.from({ length: 3000 }, () => randomLabel(next));

  test("normalizeLabel is idempotent: the matchers may be given a normalised label", () => {
    const once = labels.map((label) => normalizeLabel(label));
    expect(once.map((label) => normalizeLabel(label))).toEqual(once);
  });

  test("cellText collapses every run of white space and trims, blank as undefined", () => {
    const expected = labels.map((label) => {
      const words = label.split(/\s/).filter((w) => w !== "");
      return [label, words.length ? words.join(" ") : undefined];
    });
    expect(labels.map((label) => [label, cellText(label)])).toEqual(expected);
  });
});
