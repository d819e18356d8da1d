/**
 * convert.ts remembers what each word says of an encoding (a name's words repeat down a sheet).
 * Remembering must not change any answer: texts are judged by a module that has seen thousands of
 * texts before, in another order, after asking of one encoding only, and against a module loaded
 * fresh for each text (nothing remembered: the plain reading).
 */
import { pick, prng } from "../register/random";
import { encodeTcvn3, encodeVni, PHRASES } from "./letters";

type Convert = typeof import("../../../src/core/encoding/convert");

const freshConvert = (): Convert => {
  let mod: Convert | undefined;
  jest.isolateModules(() => {
    mod = require("../../../src/core/encoding/convert");
  });
  return mod as Convert;
};

const UNICODE_WORDS = ["Bùi", "Minh", "Hà", "Lê", "Hoàng", "Hùng", "Bình", "Thi hành", "xong", "Đình chỉ", "Cà Mau", "Café", "Müller", "José"];
const WORDS = [
  ...UNICODE_WORDS,
  ...PHRASES.slice(0, 12).flatMap((p) => [p, encodeTcvn3(p), encodeVni(p)]),
  ...UNICODE_WORDS.flatMap((w) => [encodeTcvn3(w), encodeVni(w)]),
  "§C", "CC§K", "TM", "Cã", "Hoaõn", "123", "(1)", "-", "",
];

function randomTexts(count: number, seed: number): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(rand() * 4);
    return Array.from({ length: n }, () => pick(rand, WORDS)).join(" ");
  });
}

const judged = (c: Convert, text: string) => [text, c.detectEncoding(text), c.fitsEncoding(text, "TCVN3"), c.fitsEncoding(text, "VNI")];

describe("remembered word verdicts", () => {
  const texts = randomTexts(4000, 31);

  it("give every text the answer of a module that has remembered nothing", () => {
    const warm = freshConvert();
    for (const text of randomTexts(4000, 77).reverse()) warm.fitsEncoding(text, "VNI"); // one encoding asked first
    const sample = texts.slice(0, 300);
    const plain = sample.map((text) => judged(freshConvert(), text));
    expect(sample.map((text) => judged(warm, text))).toEqual(plain);
    // The texts do reach both encodings, and Unicode that neither takes.
    const found = new Set(plain.map(([, encoding]) => encoding));
    expect(found).toEqual(new Set(["TCVN3", "VNI", undefined]));
  });

  it("give the same answers whatever came before", () => {
    const forwards = freshConvert();
    const backwards = freshConvert();
    const a = texts.map((text) => judged(forwards, text));
    const b = [...texts].reverse().map((text) => judged(backwards, text)).reverse();
    expect(b).toEqual(a);
  });
});
