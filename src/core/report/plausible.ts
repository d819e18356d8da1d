/**
 * Choices that are valid but most often a slip: a target below 10% or above 100% (a rate typed in
 * the wrong scale: "0,815%" for 81,5%), a report date after today or more than two years back (a
 * year typed wrong). Said as warnings, once per report, by the one step that reads the options.
 */
import { problem } from "../../i18n/problem";
import { compareDates, daysInMonth, type CivilDate } from "../periods";
import { MEASURES, type Issue, type Measure } from "../table/model";

/** The problems of the options themselves, which a report built twice (a comparison) says once. */
export const OPTION_PROBLEMS: ReadonlySet<string> = new Set(["reportTargetInvalid", "reportTargetImplausible", "reportDateInFuture", "reportDateLongAgo"]);

/** The lowest target taken without a warning: no office's target in the published years is below it. */
export const LOWEST_PLAUSIBLE_TARGET = 0.1;
/** How far back a report date is taken without a warning. */
export const PLAUSIBLE_YEARS_BACK = 2;

/** The same day `years` years earlier (29 February → 28 February). */
function yearsBefore(d: CivilDate, years: number): CivilDate {
  const year = d.year - years;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

/** Targets (fractions, already checked to be within 0..1) the user most likely did not mean. */
export function implausibleTargets(targets: Record<Measure, number>): Issue[] {
  return MEASURES.filter((m) => targets[m] < LOWEST_PLAUSIBLE_TARGET).map((m) => ({
    where: "",
    severity: "warning",
    problem: problem("reportTargetImplausible", { measure: m, value: targets[m], lowest: LOWEST_PLAUSIBLE_TARGET }),
  }));
}

/** A report date after `today` or more than two years before it; none when today is not known. */
export function implausibleReportDate(reportDate: CivilDate, today: CivilDate | undefined): Issue[] {
  if (!today) return [];
  const warn = (code: "reportDateInFuture" | "reportDateLongAgo"): Issue[] => [
    { where: "", severity: "warning", problem: problem(code, { reportDate, today, years: PLAUSIBLE_YEARS_BACK }) },
  ];
  if (compareDates(reportDate, today) > 0) return warn("reportDateInFuture");
  if (compareDates(reportDate, yearsBefore(today, PLAUSIBLE_YEARS_BACK)) < 0) return warn("reportDateLongAgo");
  return [];
}
