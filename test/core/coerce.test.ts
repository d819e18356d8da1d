import { isError } from "../../src/core/errors";
import { asRows, readAmount, readDateArg, readFraction, readMonths, readSwitch, readText } from "../../src/core/coerce";
import { renderProblem, type Problem } from "../../src/i18n/problem";

/** The message of an error result; fails on a value. */
function message(r: unknown): string {
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  expect(r.kind).toBe("value");
  return renderProblem(r.problem, "vi");
}

describe("readAmount", () => {
  it.each([
    [12, 12],
    [null, 0], // an omitted optional argument
    [undefined, 0],
    ["", 0],
    ["1.234", 1234],
    [[[1], [2]], 3],
    [[[1, ""], [null, "2"]], 3],
    [[["-"], ["–"], ["  "]], 0], // dashes and spaces are empty cells
    [[[0.1], [0.2]], 0.3], // no binary noise
    [[1, 2, 3], 6], // a 1-D array is one row
    [[], 0],
    [[[1234567891234567]], 1234567891234567], // 16 digits stay exact
  ])("%j → %p", (v, expected) => {
    expect(readAmount(v, "done")).toBe(expected);
  });

  it("names the cell of a range by its row and column, and a 1×1 range as the argument", () => {
    expect(message(readAmount([[1, 2], [3, "x"]], "done (thi hành xong)"))).toBe(
      'Đối số done (thi hành xong), dòng 2 cột 2 của vùng: "x" không phải là số.',
    );
    expect(message(readAmount([["x"]], "done"))).toBe('Đối số done: "x" không phải là số.');
    expect(message(readAmount(-1.5, "eligible"))).toContain("-1,5 là số âm");
    expect(message(readAmount(NaN, "done"))).toContain("NaN");
    expect(message(readAmount({}, "done"))).toContain("không phải là số");
  });
});

describe("readFraction", () => {
  it.each([
    [0.815, 0.815],
    [81.5, 0.815],
    [1, 1],
    [100, 1],
    [0, 0],
    ["81,5%", 0.815],
    ["81,5", 0.815],
    ["0,815", 0.815],
    ["100%", 1],
    ["0,5%", 0.005],
    [[[0.48]], 0.48],
  ])("%j → %p", (v, expected) => {
    expect(readFraction(v, "target")).toBeCloseTo(expected, 15);
  });

  it.each([
    [101, "101 nằm ngoài khoảng 0..100%"],
    [-0.5, "-0,5 nằm ngoài"],
    ["150%", '"150%" nằm ngoài'], // already a fraction: never re-read as 1,5%
    ["-1%", '"-1%" nằm ngoài'],
    ["abc", '"abc" không phải là tỷ lệ'],
    [null, "đang để trống"],
    ["  ", "đang để trống"],
    [false, "FALSE không phải là tỷ lệ"],
    [[[1, 2]], "không phải là tỷ lệ"], // a range where one value is expected
  ])("%j is an error: %p", (v, part) => {
    const m = message(readFraction(v, "target (chỉ tiêu)"));
    expect(m).toContain("target (chỉ tiêu)");
    expect(m).toContain(part);
    expect(m).toContain("0,815; 81,5% hoặc 81,5");
  });
});

describe("readDateArg", () => {
  it("reads serials and day-first text", () => {
    expect(readDateArg(44439, "date")).toEqual({ year: 2021, month: 8, day: 31 });
    expect(readDateArg("31/08/2021", "date")).toEqual({ year: 2021, month: 8, day: 31 });
    expect(readDateArg([[44439]], "date")).toEqual({ year: 2021, month: 8, day: 31 });
  });

  it.each([[null], [""], ["-"]])("%j is blank", (v) => {
    expect(message(readDateArg(v, "date (ngày)"))).toContain("date (ngày) đang để trống");
  });
});

