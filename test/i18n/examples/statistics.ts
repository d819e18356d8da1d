/** Parameters for every problem code of the statistics area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/statistics";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  statisticsAllAfterReportDate: { count: 12, reportDate: { year: 2021, month: 8, day: 31 }, dateKind: "accepted" },
  statisticsHiddenRowsCounted: { count: 13, rows: [7, 9, 10, 11, 12, 13, 14, 15, 16, 17], more: 3 },
  statisticsHiddenRowsSkipped: { count: 1, rows: [7], more: 0 },
  statisticsRangeEmpty: { range: "A20:T40", sheet: "Biểu 04", used: "A1:H12" },
  statisticsDate1904: {},
  statisticsDateSystemAssumed: {},
};
