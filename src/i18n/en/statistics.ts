/** English texts of the statistics area: the same keys as ../vi/statistics.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/statistics";

const f = FORMATS.en;

export const problems: typeof vi.problems = {
  statisticsAllAfterReportDate: (p) =>
    `All ${f.number(p.count)} case${p.count === 1 ? "" : "s"} ${p.dateKind === "accepted" ? "were accepted" : "were decided"} after ${f.date(p.reportDate)}: check the report date.`,
};

export const words: typeof vi.words = {};
