/**
 * The two pre-Unicode Vietnamese encodings old workbooks are typed in, as facts, each letter spelled
 * the way a Unicode font shows the bytes (Windows-1252): a cell typed with a .VnTime font reads
 * "Cã ®iÒu kiÖn thi hµnh", one typed with a VNI font "Coù ñieàu kieän thi haønh".
 *
 * Sources (cross-checked letter by letter when this file was written):
 * - TCVN3 (ABC, TCVN 5712:1993 "VN3", fonts .VnTime/.VnArial): UniKey's converter VnConv,
 *   src/vnconv/data.cpp, table "TCVN3" (github.com/xmirror/unikey, Pham Kim Long), agrees at all 74
 *   code points with GNU libiconv's TCVN-5712 table, lib/tcvn.h (github.com/koron/libiconv), and on
 *   the 67 lower-case letters with duydev/vietnamese-conversion src/charsets.ts (first version,
 *   commit 46413a0). The ABC fonts carry no upper-case letter with a tone: a heading in upper case is
 *   typed with the upper-case font (.VnTimeH), where the upper-case letter sits at the lower-case
 *   letter's code, as UniKey tabulates it. TCVN 5712's other positions ("VN1": upper-case toned
 *   letters at 0x01–0x17, 0x80–0xA0, 0xAF, 0xBA, 0xBF, 0xC0–0xC5…, combining tones 0xB0–0xB4) are not
 *   in the ABC fonts, and several are Latin-1 letters or symbols Unicode text uses (À, Á, °, ±), so
 *   they are not read.
 * - VNI-Windows: the same VnConv data.cpp, table "VNI-WIN" (a base letter, then a mark character),
 *   agrees at all 134 letters with duydev/vietnamese-conversion src/charsets.ts (commit 46413a0).
 *   (That package's 2.0.0 table writes ỷ, ỹ as "ë", "ì", which are already the marks of ặ and the
 *   letter ì; not followed.)
 */

/** The tones in the order the tables list them: none, sắc, huyền, hỏi, ngã, nặng. */
export const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/**
 * TCVN3: per vowel, the upper-case letter without tone, the lower-case one, then the five toned
 * letters (shared by both cases, see above).
 */
export const TCVN3_VOWELS: Readonly<Record<string, string>> = {
  a: "Aa¸µ¶·¹",
  ă: "¡¨¾»¼½Æ",
  â: "¢©ÊÇÈÉË",
  e: "EeÐÌÎÏÑ",
  ê: "£ªÕÒÓÔÖ",
  i: "IiÝ×ØÜÞ",
  o: "Ooãßáâä",
  ô: "¤«èåæçé",
  ơ: "¥¬íêëìî",
  u: "Uuóïñòô",
  ư: "¦\u00adøõö÷ù", // ư is 0xAD, the soft hyphen of Windows-1252
  y: "Yyýúûüþ",
};
/** TCVN3 Đ and đ. */
export const TCVN3_D = "§®";

/**
 * VNI-Windows: per vowel, the lower-case spelling of the letter without tone and of the five toned
 * letters; upper case is the same spelling in upper case ("aù" á, "AÙ" Á).
 */
export const VNI_VOWELS: Readonly<Record<string, readonly string[]>> = {
  a: ["a", "aù", "aø", "aû", "aõ", "aï"],
  ă: ["aê", "aé", "aè", "aú", "aü", "aë"],
  â: ["aâ", "aá", "aà", "aå", "aã", "aä"],
  e: ["e", "eù", "eø", "eû", "eõ", "eï"],
  ê: ["eâ", "eá", "eà", "eå", "eã", "eä"],
  i: ["i", "í", "ì", "æ", "ó", "ò"],
  o: ["o", "où", "oø", "oû", "oõ", "oï"],
  ô: ["oâ", "oá", "oà", "oå", "oã", "oä"],
  ơ: ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"],
  u: ["u", "uù", "uø", "uû", "uõ", "uï"],
  ư: ["ö", "öù", "öø", "öû", "öõ", "öï"],
  y: ["y", "yù", "yø", "yû", "yõ", "î"],
};
/** VNI đ (upper case Ñ). */
export const VNI_D = "ñ";

/** The Unicode letter of a vowel with a tone (index into TONE_MARKS), NFC. */
export function toned(vowel: string, tone: number): string {
  return (vowel + TONE_MARKS[tone]).normalize("NFC");
}

/** TCVN3 character → Unicode letter (lower case for the toned letters). */
export const TCVN3_DECODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [vowel, codes] of Object.entries(TCVN3_VOWELS)) {
    const [upper, lower, ...tones] = [...codes];
    map.set(upper, vowel.toUpperCase()).set(lower, vowel);
    tones.forEach((code, i) => map.set(code, toned(vowel, i + 1)));
  }
  map.set(TCVN3_D[0], "Đ").set(TCVN3_D[1], "đ");
  // Plain ASCII letters stand for themselves.
  for (const [k, v] of [...map]) if (k === v || k.charCodeAt(0) < 0x80) map.delete(k);
  return map;
})();

/** VNI spelling (one or two characters) → Unicode letter, both cases. */
export const VNI_DECODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [vowel, spellings] of Object.entries(VNI_VOWELS)) {
    spellings.forEach((spelling, tone) => {
      const letter = toned(vowel, tone);
      map.set(spelling, letter).set(spelling.toUpperCase(), letter.toUpperCase());
    });
  }
  map.set(VNI_D, "đ").set(VNI_D.toUpperCase(), "Đ");
  for (const [k, v] of [...map]) if (k === v) map.delete(k);
  return map;
})();
