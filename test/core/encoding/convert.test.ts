import { detectEncoding, readText, toUnicode } from "../../../src/core/encoding/convert";
import { words } from "../../../src/i18n/problem";
import { encodeTcvn3, encodeVni, PHRASES, tcvn3CanSay, vietnameseLetters } from "./letters";

const { lower, upper } = vietnameseLetters();
const UNTONED_UPPER = new Set("ĂÂÊÔƠƯĐ");

describe("the letters", () => {
  it("are 134: 67 lower case (66 vowels with tone or mark, and đ) and their 67 capitals", () => {
    expect(lower).toHaveLength(67);
    expect(new Set([...lower, ...upper]).size).toBe(134);
  });
});

describe("VNI-Windows", () => {
  it.each([...lower, ...upper])("%s round-trips", (letter) => {
    expect(toUnicode(encodeVni(letter), "VNI")).toBe(letter);
    expect(toUnicode(`Ng${encodeVni(letter)}n`, "VNI")).toBe(`Ng${letter}n`);
  });

  it("reads the issue's examples", () => {
    expect(toUnicode("Coù ñieàu kieän thi haønh", "VNI")).toBe("Có điều kiện thi hành");
    expect(toUnicode("Ñình chæ", "VNI")).toBe("Đình chỉ");
    expect(toUnicode("Nguyeãn Vaên An", "VNI")).toBe("Nguyễn Văn An");
  });
});

describe("TCVN3", () => {
  it.each(lower)("%s round-trips", (letter) => {
    expect(toUnicode(encodeTcvn3(letter), "TCVN3")).toBe(letter);
  });

  it.each(upper)("%s round-trips in a word in capitals, and alone as far as TCVN3 can say", (letter) => {
    expect(toUnicode(`NG${encodeTcvn3(letter)}N`, "TCVN3")).toBe(`NG${letter}N`);
    expect(toUnicode(encodeTcvn3(letter), "TCVN3")).toBe(UNTONED_UPPER.has(letter) ? letter : letter.toLowerCase());
  });

  it("reads the issue's examples", () => {
    expect(toUnicode("Cã ®iÒu kiÖn thi hµnh", "TCVN3")).toBe("Có điều kiện thi hành");
    expect(toUnicode("§×nh chØ", "TCVN3")).toBe("Đình chỉ");
    expect(toUnicode("NguyÔn V¨n An", "TCVN3")).toBe("Nguyễn Văn An");
    expect(toUnicode("TæNG CéNG", "TCVN3")).toBe("TỔNG CỘNG");
  });

  it("writes toned capitals in a title typed in capitals (the .VnTimeH font)", () => {
    const title = "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN KIM BẢNG";
    expect(readText(encodeTcvn3(title))).toEqual({ text: title, encoding: "TCVN3" });
  });
});

describe("detection, cell by cell", () => {
  it.each(PHRASES)("finds %s typed in either encoding and reads it back", (phrase) => {
    expect(readText(encodeVni(phrase))).toEqual({ text: phrase, encoding: "VNI" });
    expect(readText(encodeTcvn3(phrase))).toEqual({ text: tcvn3CanSay(phrase), encoding: "TCVN3" });
  });

  it.each(PHRASES)("leaves %s in Unicode as it is, and puts it in NFC when decomposed", (phrase) => {
    expect(readText(phrase)).toEqual({ text: phrase });
    expect(readText(phrase.normalize("NFD"))).toEqual({ text: phrase });
  });

  it.each([...lower, ...upper])("leaves the Unicode letter %s as it is", (letter) => {
    expect(detectEncoding(letter)).toBeUndefined();
    expect(detectEncoding(`Ng${letter}n`)).toBeUndefined();
  });

  // Unicode Vietnamese that uses only Latin-1 letters, some of which are old-encoding codes too.
  it.each(["Thi hành xong", "Hà Nội", "Hoàng", "khoá sổ", "Tô Lâm", "Võ Thị Sáu", "Có", "Bùi Văn Nam", "Cao Bá Quát", "Lý"])(
    "does not misfire on the Unicode text %s",
    (text) => expect(readText(text)).toEqual({ text }),
  );

  it.each([
    "Total", "Officer name", "Copyright © 2020", "3 × 4 = 12", "Größe", "Müller", "café crème", "naïve", "año",
    "1.234.567", "81,5%", "12\u00a0345", "(1)", "T10", "50 ± 2 °C", "", " ",
  ])("does not misfire on %j", (text) => expect(readText(text)).toEqual({ text }));

  it("tells a cell with no clear evidence from one with it", () => {
    // "Cã" is also the Unicode word "cã": alone it proves nothing and is left as typed.
    expect(detectEncoding("Cã")).toBeUndefined();
    expect(detectEncoding("Cã §K")).toBe("TCVN3");
    expect(toUnicode("Cã §K", "TCVN3")).toBe("Có ĐK");
    expect(detectEncoding("Hoaõn")).toBe("VNI");
    // An abbreviation proves an encoding by its Đ alone.
    expect(readText("§C")).toEqual({ text: "ĐC", encoding: "TCVN3" });
    expect(readText("CC§K")).toEqual({ text: "CCĐK", encoding: "TCVN3" });
    // "ÑC" reads "ĐC" in VNI and "ẸC" in TCVN3: no clear evidence, left as typed.
    expect(readText("ÑC")).toEqual({ text: "ÑC" });
  });
});

describe("the vocabulary of the add-in and of the samples", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const samples = require("../../../scripts/make-samples.js");
  const texts: string[] = [
    ...Object.values(words("vi").table.categories),
    ...samples.STATUS_SPELLINGS.map(([s]: [string]) => s.trim()),
    ...samples.OFFICER_TABLE.members.map((m: { name: string }) => m.name),
    ...samples.REGISTER.officers,
    samples.OFFICER_TABLE.office,
    samples.REGISTER.office,
  ].filter((t) => /[^\x00-\x7f]/.test(t));

  it.each(texts)("%s: Unicode left alone; typed in TCVN3 read back", (text) => {
    expect(readText(text)).toEqual({ text });
    const typed = encodeTcvn3(text);
    // "Lý": ý is the same code in TCVN3, so the text is the same either way.
    expect(readText(typed)).toEqual(typed === text ? { text } : { text: tcvn3CanSay(text), encoding: "TCVN3" });
  });

  // VNI's Đ alone ("ÑC") also reads as TCVN3 ("ẸC"): such an abbreviation is left as typed.
  it.each(texts.filter((t) => !/^[A-ZĐ]+$/.test(t)))("%s: typed in VNI read back", (text) => {
    expect(readText(encodeVni(text))).toEqual({ text, encoding: "VNI" });
  });
});
