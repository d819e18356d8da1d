/** English texts of the year area: the same keys as ../vi/year.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/year";

const f = FORMATS.en;
const period = (p: vi.PeriodParam) =>
  `${p.months} month${p.months === 1 ? "" : "s"} of statistical year ${p.fiscalYear} (${f.date(p.start)} – ${f.date(p.end)})`;
const list = (names: string[]) => names.join(", ");

export const problems: typeof vi.problems = {
  yearMonthUnknown: (p) =>
    `${p.source}: which month this table is for is not known (neither its title nor its sheet name names a period, e.g. "T10-2020"): left out.`,
  yearOtherYear: (p) => `${p.source}: the period ${period(p.period)} is not in statistical year ${p.fiscalYear}: left out.`,
  yearDuplicateMonth: (p) => `${p.source}: the period ${period(p.period)} is already given by ${p.first}: the later table is left out.`,
  yearMissingMonths: (p) =>
    `No table for ${p.periods.map((x) => `${f.date(x.end).replace(/^\d+ /, "")}`).join(", ")}: the trend leaves those months out.`,
  yearNoMonth: (p) => `No table names a period of a statistical year (${f.number(p.count)} read).`,
  yearPreviousPeriodDiffers: (p) =>
    `The same-period table (cell ${p.where}) names ${period(p.named)}, not the same period of the year before the report's: ${period(p.expected)}. Check the file compared.`,
  yearPreviousPeriodUnnamed: (p) => `The same-period table's title (${p.file}) names no period: taken as ${period(p.assumed)}.`,
  yearPreviousPeriodUnclear: (p) =>
    `The same-period table's title (cell ${p.where}) says "${p.words}", which is no period counted from 1 October: taken as ${period(p.assumed)}.`,
  yearPreviousPeriodConflict: (p) =>
    `The same-period table's title names two periods: ${period(p.periods[0])} (cell ${p.first}) and ${period(p.periods[1])} (cell ${p.second}): taken as ${period(p.assumed)}.`,
  yearAbsentThisYear: (p) => `In the same-period table but not in this period (still counted in last year's total): ${list(p.names)}.`,
  yearAmbiguousName: (p) =>
    `The name "${p.name}" (${p.where}) is the same as another one once accents and case are ignored: no comparison with last year.`,
};

const changePhrase = (change: number, unit: string) =>
  change > 0 ? `rose by ${f.number(change)}${unit}` : change < 0 ? `fell by ${f.number(-change)}${unit}` : "did not change";
const rateChangePhrase = (hundredths: number) =>
  hundredths > 0
    ? `rose by ${f.number(hundredths / 100)} points`
    : hundredths < 0
      ? `fell by ${f.number(-hundredths / 100)} points`
      : "did not change";
const measurePart = (what: string, unit: string, m: vi.ComparisonSentenceParams["cases"]) =>
  `${what} completed ${changePhrase(m.done, unit)}` + (m.rateHundredths === null ? "" : `, the rate ${rateChangePhrase(m.rateHundredths)}`);

const projectedPart = (measure: string, unit: string, m: vi.ProjectedParam, remaining: number) => {
  if (m.rate === null) return `no ${measure} rate can be projected`;
  const reach =
    remaining === 0 ? "" : m.neededPerMonth === 0 ? `, enough to reach ${f.percent(m.target)}` : `, ${f.number(m.neededPerMonth)}${unit} more needed each month to reach ${f.percent(m.target)}`;
  return `the ${measure} rate is projected at ${f.percent(m.rate)}${reach}`;
};

export const words: typeof vi.words = {
  reports: {
    heading: "4. Same period last year, month by month",
    compareHeading: "Same period last year",
    trendHeading: "Month by month",
    previousFiles: "Files of the same period last year (one or several)",
    previousHint: "The report of the files of step 1 with last year's figures beside it; several files: pick last year's files of the same units (matched by unit name).",
    buildCompared: "Create report against last year",
    noPrevious: "No file of the same period last year chosen.",
    trendHint: "The year month by month from the files of step 1: one workbook with a sheet per month (T10, T11…), or several files, one per month.",
    buildTrend: "Create month-by-month trend",
    previousSheet: "Sheet of the same period last year",
    noComparison: "No comparison",
    sheetOption: (sheet: string, period?: string) => (period ? `${sheet} (${period})` : sheet),
    previousSheetHint: "Pick the sheet with last year's table of the same period: the report of step 3 gains the same-period, change columns and the comparison sentence.",
    noOtherSheet: "No other sheet of the workbook holds a statistics table or a case register to compare with.",
    previousRead: (sheet: string) => `The report will be compared with sheet “${sheet}”.`,
    previousGone: (sheet: string) => `Sheet “${sheet}” no longer holds a statistics table or a case register: pick the same-period sheet again.`,
    trendOffer: (count: number, first: string, last: string) => `The workbook holds ${f.number(count)} monthly tables (${first} … ${last}).`,
    trendWrittenSheet: (sheet: string) => `Sheet “${sheet}” created.`,
    looking: "Looking at the workbook's other sheets…",
    unavailable: "The Same period last year and Month by month reports could not be loaded (the add-in's year.js); the report of step 3 still works.",
  },
  compareNotTrend: "--compare compares a report (thads report), not a trend.",
  trendWritten: (file) => `Trend written: ${file}`,
  trendSheetName: (fiscalYear) => `Trend ${fiscalYear}`,
  trendTitle: (fiscalYear) => `CIVIL JUDGMENT ENFORCEMENT: THE STATISTICAL YEAR ${fiscalYear} MONTH BY MONTH`,
  trendSubtitle: "Cumulative figures from 1 October to the end of each month",
  month: "Month",
  monthName: (month, year) => `${f.date({ year, month, day: 1 }).replace(/^\d+ /, "")}`,
  projected: (end) => `Projected to ${f.date(end)}`,
  neededPerMonthRow: (remaining) => `Needed per month (${remaining} month${remaining === 1 ? "" : "s"} left)`,
  caseChartTitle: "Case rate by month against target",
  moneyChartTitle: "Money rate by month against target",
  noProjection: "A single month: no projection of the year yet.",
  projectionSentence: (p) =>
    `${p.basis === "recent" ? "At the pace of the last 3 months" : `At the mean pace since ${f.date({ ...p.from, day: 1 }).replace(/^\d+ /, "")}`}, by ${f.date(p.end)} ` +
    `${projectedPart("case", " cases", p.cases, p.remaining)}; ${projectedPart("money", " thousand dong", p.money, p.remaining)}.`,
  previousBand: (fiscalYear) => `Same period ${fiscalYear}`,
  changeBand: "Change",
  comparisonSentence: (p) =>
    `Compared with the same period of ${p.previousFiscalYear}, ${measurePart("cases", "", p.cases)}; ${measurePart("money", " thousand dong", p.money)}.`,
};
