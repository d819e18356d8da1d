/**
 * Reading one text typed in TCVN3 or VNI-Windows (see tables.ts), and telling whether a text is one.
 * A text counts as old-encoded only on clear evidence: every character is one a Windows-1252 font
 * shows, and at least one word is Vietnamese only when read in the encoding ("®iÒu" → "điều",
 * "haønh" → "hành") while no word read that way stops being Vietnamese. So Unicode Vietnamese
 * ("Thi hành xong", "Hoàng"), English, French or German, numbers and ASCII are left as they are.
 */
import { isAbbreviation, isSyllable } from "./syllable";
import { TCVN3_DECODE, TCVN3_VOWELS, VNI_DECODE } from "./tables";

export type LegacyEncoding = "TCVN3" | "VNI";
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ["TCVN3", "VNI"];

/** The characters Windows-1252 shows for bytes 0x80–0x9F (the rest of its bytes are Latin-1). */
const WINDOWS_1252_HIGH = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** TCVN3 codes of toned letters, which stand for both cases (the case comes from the word). */
const TCVN3_TONED = new Set(Object.values(TCVN3_VOWELS).flatMap((codes) => [...codes].slice(2)));
const escapeClass = (chars: Iterable<string>) => [...chars].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("");
/** A word as a TCVN3 text has it: letters and the symbols that stand for letters ("§", "¸"). */
const TCVN3_WORD = new RegExp(`[\\p{L}${escapeClass(TCVN3_DECODE.keys())}]+`, "gu");
const VNI_WORD = /\p{L}+/gu;

const D_LETTER = /[đĐ]/;
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** The TCVN3 word letter by letter, toned letters in lower case. */
const tcvn3Letters = (word: string) => [...word].map((c) => TCVN3_DECODE.get(c) ?? c).join("");

/** The cased letters of a TCVN3 text other than its toned letters (whose case TCVN3 cannot say). */
function othersAllUpper(text: string, atLeast: number): boolean {
  const others = [...text].filter((c) => !TCVN3_TONED.has(c)).map((c) => TCVN3_DECODE.get(c) ?? c).filter((c) => c.toLowerCase() !== c.toUpperCase());
  return others.length >= atLeast && others.every(isUpper);
}

const upperToned = (word: string) => [...word].map((c) => (TCVN3_TONED.has(c) ? (TCVN3_DECODE.get(c) ?? c).toUpperCase() : TCVN3_DECODE.get(c) ?? c)).join("");

/**
 * A TCVN3 text in Unicode. A toned letter is written in upper case when the other letters of its
 * cell (four at least), or else of its word (two at least), all are: "CôC THI HµNH ¸N" → "CỤC THI
 * HÀNH ÁN", "NGUYÔN" → "NGUYỄN", but "Cã" → "Có" and "Cã §K" → "Có ĐK".
 */
function tcvn3Text(text: string): string {
  if (othersAllUpper(text, 4)) return text.replace(TCVN3_WORD, upperToned);
  return text.replace(TCVN3_WORD, (w) => (othersAllUpper(w, 2) ? upperToned(w) : tcvn3Letters(w)));
}

/** A VNI word in Unicode: a letter is a base and its mark ("eä" ệ), or one character ("ñ" đ). */
function vniWord(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const pair = i + 1 < word.length ? VNI_DECODE.get(word.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else out += VNI_DECODE.get(word[i]) ?? word[i];
  }
  return out;
}

/** Per encoding: what a word is, and a word read letter by letter (case aside: detection ignores it). */
const READERS: Record<LegacyEncoding, { word: RegExp; read: (word: string) => string }> = {
  TCVN3: { word: TCVN3_WORD, read: tcvn3Letters },
  VNI: { word: VNI_WORD, read: vniWord },
};

/** The text read in the encoding, NFC. Characters outside the encoding's letters stay as they are. */
export function toUnicode(text: string, encoding: LegacyEncoding): string {
  const read = encoding === "TCVN3" ? tcvn3Text(text) : text.replace(VNI_WORD, vniWord);
  return read.normalize("NFC");
}

