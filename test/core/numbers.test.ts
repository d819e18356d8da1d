import { clean, isBlankCell, parseNumberText, readNumberCell, toFraction } from "../../src/core/numbers";

describe("parseNumberText reads numbers as offices type them", () => {
  it.each([
    ["1.234.567", 1234567], // dot for thousands
    ["1.234", 1234], // a single dot followed by three digits is thousands, the Vietnamese way
    ["1.234,5", 1234.5],
    ["81,5", 81.5], // decimal comma
    ["0,815", 0.815],
    ["0.815", 0.815], // a leading 0 is no group of thousands
    ["1,234", 1.234], // a comma is a decimal comma
    ["1,234,567.5", 1234567.5], // Excel's English form
    ["1,234,567", 1234567],
    ["1.5", 1.5],
    ["12.34", 12.34],
    ["42", 42],
    ["-7", -7],
    ["+7", 7],
    [".5", 0.5],
    ["81,5%", 0.815],
    ["100%", 1],
    [" 1 234 567 ", 1234567], // spaces as thousands separators
    ["1\u00a0234", 1234], // non-breaking space
    ["0", 0],
  ])("%p → %p", (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each(["", "   ", "abc", "12abc", "1.2.3", "1,2,3", "1e5", "1.234.56", "--1", "%", "Infinity", "NaN"])(
    "%p is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});

describe("isBlankCell", () => {
  it.each([null, undefined, "", "   ", "-", "–", " - "])("%p is blank", (v) => {
    expect(isBlankCell(v)).toBe(true);
  });
  it.each([0, "0", "x", false, "--"])("%p is not blank", (v) => {
    expect(isBlankCell(v)).toBe(false);
  });
});

describe("readNumberCell", () => {
  it.each([
    [12, { value: 12, fromText: false }],
    [null, { value: 0, fromText: false }],
    ["", { value: 0, fromText: false }],
    ["-", { value: 0, fromText: false }],
    ["1.234", { value: 1234, fromText: true }],
    ["81,5", { value: 81.5, fromText: true }],
  ])("%p → %p", (v, expected) => {
    expect(readNumberCell(v)).toEqual(expected);
  });

  it.each([["abc"], [true], [NaN], [Infinity], [{}]])("%p is not a number", (v) => {
    expect(readNumberCell(v)).toBeUndefined();
  });
});

describe("toFraction: a fraction, or a number of percent above 1 and at most 100", () => {
  it.each([
    [0.815, 0.815],
    [81.5, 0.815],
    [0, 0],
    [1, 1], // 1 is 100%, not 1%
    [1.5, 0.015], // above 1: percent
    [100, 1],
    [48, 0.48],
    [0.48, 0.48],
  ])("%p → %p", (x, expected) => {
    expect(toFraction(x)).toBeCloseTo(expected, 15);
  });

  it.each([-0.1, -5, 100.01, 815, NaN, Infinity])("%p is outside 0..100%", (x) => {
    expect(toFraction(x)).toBeUndefined();
  });
});

describe("clean removes binary noise only", () => {
  it.each([
    [0.07 * 100, 7],
    [0.1 + 0.2, 0.3],
    [0.815 - 0.7714, 0.0436],
    [1234567.891, 1234567.891],
    [0, 0],
    [-(0.1 + 0.2), -0.3],
  ])("%p → %p", (x, expected) => {
    expect(clean(x)).toBe(expected);
  });

  it("keeps whole numbers whole, however many digits (amounts in đồng)", () => {
    expect(clean(1234567891234567)).toBe(1234567891234567);
    expect(clean(9007199254740991)).toBe(9007199254740991);
    expect(Object.is(clean(-0), -0)).toBe(true);
  });

  it("keeps twelve significant digits of a fraction, like Number(x.toPrecision(12))", () => {
    // A fixed pseudo-random sweep over magnitudes 1e-12 … 1e14, both signs.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      const x = ((next() - 0.5) * 10 ** Math.floor(next() * 26 - 12)) / 3; // ÷ 3: no exact decimal ties
      if (Number.isInteger(x)) continue;
      expect(clean(x)).toBe(Number(x.toPrecision(12)));
    }
  });

  it("keeps non-finite values as they are (callers reject them)", () => {
    expect(clean(Infinity)).toBe(Infinity);
    expect(clean(NaN)).toBeNaN();
  });
});
