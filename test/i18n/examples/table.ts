/** Parameters for every problem code of the table area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/table";

type Problems = typeof vi.problems;
const cell = { cell: "'Biểu 04'!D6", member: "Đỗ Thị Lan", measure: "cases", category: "completed" } as const;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  tableRowExcluded: { line: 12, name: "Nguyễn Văn An" },
  tableRowWithoutName: { line: 9, cell: "Sheet1!B9" },
  tableNotANumber: { ...cell, text: "abc" },
  tableNegative: { ...cell, value: -3 },
  tableTargetInvalid: { ...cell, category: "target", text: "150" },
  tableNumberAsText: { ...cell, text: "1.234", value: 1234 },
  tableCountNotWhole: { ...cell, value: 12.5 },
  tableDoneAboveEligible: { member: "Đỗ Thị Lan", measure: "money", done: 1250.5, eligible: 1200, cell: "Sheet1!K6" },
  tableIdentity: { member: "Đỗ Thị Lan", measure: "cases", category: "accepted", actual: 120, cell: "Sheet1!E6", identity: "accepted", expected: 118 },
  tablePercentInFigure: { ...cell, text: "5%" },
  tableDateInFigure: { ...cell, measure: "money" },
  tableCurrencyText: { ...cell, measure: "money", text: "4.250 đ", value: 4250, unit: "thousand" },
  tableMoneyInDong: { cells: ["Sheet1!K4"], chosen: false },
  tableMoneyUnitAssumed: {},
  tableMoneyUnitUnreadable: { cell: "Sheet1!F4", text: "Về tiền (triệu đồng)" },
  tableSecondTable: { line: 20, cell: "Sheet1!A20" },
  tablePeriodMismatch: {
    cell: "Sheet1!A5",
    title: { fiscalYear: 2021, months: 11, start: { year: 2020, month: 10, day: 1 }, end: { year: 2021, month: 8, day: 31 } },
    chosen: { fiscalYear: 2021, months: 12, start: { year: 2020, month: 10, day: 1 }, end: { year: 2021, month: 9, day: 30 } },
  },
  tableLayoutIncomplete: { missing: "eligible" },
  tableHeaderIncomplete: { missing: "completed", firstRow: 7, lastRow: 8, sheet: "Biểu 04" },
  tableNotFound: { sheet: "Sheet1" },
};
