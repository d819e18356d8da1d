/** Parameters for every problem code of the report area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/report";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  reportTargetInvalid: { measure: "cases", value: 1.5 },
  reportNoMembers: {},
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
