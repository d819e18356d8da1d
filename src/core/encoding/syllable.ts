/**
 * Whether a word has the shape of one Vietnamese syllable: an initial consonant, a vowel group and a
 * final consonant, with at most one tone. Old-encoding detection asks it of a word read both ways:
 * "Cã" is a syllable as it stands and read as TCVN3 ("Có"), so it proves nothing; "®iÒu" is one only
 * as TCVN3 ("điều"); "Größe" is none either way. The spelling is the standard one (Vietnamese
 * orthography as taught; tone placement, old "hoà" or new "hòa", is not checked).
 */

import { TONE_MARKS } from "./tables";

const INITIALS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];
/** Vowel groups of the front vowels: closed by nh/ch ("inh", "êch", "uynh"), never by ng/c. */
const FRONT = ["i", "ê", "y", "uy", "uê"];
/** "a" and "oa" take every final ("ang", "anh", "oach"). */
const A_GROUPS = ["a", "oa"];
/** Vowel groups closed by ng/c but not nh/ch, or open. */
const BACK = ["e", "o", "ô", "ơ", "u", "ư", "oe", "oo", "uơ"];
/** Vowel groups that need a final consonant ("ăn", "tiên", "muốn", "người"). */
const CLOSED = ["ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê"];
/** Vowel groups that end the syllable (their last vowel is a glide). */
const OPEN = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu"];

const group = (words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
const RHYMES = [
  `${group(FRONT)}(?:nh|ch|m|n|p|t)?`,
  `${group(A_GROUPS)}(?:ng|nh|ch|c|m|n|p|t)?`,
  `${group(BACK)}(?:ng|c|m|n|p|t)?`,
  `${group(CLOSED)}(?:ng|c|m|n|p|t)`,
  group(OPEN),
];
const SYLLABLE = new RegExp(`^${group(INITIALS)}?(?:${RHYMES.join("|")})$`);
/** The five tones as combining marks (sắc, huyền, hỏi, ngã, nặng). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const CONSONANTS_ONLY = /^[bcdđghklmnpqrstvx]+$/;

/** The letters of Vietnamese: every vowel with every tone, and the consonants. */
const LETTERS = new Set([..."bcdđghklmnpqrstvxfjwz", ...[..."aăâeêioôơuưy"].flatMap((v) => TONE_MARKS.map((t) => (v + t).normalize("NFC")))]);

/** The word in lower case without its tones, or undefined when it carries more than one tone or a letter Vietnamese has not ("ñ", "ö"). */
function untoned(word: string): string | undefined {
  const lower = word.toLowerCase().normalize("NFC");
  for (const c of lower) if (!LETTERS.has(c)) return undefined;
  const decomposed = lower.normalize("NFD");
  const tones = decomposed.match(TONES)?.length ?? 0;
  return tones > 1 ? undefined : decomposed.replace(TONES, "").normalize("NFC");
}

/** One Vietnamese syllable, in any case: "điều", "NGUYỄN", "Hoãn"; not "Größe", "cafộ", "hoaõn". */
export function isSyllable(word: string): boolean {
  const bare = untoned(word);
  return bare !== undefined && SYLLABLE.test(bare);
}

/** An abbreviation of consonants only, as tables write them: "ĐK" (điều kiện), "CHV". */
export function isAbbreviation(word: string): boolean {
  const bare = untoned(word);
  return bare !== undefined && bare.length >= 2 && CONSONANTS_ONLY.test(bare);
}
