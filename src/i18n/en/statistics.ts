/** English texts of the statistics area: the same keys as ../vi/statistics.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/statistics";

const f = FORMATS.en;

export const problems: typeof vi.problems = {
  statisticsAllAfterReportDate: (p) =>
    `All ${f.number(p.count)} case${p.count === 1 ? "" : "s"} ${p.dateKind === "accepted" ? "were accepted" : "were decided"} after ${f.date(p.reportDate)}: check the report date.`,
  statisticsHiddenRowsCounted: (p) =>
    `${f.number(p.count)} hidden or filtered row${p.count === 1 ? " is" : "s are"} counted (as SUM counts them): row${p.count === 1 ? "" : "s"} ${rowList(p)}. ` +
    `To leave them out, choose "Leave out hidden rows" (command: --skip-hidden).`,
  statisticsHiddenRowsSkipped: (p) =>
    `${f.number(p.count)} hidden or filtered row${p.count === 1 ? " is" : "s are"} left out, as chosen: row${p.count === 1 ? "" : "s"} ${rowList(p)}.`,
  statisticsRangeEmpty: (p) =>
    `The range ${p.range} holds no cell with data of the sheet "${p.sheet}"` + (p.used ? ` (its data lies in ${p.used}).` : " (the sheet is empty)."),
  statisticsDate1904: () => "The file uses the 1904 date system (a Mac workbook): dates written as numbers were read in that system.",
  statisticsDateSystemAssumed: () =>
    "The register's date system (1900 or 1904) could not be told: dates written as numbers are read in Excel for Windows' 1900 system; " +
    "if the register was made on a Mac in the 1904 system, its dates are 4 years off.",
};

const rowList = (p: { rows: number[]; more: number }) => `${p.rows.join(", ")}${p.more > 0 ? ` and ${f.number(p.more)} more` : ""}`;

export const words: typeof vi.words = {};
