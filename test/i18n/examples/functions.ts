/** Parameters for every problem code of the functions area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/functions";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  functionsNotANumber: { arg: "done (thi hành xong)", value: "mười", row: 2, col: 1 },
  functionsNegative: { arg: "eligible", value: -10 },
  functionsNotAFraction: { arg: "target", value: "abc" },
  functionsFractionBlank: { arg: "target" },
  functionsFractionOutOfRange: { arg: "rate", value: 120 },
  functionsDateBlank: { arg: "date" },
  functionsArgNotADate: { arg: "date", text: "31/02/2021" },
  functionsNotADate: { what: "Ngày thụ lý", text: "hôm qua" },
  functionsNotMonths: { arg: "months", value: 13 },
  functionsNotASwitch: { arg: "inThousands", value: "có" },
  functionsTextBlank: { arg: "category" },
  functionsNotText: { arg: "category", value: true },
  functionsDoneAboveEligible: { done: 11, eligible: 10 },
  functionsDoneAboveMustEnforce: { done: 1500, mustEnforce: 1234.5 },
  functionsEligibleZero: {},
  functionsMoneyNegative: { amount: -5, inThousands: true },
  functionsMoneyTooLarge: { amount: 1e16, inThousands: false },
  functionsMoneyNotANumber: { amount: NaN, inThousands: false },
};
