import { isError } from "../../src/core/errors";
import { moneyInWords } from "../../src/core/words";
import { renderProblem } from "../../src/i18n/problem";

describe("moneyInWords (đồng)", () => {
  it.each([
    [0, "Không đồng"],
    [1, "Một đồng"],
    [5, "Năm đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"], // "một", not "mốt", after mười
    [14, "Mười bốn đồng"], // "bốn", not "tư", after mười
    [15, "Mười lăm đồng"],
    [20, "Hai mươi đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [25, "Hai mươi lăm đồng"],
    [55, "Năm mươi lăm đồng"],
    [91, "Chín mươi mốt đồng"],
    [100, "Một trăm đồng"],
    [101, "Một trăm linh một đồng"],
    [104, "Một trăm linh bốn đồng"],
    [105, "Một trăm linh năm đồng"], // "năm", not "lăm", after linh
    [110, "Một trăm mười đồng"],
    [115, "Một trăm mười lăm đồng"],
    [121, "Một trăm hai mươi mốt đồng"],
    [999, "Chín trăm chín mươi chín đồng"],
    [1000, "Một nghìn đồng"],
    [1001, "Một nghìn không trăm linh một đồng"],
    [1010, "Một nghìn không trăm mười đồng"],
    [2010, "Hai nghìn không trăm mười đồng"],
    [1100, "Một nghìn một trăm đồng"],
    [10000, "Mười nghìn đồng"],
    [15000, "Mười lăm nghìn đồng"],
    [21000, "Hai mươi mốt nghìn đồng"],
    [105000, "Một trăm linh năm nghìn đồng"],
    [1000000, "Một triệu đồng"],
    [1005000, "Một triệu không trăm linh năm nghìn đồng"], // the example in the issue
    [1000005, "Một triệu không trăm linh năm đồng"], // an all-zero group is skipped
    [1234567, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"],
    [1000000000, "Một tỷ đồng"],
    [1000000005, "Một tỷ không trăm linh năm đồng"],
    [1000500000, "Một tỷ năm trăm nghìn đồng"],
    [2500000000, "Hai tỷ năm trăm triệu đồng"],
    [1000000000000, "Một nghìn tỷ đồng"],
    [1005000000000, "Một nghìn không trăm linh năm tỷ đồng"],
    [1e15, "Một triệu tỷ đồng"],
    [
      1234567891234567,
      "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy tỷ tám trăm chín mươi mốt triệu " +
        "hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng",
    ],
    [
      9007199254740991, // the largest whole number held exactly
      "Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu " +
        "bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng",
    ],
  ])("%p → %p", (amount, text) => {
    expect(moneyInWords(amount)).toBe(text);
  });

  it.each([
    [1.4, "Một đồng"],
    [1.5, "Hai đồng"],
    [0.4, "Không đồng"],
    [999.6, "Một nghìn đồng"],
  ])("rounds a fraction of a đồng: %p → %p", (amount, text) => {
    expect(moneyInWords(amount)).toBe(text);
  });
});

describe("moneyInWords in nghìn đồng", () => {
  it.each([
    [1005, "Một triệu không trăm linh năm nghìn đồng"],
    [1234.5, "Một triệu hai trăm ba mươi tư nghìn năm trăm đồng"],
    [0.001, "Một đồng"],
    [1.1, "Một nghìn một trăm đồng"], // 1.1 × 1000 = 1100.0000000000002 in binary
    [1e12, "Một triệu tỷ đồng"],
  ])("%p nghìn đồng → %p", (amount, text) => {
    expect(moneyInWords(amount, true)).toBe(text);
  });
});

describe("moneyInWords errors", () => {
  it.each([
    [-1, false, "-1 đồng", "âm"],
    [-0.3, false, "-0,3 đồng", "âm"],
    [-5, true, "-5 nghìn đồng", "âm"],
    [9007199254740992, false, "9.007.199.254.740.992 đồng", "quá lớn"],
    [1e13, true, "10.000.000.000.000 nghìn đồng", "quá lớn"],
    [NaN, false, "NaN", "không phải là số"],
  ])("%p (inThousands %p) is #VALUE! naming %p", (amount, inThousands, shown, why) => {
    const r = moneyInWords(amount, inThousands);
    if (!isError(r)) throw new Error("expected an error");
    expect(r.kind).toBe("value");
    expect(renderProblem(r.problem, "vi")).toContain(shown);
    expect(renderProblem(r.problem, "vi")).toContain(why);
  });
});
