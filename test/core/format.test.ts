import {
  formatDateVi,
  formatHundredths,
  formatHundredthsVi,
  formatNumberVi,
  formatPercentVi,
  formatValueVi,
  percentHundredths,
} from "../../src/core/format";

describe("formatNumberVi: decimal comma, dot for thousands, at most two decimals", () => {
  it.each([
    [77.14, "77,14"],
    [81.5, "81,5"],
    [48, "48"],
    [1234567, "1.234.567"],
    [1234.5, "1.234,5"],
    [0.004, "0"],
    [-0, "0"],
    [-1.34, "-1,34"],
  ])("%p → %p", (x, text) => {
    expect(formatNumberVi(x)).toBe(text);
  });
});

describe("formatHundredthsVi prints h ÷ 100 like formatNumberVi, without Intl", () => {
  it.each([
    [7714, "77,14"],
    [8150, "81,5"],
    [4800, "48"],
    [436, "4,36"],
    [134, "1,34"],
    [5, "0,05"],
    [50, "0,5"],
    [0, "0"],
    [-0, "0"],
    [-134, "-1,34"],
    [10000, "100"],
    [100000, "1.000"],
    [123456789, "1.234.567,89"],
    [100000001, "1.000.000,01"],
    [-100000000, "-1.000.000"],
  ])("%p → %p", (h, text) => {
    expect(formatHundredthsVi(h)).toBe(text);
  });

  it("agrees with the Intl-based formatNumberVi over a sweep of values", () => {
    for (let h = -250000; h <= 250000; h += 37) expect(formatHundredthsVi(h)).toBe(formatNumberVi(h / 100));
  });

  it("agrees with Intl over 20,000 random whole hundredths of every magnitude, in both languages", () => {
    // The plain reference is Intl itself: de-DE groups the Vietnamese way, en-US the English way.
    const vi = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
    const en = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
    let s = 9; // a linear congruential generator: the same inputs on every run
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      // up to 10^13 hundredths (10^11 percent): h / 100 still has its two decimals exactly
      const h = Math.floor(next() * 10 ** Math.floor(next() * 14)) * (next() < 0.3 ? -1 : 1);
      const x = h === 0 ? 0 : h / 100;
      if (formatHundredthsVi(h) !== vi.format(x)) wrong.push(`vi ${h}: ${formatHundredthsVi(h)} ≠ ${vi.format(x)}`);
      if (formatHundredths(h, ".", ",") !== en.format(x)) wrong.push(`en ${h}: ${formatHundredths(h, ".", ",")} ≠ ${en.format(x)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("percents", () => {
  it.each([
    [0.7714, 7714, "77,14%"],
    [0.815, 8150, "81,5%"],
    [0.48, 4800, "48%"],
    [0.77136, 7714, "77,14%"],
    [0.77134, 7713, "77,13%"],
    [1, 10000, "100%"],
    [0, 0, "0%"],
    [-0.0436, -436, "-4,36%"],
  ])("%p → %p hundredths → %p", (fraction, hundredths, text) => {
    expect(percentHundredths(fraction)).toBe(hundredths);
    expect(formatPercentVi(fraction)).toBe(text);
  });
});

describe("formatValueVi quotes a value back with all its decimals", () => {
  it.each([
    [1.234, "1,234"],
    [1234567.891, "1.234.567,891"],
    [0.815, "0,815"],
    [-0, "0"],
    [0.1 + 0.2, "0,3"],
  ])("%p → %p", (x, text) => {
    expect(formatValueVi(x)).toBe(text);
  });
});

describe("formatDateVi", () => {
  it("is dd/mm/yyyy", () => {
    expect(formatDateVi({ year: 2021, month: 8, day: 31 })).toBe("31/08/2021");
    expect(formatDateVi({ year: 2020, month: 10, day: 1 })).toBe("01/10/2020");
  });
});