/**
 * What a text's characters allow: plain ASCII; only characters a Windows-1252 font shows, some
 * beyond ASCII, as old-font text always is ("oldFont"); Unicode (a character no old font has); or
 * Unicode with combining marks (U+0300–U+036F: Vietnamese typed decomposed, NFD).
 */
export function scriptOf(text: string): "ascii" | "oldFont" | "unicode" | "decomposed" {
  let script: "ascii" | "oldFont" | "unicode" = "ascii";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0x300 && code <= 0x36f) return "decomposed";
    if (code > 0xff && !WINDOWS_1252_HIGH.has(text[i])) script = "unicode";
    else if (script === "ascii") script = "oldFont";
  }
  return script;
}

const usesOldFontCharacters = (text: string) => {
  const script = scriptOf(text);
  return script === "ascii" || script === "oldFont";
};

/** Unicode text as recognition reads it: NFC when typed decomposed, else exactly as it is. */
export const composed = (text: string) => (scriptOf(text) === "decomposed" ? text.normalize("NFC") : text);

/** What one word says of the encoding: for it (1), against it (-1), or nothing (0). */
type Verdict = -1 | 0 | 1;

function wordVerdict(raw: string, read: (word: string) => string): Verdict {
  const decoded = read(raw);
  if (decoded === raw) return 0;
  const syllable = isSyllable(decoded);
  if (!syllable && !isAbbreviation(decoded)) return -1;
  // An abbreviation proves the encoding only by its Đ ("§C" ĐC, "CC§K" CCĐK; "TM" proves nothing).
  return !isSyllable(raw) && [...raw].length >= 2 && (syllable || D_LETTER.test(decoded)) ? 1 : 0;
}

/**
 * Verdicts already reached, per encoding and word: 5,000 distinct names are made of a few hundred
 * words ("Bùi", "Minh", "Hà"), and a name typed in Unicode with Latin-1 letters only is tried in
 * both encodings. Emptied when full, so a sheet of distinct codes cannot make it grow without end.
 */
const VERDICTS: Record<LegacyEncoding, Map<string, Verdict>> = { TCVN3: new Map(), VNI: new Map() };
const MAX_VERDICTS = 20000;

function verdictOf(raw: string, encoding: LegacyEncoding): Verdict {
  const known = VERDICTS[encoding];
  let verdict = known.get(raw);
  if (verdict === undefined) {
    if (known.size >= MAX_VERDICTS) known.clear();
    known.set(raw, (verdict = wordVerdict(raw, READERS[encoding].read)));
  }
  return verdict;
}

/** Words that are Vietnamese only when read in the encoding, and words the reading spoils. */
function evidence(text: string, encoding: LegacyEncoding): { for: number; against: number } {
  const tally = { for: 0, against: 0 };
  for (const [raw] of text.matchAll(READERS[encoding].word)) {
    const verdict = verdictOf(raw, encoding);
    if (verdict > 0) tally.for++;
    else if (verdict < 0) tally.against++;
  }
  return tally;
}

/** The text may be in the encoding: only old-font characters, and no word its reading spoils. */
export function fitsEncoding(text: string, encoding: LegacyEncoding): boolean {
  return usesOldFontCharacters(text) && evidence(text, encoding).against === 0;
}

/** The old encoding the text is typed in, when the evidence is clear; else undefined. */
export function detectEncoding(text: string): LegacyEncoding | undefined {
  if (scriptOf(text) !== "oldFont") return undefined;
  const clear = LEGACY_ENCODINGS.map((encoding) => ({ encoding, ...evidence(text, encoding) })).filter((e) => e.for > 0 && e.against === 0);
  if (clear.length === 0) return undefined;
  if (clear.length === 2 && clear[0].for === clear[1].for) return undefined;
  return clear.sort((a, b) => b.for - a.for)[0].encoding;
}

/** A text as recognition should read it: old-encoded text in Unicode, Unicode in NFC, ASCII as is. */
export function readText(text: string): { text: string; encoding?: LegacyEncoding } {
  const script = scriptOf(text);
  if (script === "decomposed") return { text: text.normalize("NFC") };
  const encoding = script === "oldFont" ? detectEncoding(text) : undefined;
  return encoding ? { text: toUnicode(text, encoding), encoding } : { text };
}
