/** Parameters for every problem code of the statistics area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/statistics";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  statisticsAllAfterReportDate: { count: 12, reportDate: { year: 2021, month: 8, day: 31 }, dateKind: "accepted" },
};
