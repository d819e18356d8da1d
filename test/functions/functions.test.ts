/**
 * The custom functions called as Excel calls them: counts as 2-D arrays (a cell is [[x]]), other
 * arguments as scalars, omitted optional arguments as null. Errors are CustomFunctions.Error
 * (the stand-in of test/setup.ts) with an Excel code and a Vietnamese message.
 */
import {
  backlogOf,
  count,
  fiscalYear,
  gap,
  needed,
  period,
  periodLabelOf,
  rate,
  status,
  summary,
  words,
} from "../../src/functions/functions";

interface ExcelError {
  code: string;
  message: string;
}

/** The Excel error a call throws; fails when it returns a value or throws anything else. */
function excelError(call: () => unknown): ExcelError {
  let value: unknown;
  try {
    value = call();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as ExcelError;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
}

const VALUE = "#VALUE!";
const DIV0 = "#DIV/0!";

describe("THADS.RATE(done, eligible, [terminated])", () => {
  it.each([
    // [done, eligible, terminated, expected]
    [[[7714]], [[10000]], null, 0.7714], // DOMAIN.md: 77,14% by cases
    [[[4666]], [[10000]], null, 0.4666], // and 46,66% by money
    [[[50]], [[70]], [[4]], 54 / 70], // terminated counts as done
    [[[54]], [[70]], undefined, 54 / 70],
    [54, 70, null, 54 / 70], // plain numbers, as some hosts pass them
    [[[7]], [[100]], null, 0.07],
    // ranges are summed; blanks ("" or null) count as 0; numeric text counts the Vietnamese way
    [[[10], [""], ["1.234"], [null], [6]], [[2000], [0], [""]], null, 1250 / 2000],
    [[[1, 2], [3, 4]], [[20]], [[""]], 0.5],
    [[["-"]], [[10]], null, 0], // a dash is an empty cell in statistics tables
    [[["81,5"]], [[163]], null, 0.5],
  ])("RATE(%j, %j, %j) = %p", (done, eligible, terminated, expected) => {
    expect(rate(done as unknown[][], eligible as unknown[][], terminated as unknown[][])).toBeCloseTo(expected, 12);
  });

  it("gives exact fractions: 7 of 100 is 0.07", () => {
    expect(rate([[7]], [[100]], null as unknown as undefined)).toBe(0.07);
  });

  it("is #DIV/0! when eligible is 0 (or blank)", () => {
    expect(excelError(() => rate([[0]], [[0]])).code).toBe(DIV0);
    expect(excelError(() => rate([[""]], [[""], [null]])).code).toBe(DIV0);
  });

  it("gives #DIV/0! no message: Excel shows one only on #VALUE! and #N/A", () => {
    expect(excelError(() => rate([[0]], [[0]])).message).toBe("");
    expect(excelError(() => needed([[0]], [[0]], 0.8)).message).toBe("");
  });

  it("reports the first bad argument in the order Excel lists them", () => {
    // NEEDED(done, eligible, target, terminated): target comes before terminated
    expect(excelError(() => needed([[1]], [[10]], "abc", [["x"]])).message).toContain("target");
    expect(excelError(() => summary("x", 0.8, 0.5, 0.5, 13)).message).toContain("caseRate");
  });

  it.each([
    // [done, eligible, terminated, words the message must contain]
    [[["abc"]], [[10]], null, ["done", '"abc"', "không phải là số"]],
    [[[1], ["x y"]], [[10]], null, ["done", '"x y"', "dòng 2 cột 1"]],
    [[[1]], [["mười"]], null, ["eligible", '"mười"']],
    [[[1]], [[10]], [["??"]], ["terminated", '"??"']],
    [[[-1]], [[10]], null, ["done", "-1", "âm"]],
    [[[1]], [[-10]], null, ["eligible", "-10", "âm"]],
    [[[1]], [[10]], [[-2]], ["terminated", "-2", "âm"]],
    [[[true]], [[10]], null, ["done", "TRUE"]],
    [[[11]], [[10]], null, ["(11)", "(10)", "có điều kiện"]],
    [[[8]], [[10]], [[3]], ["(11)", "(10)"]],
    [[[1500]], [[1.234]], null, ["(1.500)", "(1,234)"]],
  ])("RATE(%j, %j, %j) is #VALUE! naming the argument and the value", (done, eligible, terminated, parts) => {
    const e = excelError(() => rate(done as unknown[][], eligible as unknown[][], terminated as unknown[][]));
    expect(e.code).toBe(VALUE);
    for (const part of parts as string[]) expect(e.message).toContain(part);
  });

  it("sums a whole column that is mostly blank", () => {
    const rows = 100_000;
    const done: unknown[][] = Array.from({ length: rows }, (_, i) => [i < 1000 ? 3 : ""]);
    const eligible: unknown[][] = Array.from({ length: rows }, (_, i) => [i < 1000 ? 4 : null]);
    expect(rate(done, eligible)).toBe(0.75); // 3000 / 4000
  });
});

describe("THADS.GAP(rate, target)", () => {
  it.each([
    [0.7714, 0.815, 0.0436], // DOMAIN.md: còn thiếu 4,36%
    [0.4666, 0.48, 0.0134], // còn thiếu 1,34%
    [77.14, 81.5, 0.0436], // numbers of percent
    ["77,14%", "81,5", 0.0436], // text, the Vietnamese way
    ["0,7714", 81.5, 0.0436],
    [[[0.7714]], [[0.815]], 0.0436], // a 1×1 range
    [0.9, 0.8, -0.1], // exceeded: negative
    [0.8, 0.8, 0],
    [1, 100, 0], // 1 is 100%, as is 100
  ])("GAP(%j, %j) = %p", (r, t, expected) => {
    expect(gap(r, t)).toBe(expected);
  });

  it.each([
    [120, 0.8, ["rate", "120", "0..100%"]],
    [0.8, -0.1, ["target", "-0,1", "0..100%"]],
    ["150%", 0.8, ["rate", '"150%"', "0..100%"]],
    ["abc", 0.8, ["rate", '"abc"', "không phải là tỷ lệ"]],
    [0.8, null, ["target", "trống"]],
    [0.8, "", ["target", "trống"]],
    [true, 0.8, ["rate", "TRUE"]],
  ])("GAP(%j, %j) is #VALUE! naming the argument and the value", (r, t, parts) => {
    const e = excelError(() => gap(r, t));
    expect(e.code).toBe(VALUE);
    for (const part of parts as string[]) expect(e.message).toContain(part);
  });

  it("says in every error how to enter a rate", () => {
    expect(excelError(() => gap(200, 0.5)).message).toContain("0,815; 81,5% hoặc 81,5");
  });
});

describe("THADS.NEEDED(done, eligible, target, [terminated])", () => {
  it.each([
    [[[0]], [[100]], 0.07, null, 7], // not 8: 0.07 × 100 is 7.000000000000001 in binary
    [[[0]], [[100]], "7%", null, 7],
    [[[0]], [[100]], 7, null, 7],
    [[[7714]], [[10000]], 0.815, null, 436], // DOMAIN.md: 4,36% of 10.000 cases
    [[[7714]], [[10000]], 81.5, null, 436],
    [[[4666]], [[10000]], "48%", null, 134],
    [[[54]], [[70]], 0.815, null, 4], // 0,815 × 70 = 57,05 → 58 − 54
    [[[50]], [[70]], 0.815, [[4]], 4],
    [[[60]], [[70]], 0.815, null, 0], // already there
    [[[10], [""], [20]], [[40], [60]], 0.5, [[5]], 15], // 50 − 35
  ])("NEEDED(%j, %j, %j, %j) = %p", (done, eligible, target, terminated, expected) => {
    expect(needed(done as unknown[][], eligible as unknown[][], target, terminated as unknown[][])).toBe(expected);
  });

  it("is #DIV/0! when eligible is 0", () => {
    expect(excelError(() => needed([[0]], [[0]], 0.5)).code).toBe(DIV0);
  });

  it.each([
    [[[11]], [[10]], 0.5, null, ["(11)", "(10)"]],
    [[[1]], [[10]], 150, null, ["target", "150"]],
    [[["x"]], [[10]], 0.5, null, ["done", '"x"']],
    [[[1]], [[10]], 0.5, [[-1]], ["terminated", "-1"]],
  ])("NEEDED(%j, %j, %j, %j) is #VALUE!", (done, eligible, target, terminated, parts) => {
    const e = excelError(() => needed(done as unknown[][], eligible as unknown[][], target, terminated as unknown[][]));
    expect(e.code).toBe(VALUE);
    for (const part of parts as string[]) expect(e.message).toContain(part);
  });
});

describe("THADS.STATUS(rate, target)", () => {
  it.each([
    [0.7714, 0.815, "Chưa đạt"],
    ["77,14%", 81.5, "Chưa đạt"],
    [0.85, 0.815, "Đạt"],
    [81.5, 0.815, "Đạt"], // the same rate written two ways
    [0.815, "81,5%", "Đạt"],
    [0, 0, "Đạt"],
  ])("STATUS(%j, %j) = %p", (r, t, word) => {
    expect(status(r, t)).toBe(word);
  });

  it("is #VALUE! for a target outside 0..100%", () => {
    const e = excelError(() => status(0.5, 101));
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain("target");
    expect(e.message).toContain("101");
  });
});

describe("THADS.BACKLOG(mustEnforce, done, [terminated])", () => {
  it.each([
    [[[100]], [[60]], [[5]], 35],
    [[[100]], [[60]], null, 40],
    [[[60], [40]], [[10], [""], [50]], [[""]], 40],
    [[[100]], [[100]], null, 0],
  ])("BACKLOG(%j, %j, %j) = %p", (mustEnforce, done, terminated, expected) => {
    expect(backlogOf(mustEnforce as unknown[][], done as unknown[][], terminated as unknown[][])).toBe(expected);
  });

  it("is #VALUE! when done + terminated exceed mustEnforce", () => {
    const e = excelError(() => backlogOf([[10]], [[8]], [[3]]));
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain("(11)");
    expect(e.message).toContain("(10)");
  });
});

describe("THADS.PERIOD, FISCALYEAR, PERIODLABEL(date)", () => {
  // Serials worked out from 44197 = 1/1/2021: 44105 = 1/10/2020, 44439 = 31/8/2021, 44469 = 30/9/2021.
  it.each([
    [44439, 11, 2021, "11 tháng năm 2021 (01/10/2020 – 31/08/2021)"],
    ["31/08/2021", 11, 2021, "11 tháng năm 2021 (01/10/2020 – 31/08/2021)"],
    [44105, 1, 2021, "1 tháng năm 2021 (01/10/2020 – 31/10/2020)"],
    ["01/10/2020", 1, 2021, "1 tháng năm 2021 (01/10/2020 – 31/10/2020)"],
    ["30/09/2020", 12, 2020, "12 tháng năm 2020 (01/10/2019 – 30/09/2020)"],
    [44469, 12, 2021, "12 tháng năm 2021 (01/10/2020 – 30/09/2021)"],
    [44470, 1, 2022, "1 tháng năm 2022 (01/10/2021 – 31/10/2021)"],
    ["31/03/2021", 6, 2021, "6 tháng năm 2021 (01/10/2020 – 31/03/2021)"],
    ["29/02/2020", 5, 2020, "5 tháng năm 2020 (01/10/2019 – 29/02/2020)"],
    ["15/2/2021", 5, 2021, "5 tháng năm 2021 (01/10/2020 – 28/02/2021)"],
    [[[44439]], 11, 2021, "11 tháng năm 2021 (01/10/2020 – 31/08/2021)"],
  ])("%j: month %p of year %p, %p", (date, month, year, label) => {
    expect(period(date)).toBe(month);
    expect(fiscalYear(date)).toBe(year);
    expect(periodLabelOf(date)).toBe(label);
  });

  it.each([
    ["29/02/2021", '"29/02/2021"'], // 2021 is not a leap year
    ["31/09/2021", '"31/09/2021"'],
    ["08/31/2021", '"08/31/2021"'], // month first: month 31
    ["hôm nay", '"hôm nay"'],
    [-5, "-5"],
    [true, "true"],
    [null, "trống"],
    ["", "trống"],
  ])("%j is #VALUE! naming the argument and the value", (date, shown) => {
    for (const f of [period, fiscalYear, periodLabelOf] as Array<(d: unknown) => unknown>) {
      const e = excelError(() => f(date));
      expect(e.code).toBe(VALUE);
      expect(e.message).toContain("date");
      expect(e.message).toContain(shown);
    }
  });
});

describe("THADS.SUMMARY(caseRate, caseTarget, moneyRate, moneyTarget, [months])", () => {
  const DOMAIN_SENTENCE =
    "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) " +
    "và đạt tỷ lệ 46,66%/48% về giá trị (còn thiếu 1,34%).";

  it.each([
    [0.7714, 0.815, 0.4666, 0.48, 11],
    [77.14, 81.5, 46.66, 48, 11],
    ["77,14%", "81,5%", "46,66", "48", "11"],
    [[[0.7714]], 0.815, 0.4666, [[0.48]], [[11]]],
  ])("SUMMARY(%j, %j, %j, %j, %j) is the sentence of DOMAIN.md", (cr, ct, mr, mt, months) => {
    expect(summary(cr, ct, mr, mt, months)).toBe(DOMAIN_SENTENCE);
  });

  it("leaves the period out when months is omitted", () => {
    expect(summary(0.85, 0.815, 0.48, 0.48, null)).toBe(
      "Kết quả thi hành án đã đạt tỷ lệ 85%/81,5% về việc (vượt 3,5%) và đạt tỷ lệ 48%/48% về giá trị (đạt chỉ tiêu).",
    );
  });

  it.each([
    [0.7714, 0.815, 0.4666, 0.48, 13, ["months", "13", "1 đến 12"]],
    [0.7714, 0.815, 0.4666, 0.48, 11.5, ["months", "11,5"]],
    [0.7714, 0.815, 0.4666, 0.48, 0, ["months", "0"]],
    [0.7714, 0.815, 0.4666, 480, 11, ["moneyTarget", "480", "0..100%"]],
    [0.7714, "x", 0.4666, 0.48, 11, ["caseTarget", '"x"']],
    [0.7714, 0.815, null, 0.48, 11, ["moneyRate", "trống"]],
  ])("SUMMARY(%j, %j, %j, %j, %j) is #VALUE!", (cr, ct, mr, mt, months, parts) => {
    const e = excelError(() => summary(cr, ct, mr, mt, months));
    expect(e.code).toBe(VALUE);
    for (const part of parts as string[]) expect(e.message).toContain(part);
  });
});

describe("THADS.WORDS(amount, [inThousands])", () => {
  it.each([
    [[[1005000]], null, "Một triệu không trăm linh năm nghìn đồng"],
    [1005000, undefined, "Một triệu không trăm linh năm nghìn đồng"],
    [[[1005]], true, "Một triệu không trăm linh năm nghìn đồng"],
    [[[1005]], 1, "Một triệu không trăm linh năm nghìn đồng"],
    [[[1005]], "TRUE", "Một triệu không trăm linh năm nghìn đồng"],
    [[[1005000]], false, "Một triệu không trăm linh năm nghìn đồng"],
    [[[1000], [""], [5]], true, "Một triệu không trăm linh năm nghìn đồng"], // a range is summed
    [[["1.005.000"]], null, "Một triệu không trăm linh năm nghìn đồng"],
    [[[""]], null, "Không đồng"],
    [[[21]], null, "Hai mươi mốt đồng"],
  ])("WORDS(%j, %j) = %p", (amount, inThousands, text) => {
    expect(words(amount as unknown[][], inThousands)).toBe(text);
  });

  it.each([
    [[[-5]], null, ["amount", "-5", "âm"]],
    [[["năm"]], null, ["amount", '"năm"']],
    [[[5]], "có lẽ", ["inThousands", '"có lẽ"']],
    [[[1e16]], null, ["quá lớn"]],
  ])("WORDS(%j, %j) is #VALUE!", (amount, inThousands, parts) => {
    const e = excelError(() => words(amount as unknown[][], inThousands));
    expect(e.code).toBe(VALUE);
    for (const part of parts as string[]) expect(e.message).toContain(part);
  });
});

describe("THADS.COUNT(statusRange, category)", () => {
  const register = [["Xong"], ["Đình chỉ"], [""], ["TH xong"], ["Đang thi hành"], ["Chưa có ĐK"], [null], ["Hoãn"]];

  it.each([
    ["xong", 2],
    ["đình chỉ", 1],
    ["Đang thi hành", 1],
    ["chưa có điều kiện", 1],
    ["có điều kiện", 5], // Xong, Đình chỉ, TH xong, Đang thi hành, Hoãn
  ])("COUNT(register, %p) = %p", (category, expected) => {
    expect(count(register, category)).toBe(expected);
  });

  it("makes the register formula of issue 4 work with RATE", () => {
    const done = count(register, "xong") + count(register, "đình chỉ");
    expect(rate([[done]], [[count(register, "có điều kiện")]])).toBe(0.6); // 3 of 5
  });

  it.each([
    ["không biết", '"không biết"'],
    [null, "trống"],
  ])("COUNT(register, %j) is #VALUE!", (category, shown) => {
    const e = excelError(() => count(register, category));
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain(shown);
  });
});
