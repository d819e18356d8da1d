/** Parameters for every problem code of the report area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/report";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  reportTargetInvalid: { measure: "cases", value: 1.5 },
  reportTargetImplausible: { measure: "cases", value: 0.00815, lowest: 0.1 },
  reportDateInFuture: { reportDate: { year: 2027, month: 8, day: 31 }, today: { year: 2026, month: 12, day: 1 }, years: 2 },
  reportDateLongAgo: { reportDate: { year: 2021, month: 8, day: 31 }, today: { year: 2026, month: 12, day: 1 }, years: 2 },
  reportNoMembers: { sheet: "Biểu 04", file: "bang-trong.xlsx" },
  reportSheetTotalMismatch: {
    cell: "Sheet1!B12",
    differences: [
      { measure: "cases", category: "eligible", sheet: 1234, computed: 1233 },
      { measure: "money", category: "completed", sheet: 45000.5, computed: 45000 },
    ],
  },
  reportRateAbove100: { member: "Trần Văn Bình", measure: "cases", done: 11, eligible: 10 },
  reportMemberTargetInvalid: { member: "Trần Văn Bình", measure: "money", value: 250, fallback: 0.48 },
};
