/** Parameters for every problem code of the year area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/year";

type Problems = typeof vi.problems;
const p11 = { fiscalYear: 2021, months: 11, start: { year: 2020, month: 10, day: 1 }, end: { year: 2021, month: 8, day: 31 } };
const p10 = { fiscalYear: 2020, months: 10, start: { year: 2019, month: 10, day: 1 }, end: { year: 2020, month: 7, day: 31 } };
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  yearMonthUnknown: { source: "Sheet3" },
  yearOtherYear: { source: "T10-2019", period: p10, fiscalYear: 2021 },
  yearDuplicateMonth: { source: "T8 (2)", first: "T8", period: p11 },
  yearMissingMonths: { periods: [p10, p11] },
  yearNoMonth: { count: 3 },
  yearPreviousPeriodDiffers: { where: "'Biểu 01'!A3", named: p10, expected: p11 },
  yearPreviousPeriodUnnamed: { file: "cung-ky.xlsx", assumed: p11 },
  yearPreviousPeriodUnclear: { where: "Sheet1!A2", words: "6 thang cuoi nam", assumed: p11 },
  yearPreviousPeriodConflict: { first: "Sheet1!A2", second: "Sheet1!A3", periods: [p10, p11], assumed: p11 },
  yearAbsentThisYear: { names: ["Lê Văn Nam", "Trần Thị Hoa"] },
  yearAmbiguousName: { name: "Nguyễn Văn An", where: "Sheet1!B9" },
};
