import { isError } from "../../src/core/errors";
import {
  backlog,
  completionRate,
  meetsTarget,
  neededPerMonth,
  neededToTarget,
  shortfall,
  statusWord,
} from "../../src/core/rates";
import { renderProblem } from "../../src/i18n/problem";

describe("completionRate = (done + terminated) ÷ eligible", () => {
  it.each([
    // [done, eligible, terminated, expected] — expected worked out by hand
    [54, 70, 0, 54 / 70],
    [50, 70, 4, 54 / 70], // terminated counts as done
    [0, 10, 0, 0],
    [10, 10, 0, 1],
    [3, 4, 1, 1],
    [7714, 10000, 0, 0.7714], // DOMAIN.md: 77,14% by cases
    [4666, 10000, 0, 0.4666], // DOMAIN.md: 46,66% by money
    [0.1, 0.3, 0.2, 1], // 0.1 + 0.2 is 0.30000000000000004 in binary: not "more than" 0.3
  ])("(%p + %p) ÷ %p", (done, eligible, terminated, expected) => {
    expect(completionRate(done, eligible, terminated)).toBeCloseTo(expected, 12);
  });

  it("defaults terminated to 0", () => {
    expect(completionRate(1, 4)).toBe(0.25);
  });

  it("gives no float noise: 7 of 100 is exactly 0.07", () => {
    expect(completionRate(7, 100)).toBe(0.07);
  });

  it("is #DIV/0! when eligible is 0", () => {
    const r = completionRate(0, 0);
    expect(isError(r) && r.kind).toBe("div0");
  });

  it.each([
    [11, 10, 0, "11", "10"],
    [8, 10, 3, "11", "10"],
    [1234, 1000, 0, "1.234", "1.000"],
  ])("is #VALUE! when done %p + terminated %p exceed eligible %p, naming both", (done, eligible, terminated, sum, elig) => {
    const r = completionRate(done, eligible, terminated);
    if (!isError(r)) throw new Error("expected an error");
    expect(r.kind).toBe("value");
    expect(renderProblem(r.problem, "vi")).toContain(`(${sum})`);
    expect(renderProblem(r.problem, "vi")).toContain(`(${elig})`);
    expect(renderProblem(r.problem, "vi")).toContain("có điều kiện");
  });
});

describe("shortfall = target − rate", () => {
  it.each([
    [0.7714, 0.815, 0.0436], // DOMAIN.md: còn thiếu 4,36%
    [0.4666, 0.48, 0.0134], // DOMAIN.md: còn thiếu 1,34%
    [0.9, 0.8, -0.1], // exceeded: negative
    [0.5, 0.5, 0],
    [0.1 + 0.2, 0.3, 0], // no -5.551115123125783e-17
  ])("shortfall(%p, %p) = %p exactly (no binary noise)", (rate, target, expected) => {
    expect(shortfall(rate, target)).toBe(expected);
  });
});

describe("meetsTarget and statusWord", () => {
  it.each([
    [0.815, 0.815, true, "Đạt"],
    [0.8151, 0.815, true, "Đạt"],
    [0.8149, 0.815, false, "Chưa đạt"],
    [0.7714, 0.815, false, "Chưa đạt"],
    [0.1 + 0.2, 0.3, true, "Đạt"], // 0.30000000000000004 vs 0.3
    [0.3, 0.1 + 0.2, true, "Đạt"],
    [0, 0, true, "Đạt"],
    [1, 1, true, "Đạt"],
  ])("rate %p against %p", (rate, target, meets, word) => {
    expect(meetsTarget(rate, target)).toBe(meets);
    expect(statusWord(rate, target)).toBe(word);
    expect(statusWord(rate, target, "en")).toBe(meets ? "Met" : "Not met");
  });
});

describe("neededToTarget: smallest whole n ≥ 0 with (done + terminated + n) ÷ eligible ≥ target", () => {
  it.each([
    // [done, eligible, target, terminated, expected]
    [0, 100, 0.07, 0, 7], // 0.07 × 100 = 7.000000000000001 in binary: still 7, not 8
    [0, 100, 0.29, 0, 29], // 0.29 × 100 = 28.999999999999996: still 29
    [0, 100, 0.57, 0, 57], // 0.57 × 100 = 56.99999999999999
    [54, 70, 0.815, 0, 4], // 0.815 × 70 = 57.05 → 58 − 54
    [50, 70, 0.815, 4, 4], // terminated counts
    [57, 70, 0.815, 0, 1], // 57/70 = 81,43% < 81,5%: one more
    [58, 70, 0.815, 0, 0],
    [70, 70, 0.815, 0, 0],
    [7714, 10000, 0.815, 0, 436], // DOMAIN.md: 4,36% of 10.000 cases
    [4666, 10000, 0.48, 0, 134],
    [2.5, 10, 0.5, 0, 3], // fractional money done: the answer is still whole (2,5 → 3)
    [0, 0, 0.5, 0, 0],
    // A 12-digit money figure: 0,4645 × 123.456.789.012 = 57.345.678.496,074 → 57.345.678.497
    [0, 123456789012, 0.4645, 0, 57345678497],
    [57345678496, 123456789012, 0.4645, 0, 1],
    [57345678497, 123456789012, 0.4645, 0, 0],
    // 0.8325 × 100.000.000.001 = 83.250.000.000,8325: the remainder still rounds up
    [83250000000, 100000000001, 0.8325, 0, 1],
  ])("done %p of %p, target %p, terminated %p → %p", (done, eligible, target, terminated, expected) => {
    expect(neededToTarget(done, eligible, target, terminated)).toBe(expected);
  });

  it("defaults terminated to 0", () => {
    expect(neededToTarget(0, 100, 0.07)).toBe(7);
  });

  it("never gives -0", () => {
    expect(Object.is(neededToTarget(10, 10, 0.5), 0)).toBe(true);
  });
});

describe("backlog = mustEnforce − done − terminated", () => {
  it.each([
    [100, 60, 0, 40],
    [100, 60, 5, 35],
    [100, 100, 0, 0],
    [0.3, 0.1, 0.2, 0], // no -5.551115123125783e-17
  ])("backlog(%p, %p, %p) = %p", (mustEnforce, done, terminated, expected) => {
    expect(backlog(mustEnforce, done, terminated)).toBe(expected);
  });

  it("is #VALUE! when done + terminated exceed mustEnforce", () => {
    const r = backlog(10, 8, 3);
    if (!isError(r)) throw new Error("expected an error");
    expect(r.kind).toBe("value");
    expect(renderProblem(r.problem, "vi")).toContain("(11)");
    expect(renderProblem(r.problem, "vi")).toContain("(10)");
  });
});

describe("neededPerMonth", () => {
  it.each([
    [436, 1, 436],
    [436, 3, 146], // 145,33 → 146
    [7, 7, 1],
    [0, 5, 0],
    [10, 0, 10], // no month left: all of it now
  ])("%p over %p months → %p a month", (needed, months, expected) => {
    expect(neededPerMonth(needed, months)).toBe(expected);
  });
});