describe("readMonths", () => {
  it.each([
    [11, 11],
    ["11", 11],
    [1, 1],
    [12, 12],
    [null, undefined],
    ["", undefined],
  ])("%j → %p", (v, expected) => {
    expect(readMonths(v, "months")).toBe(expected);
  });

  it.each([[0], [13], [11.5], ["mười"], [true]])("%j is an error", (v) => {
    expect(message(readMonths(v, "months"))).toContain("1 đến 12");
  });
});

describe("readSwitch", () => {
  it.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["TRUE", true],
    ["false", false],
    [null, false],
    [undefined, false],
    ["", false],
  ])("%j → %p", (v, expected) => {
    expect(readSwitch(v, "inThousands")).toBe(expected);
  });

  it("rejects other text", () => {
    expect(message(readSwitch("có", "inThousands"))).toBe('Đối số inThousands: "có" không phải là TRUE hoặc FALSE.');
  });
});

describe("readText", () => {
  it("keeps text and turns numbers into text", () => {
    expect(readText("xong", "category")).toBe("xong");
    expect(readText(12, "category")).toBe("12");
  });
  it.each([[null], [""], ["  "]])("%j is blank", (v) => {
    expect(message(readText(v, "category"))).toContain("đang để trống");
  });
  it("rejects booleans", () => {
    expect(message(readText(true, "category"))).toContain("TRUE không phải là chữ");
  });
});

describe("asRows", () => {
  it("gives Excel's shape: rows of cells", () => {
    expect(asRows("Xong")).toEqual([["Xong"]]);
    expect(asRows(["Xong", "ĐC"])).toEqual([["Xong", "ĐC"]]);
    const rows = [["Xong"], ["ĐC"]];
    expect(asRows(rows)).toBe(rows); // no copy of a million-row column
    expect(asRows([])).toEqual([]);
  });
});

describe("errors are problems: a code and raw parameters, rendered by each catalogue", () => {
  /** The problem of an error result; fails on a value. */
  function problemOf(r: unknown): Problem {
    if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
    return r.problem;
  }

  it.each([
    [readAmount([[1, 2], [3, "x"]], "done"), { code: "functionsNotANumber", params: { arg: "done", value: "x", row: 2, col: 2 } }],
    [readAmount(-1.5, "eligible"), { code: "functionsNegative", params: { arg: "eligible", value: -1.5 } }],
    [readAmount([[-2]], "done"), { code: "functionsNegative", params: { arg: "done", value: -2 } }], // 1×1: the argument itself
    [readFraction(120, "rate"), { code: "functionsFractionOutOfRange", params: { arg: "rate", value: 120 } }],
    [readFraction("", "target"), { code: "functionsFractionBlank", params: { arg: "target" } }],
    [readFraction(true, "target"), { code: "functionsNotAFraction", params: { arg: "target", value: true } }],
    [readDateArg("31/02/2021", "date"), { code: "functionsArgNotADate", params: { arg: "date", text: "31/02/2021" } }],
    [readMonths(13, "months"), { code: "functionsNotMonths", params: { arg: "months", value: 13 } }],
    [readSwitch({}, "inThousands"), { code: "functionsNotASwitch", params: { arg: "inThousands", value: "[object Object]" } }],
    [readText(null, "category"), { code: "functionsTextBlank", params: { arg: "category" } }],
  ])("%#: %j", (result, expected) => {
    expect(problemOf(result)).toEqual(expected);
  });

  it("renders in English with English numbers, naming the argument and the cell", () => {
    expect(renderProblem(problemOf(readAmount([[1, 2], [3, "x"]], "done")), "en")).toBe(
      'Argument done, row 2 column 2 of the range: "x" is not a number.',
    );
    expect(renderProblem(problemOf(readAmount(-1234.5, "eligible")), "en")).toBe(
      "Argument eligible: -1,234.5 is negative; counts and amounts cannot be negative.",
    );
    expect(renderProblem(problemOf(readFraction(null, "target")), "en")).toBe(
      "Argument target is blank (enter a rate as 0.815, 81.5% or 81.5).",
    );
  });
});
