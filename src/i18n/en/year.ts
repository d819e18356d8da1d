/** English texts of the year area: the same keys as ../vi/year.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/year";

const f = FORMATS.en;
const period = (p: vi.PeriodParam) =>
  `${p.months} month${p.months === 1 ? "" : "s"} of statistical year ${p.fiscalYear} (${f.date(p.start)} – ${f.date(p.end)})`;
const list = (names: string[]) => names.join(", ");

export const problems: typeof vi.problems = {
  yearPreviousPeriodDiffers: (p) =>
    `The same-period table (cell ${p.where}) names ${period(p.named)}, not the same period of the year before the report's: ${period(p.expected)}. Check the file compared.`,
  yearPreviousPeriodUnnamed: (p) => `The same-period table's title (${p.file}) names no period: taken as ${period(p.assumed)}.`,
  yearPreviousPeriodUnclear: (p) =>
    `The same-period table's title (cell ${p.where}) says "${p.words}", which is no period counted from 1 October: taken as ${period(p.assumed)}.`,
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

export const words: typeof vi.words = {
  previousBand: (fiscalYear) => `Same period ${fiscalYear}`,
  changeBand: "Change",
  comparisonSentence: (p) =>
    `Compared with the same period of ${p.previousFiscalYear}, ${measurePart("cases", "", p.cases)}; ${measurePart("money", " thousand dong", p.money)}.`,
};
