/**
 * competitionRanks sorts once and looks ranks up; memberRows works out what the rows share once;
 * sumFigures keeps running sums in slots. Each against its definition: a rank is 1 + how many
 * numbers are greater, memberRows gives memberRow of each member, a sum is the sum of the figures.
 */
import { clean } from "../../../src/core/numbers";
import { competitionRanks, memberRow, memberRows, sumFigures } from "../../../src/core/report/figures";
import type { Issue, Member } from "../../../src/core/table/model";

/** The definition, by counting: 1 + the numbers greater (a NaN counts as greater); nulls and NaNs after all numbers. */
function byCounting(values: (number | null)[]): number[] {
  const present = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null || Number.isNaN(v) ? present.length + 1 : 1 + present.filter((w) => !(w <= v)).length));
}

function sequence(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("competitionRanks", () => {
  test("ranks the highest first and gives equals one rank: 1, 2, 2, 4; nulls after every number", () => {
    expect(competitionRanks([0.5, 0.8, 0.5, 0.3, null])).toEqual([2, 1, 2, 4, 5]);
  });

  test("orders negative numbers, zeros (−0 equal to 0), fractions and infinities exactly", () => {
    const values = [-0, 0, -1.5, 2.5, -Infinity, Infinity, 1e-300, -1e-300, 0.1 + 0.2, 0.3, null, 5e-324];
    expect(competitionRanks(values)).toEqual([7, 7, 10, 2, 11, 1, 5, 9, 3, 4, 12, 6]);
    expect(competitionRanks(values)).toEqual(byCounting(values));
  });

  test("a NaN ranks with the nulls and counts as above every number", () => {
    expect(competitionRanks([0.5, NaN, 0.7, null])).toEqual([3, 4, 2, 4]);
  });

  test("agrees with counting on thousands of rates with many ties, and on empty input", () => {
    const next = sequence(5);
    for (const size of [0, 1, 2, 3, 17, 300, 5000]) {
      const values = Array.from({ length: size }, () => {
        if (next() < 0.05) return null;
        const eligible = 1 + Math.floor(next() * (next() < 0.5 ? 10 : 400));
        return Math.floor(next() * (eligible + 1)) / eligible;
      });
      expect(competitionRanks(values)).toEqual(byCounting(values));
    }
  });
});

test("competitionRanks agrees with counting on thousands of values mixing −0, infinities, NaN and nulls", () => {
  const next = sequence(77);
  const special = [0, -0, Infinity, -Infinity, NaN, null, 1, -1, 5e-324, 0.1 + 0.2, 0.3];
  for (let round = 0; round < 200; round++) {
    const values = Array.from({ length: Math.floor(next() * 40) }, () =>
      next() < 0.5 ? special[Math.floor(next() * special.length)] : Math.round((next() - 0.5) * 20) / 8,
    );
    expect(competitionRanks(values)).toEqual(byCounting(values));
  }
});

test("sumFigures gives, per measure, the sum of each category present (targets never summed), in first-seen order", () => {
  const next = sequence(3);
  const categories = ["eligible", "completed", "terminated", "carriedOver", "backlog", "target"] as const;
  const members: Member[] = Array.from({ length: 3000 }, (_, i) => {
    const figures = () => {
      const f: Record<string, number> = {};
      for (const c of categories) if (next() < 0.8) f[c] = next() < 0.3 ? Math.round(next() * 1e6) / 100 : Math.floor(next() * 500);
      return f;
    };
    return { name: `Đơn vị ${i}`, cases: figures(), money: figures() };
  });
  for (const measure of ["cases", "money"] as const) {
    const expected: Record<string, number> = {};
    for (const m of members) {
      for (const [c, v] of Object.entries(m[measure])) if (c !== "target" && v !== undefined) expected[c] = clean((expected[c] ?? 0) + v);
    }
    const got = sumFigures(members)[measure];
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    expect(got).toEqual(expected);
  }
});

describe("memberRows", () => {
  const ctx = { targets: { cases: 0.815, money: 0.48 }, monthsRemaining: 6, countTerminatedMoney: false };
  const members: Member[] = [
    { name: "An", where: "B7", cases: { eligible: 120, completed: 92, terminated: 6, target: 85 }, money: { eligible: 5000, completed: 2000, terminated: 400 } },
    { name: "Bình", where: "B8", cases: { eligible: 10, completed: 11, terminated: 1 }, money: { eligible: 0, completed: 0 } },
    { name: "Cường", where: "B9", cases: { eligible: 7, completed: 5, terminated: 0 }, money: { eligible: 900.5, completed: 400.25, terminated: 0, target: 250 } },
  ];

  test("gives memberRow of each member, and the same issues in the same order", () => {
    const one: Issue[] = [];
    const expected = members.map((m) => memberRow(m, ctx, one));
    const all: Issue[] = [];
    expect(memberRows(members, ctx, all)).toEqual(expected);
    expect(all).toEqual(one);
    // Bình's rate above 100% and Cường's invalid own target.
    expect(all.map((i) => i.where)).toEqual(["B8", "B9"]);
  });

  test("uses each member's own target and the office's for the others", () => {
    const [an, binh, cuong] = memberRows(members, ctx, []);
    expect(an.cases.target).toBe(0.85); // 85 read as percent
    expect(an.cases.gap).toBe(0.033333333333); // 0,85 − 98/120 (0,816666666667 to twelve digits)
    expect(binh.cases.rate).toBe(1.2);
    expect(cuong.money.target).toBe(0.48); // 250 is no percentage: the office's
    expect(cuong.money.done).toBe(400.25); // terminated money not counted here
  });
});
