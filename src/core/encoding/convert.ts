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
const NOT_ASCII = /[^\x00-\x7f]/;

/** TCVN3 codes of toned letters, which stand for both cases (the case comes from the word). */
const TCVN3_TONED = new Set(Object.values(TCVN3_VOWELS).flatMap((codes) => [...codes].slice(2)));
const escapeClass = (chars: Iterable<string>) => [...chars].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("");
/** A word as a TCVN3 text has it: letters and the symbols that stand for letters ("§", "¸"). */
const TCVN3_WORD = new RegExp(`[\\p{L}${escapeClass(TCVN3_DECODE.keys())}]+`, "gu");
const VNI_WORD = /\p{L}+/gu;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * A TCVN3 word in Unicode. A toned letter is written in upper case when the word's other letters
 * (two at least) all are: "NGUYÔN" → "NGUYỄN", but "Cã" → "Có".
 */
function tcvn3Word(word: string): string {
  const chars = [...word];
  const out = chars.map((c) => TCVN3_DECODE.get(c) ?? c);
  const others = out.filter((c, i) => !TCVN3_TONED.has(chars[i]) && c.toLowerCase() !== c.toUpperCase());
  if (others.length < 2 || !others.every(isUpper)) return out.join("");
  return out.map((c, i) => (TCVN3_TONED.has(chars[i]) ? c.toUpperCase() : c)).join("");
}

/** A VNI word in Unicode: a letter is a base and its mark ("eä" ệ), or one character ("ñ" đ). */
function vniWord(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const pair = VNI_DECODE.get(word.slice(i, i + 2));
    if (pair !== undefined && i + 1 < word.length) {
      out += pair;
      i++;
    } else out += VNI_DECODE.get(word[i]) ?? word[i];
  }
  return out;
}

const READERS: Record<LegacyEncoding, { word: RegExp; read: (word: string) => string }> = {
  TCVN3: { word: TCVN3_WORD, read: tcvn3Word },
  VNI: { word: VNI_WORD, read: vniWord },
};

/** The text read in the encoding, NFC. Characters outside the encoding's letters stay as they are. */
export function toUnicode(text: string, encoding: LegacyEncoding): string {
  const { word, read } = READERS[encoding];
  return text.replace(word, read).normalize("NFC");
}

/** Every character is one a Windows-1252 font shows, as old-font text always is. */
function windows1252Only(text: string): boolean {
  for (const c of text) if (c.charCodeAt(0) > 0xff && !WINDOWS_1252_HIGH.has(c)) return false;
  return true;
}

/** Words that are Vietnamese only when read in the encoding, and words the reading spoils. */
function evidence(text: string, encoding: LegacyEncoding): { for: number; against: number } {
  const { word, read } = READERS[encoding];
  const tally = { for: 0, against: 0 };
  for (const [raw] of text.matchAll(word)) {
    const decoded = read(raw);
    if (decoded === raw) continue;
    if (!isSyllable(decoded) && !isAbbreviation(decoded)) tally.against++;
    else if (!isSyllable(raw) && [...raw].length >= 2) tally.for++;
  }
  return tally;
}

/** The old encoding the text is typed in, when the evidence is clear; else undefined. */
export function detectEncoding(text: string): LegacyEncoding | undefined {
  if (!NOT_ASCII.test(text) || !windows1252Only(text)) return undefined;
  const clear = LEGACY_ENCODINGS.map((encoding) => ({ encoding, ...evidence(text, encoding) })).filter((e) => e.for > 0 && e.against === 0);
  if (clear.length === 0) return undefined;
  if (clear.length === 2 && clear[0].for === clear[1].for) return undefined;
  return clear.sort((a, b) => b.for - a.for)[0].encoding;
}

/** A text as recognition should read it: old-encoded text in Unicode, Unicode in NFC, ASCII as is. */
export function readText(text: string): { text: string; encoding?: LegacyEncoding } {
  if (!NOT_ASCII.test(text)) return { text };
  const encoding = detectEncoding(text);
  if (encoding) return { text: toUnicode(text, encoding), encoding };
  return { text: text.normalize("NFC") };
}
