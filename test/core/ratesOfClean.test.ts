/**
 * The shortcuts a report takes through rates.ts: shortfallOfClean for figures
 * clean already, and neededPerMonth without cleaning whole needs. Each against its definition.
 */
import { clean } from "../../src/core/numbers";
import { neededPerMonth, shortfall, shortfallOfClean } from "../../src/core/rates";

function sequence(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("shortfallOfClean", () => {
  test("the published example: 77,14% against 81,5% is 4,36% short, not reached", () => {
    expect(shortfallOfClean(0.7714, 0.815)).toBe(0.0436);
    expect(shortfallOfClean(0.48, 0.48)).toBe(0);
  });

  test("gives what shortfall gives, for rates and targets cleaned first", () => {
    const next = sequence(7);
    for (let i = 0; i < 20000; i++) {
      const eligible = 1 + Math.floor(next() * 100000);
      const rate = clean(Math.floor(next() * (eligible + 1)) / eligible);
      const target = clean(Math.floor(next() * 10001) / 10000);
      expect(shortfallOfClean(rate, target)).toBe(shortfall(rate, target));
    }
  });
});

describe("neededPerMonth", () => {
  /** The definition: the need over the months left (a fraction to twelve significant digits), rounded up. */
  const reference = (needed: number, months: number) => {
    if (months <= 0) return needed;
    const share = needed / months;
    return Math.ceil(Number.isInteger(share) ? share : Number(share.toPrecision(12)));
  };

  test("1.300 over 6 months is 217 a month; 7 over 7 is 1; nothing left is nothing", () => {
    expect(neededPerMonth(1300, 6)).toBe(217);
    expect(neededPerMonth(7, 7)).toBe(1);
    expect(neededPerMonth(0, 12)).toBe(0);
    expect(neededPerMonth(1300, 0)).toBe(1300);
  });

  test("rounds whole needs up as the definition does, exact quotients and near misses included", () => {
    const next = sequence(11);
    for (let i = 0; i < 50000; i++) {
      const months = 1 + Math.floor(next() * 12);
      const exact = next() < 0.3;
      const needed = exact ? months * Math.floor(next() * 1e8) : Math.floor(next() * 10 ** Math.floor(next() * 9));
      expect(neededPerMonth(needed, months)).toBe(reference(needed, months));
    }
    for (const months of [1, 3, 7, 11, 12, 999, 1000]) {
      for (const needed of [1, months - 1, months, months + 1, 999999999, 999999998]) {
        expect(neededPerMonth(needed, months)).toBe(reference(needed, months));
      }
    }
  });

  test("large needs and month counts are cleaned as the definition says", () => {
    // 33.333.333.333.333,67 to twelve significant digits is 33.333.333.333.300, whole already.
    expect(neededPerMonth(1e14 + 1, 3)).toBe(33333333333300);
    const next = sequence(13);
    for (let i = 0; i < 20000; i++) {
      const months = 1 + Math.floor(next() * 10 ** Math.floor(next() * 7));
      const needed = Math.floor(next() * 10 ** (9 + Math.floor(next() * 7)));
      expect(neededPerMonth(needed, months)).toBe(reference(needed, months));
    }
  });

  test("cleans a fractional need or month count: 0.07 × 100 over 1 month is 7, not 8", () => {
    expect(neededPerMonth(0.07 * 100, 1)).toBe(7);
    expect(neededPerMonth(14, 2.0000000000000004)).toBe(7);
    expect(neededPerMonth(2e9 + 1, 2)).toBe(reference(2e9 + 1, 2));
  });
});
