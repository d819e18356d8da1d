/** English texts of the report area: the same keys as ../vi/report.ts, checked by the type. */
import { FORMATS } from "../format";
import type { TotalDifference } from "../../core/report/figures";
import type { Measure } from "../../core/table/model";
import type * as vi from "../vi/report";
import { words as table } from "./table";

const { number, value, percent, date } = FORMATS.en;
const measure = (m: Measure) => table.measures[m].toLowerCase();
const difference = (d: TotalDifference) =>
  `${measure(d.measure)}, ${table.categories[d.category].toLowerCase()}: ${number(d.sheet)} (source) / ${number(d.computed)} (recomputed)`;
const given = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? number(v) : String(v));

export const problems: typeof vi.problems = {
  reportTargetInvalid: (p) => `The target ${measure(p.measure)} "${given(p.value)}" is not valid: a rate from 0% to 100% is needed.`,
  reportTargetImplausible: (p) =>
    `The target ${measure(p.measure)} ${percent(p.value)} is unusually low (below ${percent(p.lowest)}): check it (81.5% is typed 81.5 or 0.815).`,
  reportDateInFuture: (p) => `The report date ${date(p.reportDate)} is after today (${date(p.today)}): check the report date.`,
  reportDateLongAgo: (p) =>
    `The report date ${date(p.reportDate)} is more than ${p.years} years before today (${date(p.today)}): check the report date.`,
  reportNoMembers: (p) =>
    `The table${p.sheet ? ` on sheet "${p.sheet}"` : ""}${p.file ? ` of file ${p.file}` : ""} has no rows of figures (officers or units)` +
    (p.sheet ? ": check the sheet, the range selected and the report date." : "."),
  reportSheetTotalMismatch: (p) =>
    `The source table's total row${p.cell ? ` (${p.cell})` : ""} differs from the total of its rows: ` +
    `${p.differences.map(difference).join("; ")}. The report uses the recomputed total.`,
  reportRateAbove100: (p) =>
    `${p.member} (${measure(p.measure)}): completed + terminated (${value(p.done)}) is more than the enforceable (${value(p.eligible)}).`,
  reportMemberTargetInvalid: (p) =>
    `${p.member}: the target ${measure(p.measure)} "${given(p.value)}" is not valid; the office's target ${percent(p.fallback)} is used.`,
};

export const words: typeof vi.words = {
  title: "CIVIL JUDGMENT ENFORCEMENT RESULTS REPORT",
  index: "No.",
  member: { officer: "Enforcement officer", unit: "Unit" },
  rank: "Rank",
  total: "Total",
  band: { cases: "Cases", money: "Money (thousand dong)" },
  eligible: "Eligible",
  done: "Completed + terminated",
  completedOnly: "Completed",
  rate: "Rate",
  target: "Target",
  gap: "Short (+) / Over (−)",
  needed: "More needed",
  neededPerMonth: "Needed per remaining month",
  status: "Met / Not met",
  met: "Met",
  notMet: "Not met",
  monthsRemaining: "Months remaining in the statistical year:",
  chartTitle: "Completion rate against target",
  series: {
    caseRate: "Case rate",
    caseTarget: "Case target",
    moneyRate: "Money rate",
    moneyTarget: "Money target",
  },
  belowTarget: (names) => `Below target: ${names.join(", ")}`,
  allMet: "All members met their targets.",
  noRate: "No overall rate: the number of eligible cases is 0.",
  terminatedMoneyExcluded: "Money: terminated amounts are not counted as completed.",
  sheetName: (p) => `Report ${p.months} months ${p.fiscalYear}`,
  sheetNameFallback: "Report",
};
