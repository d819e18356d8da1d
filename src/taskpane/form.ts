/**
 * Step 2, the report's choices: targets, report date (and the period it falls in), office, whether
 * terminated money counts. Each field that cannot be read says so beside itself.
 */
import { readFraction } from "../core/coerce";
import { isError } from "../core/errors";
import { clean } from "../core/numbers";
import { CivilDate, isoDate, isValidDate, lastCompleteMonthEnd, periodLabel, periodOf } from "../core/periods";
import { defaultReportDate } from "../core/statistics";
import type { Measure } from "../core/table/model";
import { byId } from "./dom";
import { setFieldError } from "./feedback";
import type { FormChoices, Source } from "./source";
import { state, today, ui } from "./state";

export function reportDate(): CivilDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ui.reportDate().value);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : undefined;
}

export function currentDateOrDefault(): CivilDate {
  return reportDate() ?? lastCompleteMonthEnd(today());
}

/** Fills the report date in, unless the user typed one: the title's period end, else the last month's end. */
export function offerReportDate(source: Source | undefined): void {
  if (ui.reportDate().value !== state.autoDate) return;
  const fallback = lastCompleteMonthEnd(today());
  state.autoDate = isoDate(source ? defaultReportDate(source, fallback) : fallback);
  ui.reportDate().value = state.autoDate;
  showPeriod();
}

export function showPeriod(): void {
  const d = reportDate();
  byId("period").textContent = d ? periodLabel(periodOf(d), state.lang) : "—";
}

/** A target as the core reads every rate ("0,815", "81,5", "81,5%" are 81,5%); undefined when rejected. */
function readTarget(input: HTMLInputElement, field: string): number | undefined {
  const fraction = readFraction(input.value.trim(), field);
  return isError(fraction) ? undefined : clean(fraction);
}

export interface Chosen {
  targets: Record<Measure, number>;
  date: CivilDate;
}

/**
 * The targets and the report date, each field's error beside it; undefined when any is wrong, and
 * then the first wrong field has the focus.
 */
export function readChoices(): Chosen | undefined {
  const { s } = state;
  const wrong: HTMLInputElement[] = [];
  const read = (measure: Measure, input: HTMLInputElement): number => {
    const value = readTarget(input, s.measureWord[measure]);
    const typed = input.value.trim();
    const error = value !== undefined ? undefined : typed === "" ? s.targetMissing(s.measureWord[measure]) : s.targetInvalid(s.measureWord[measure], typed);
    setFieldError(input, error);
    if (error) wrong.push(input);
    return value ?? 0;
  };
  const targets = { cases: read("cases", ui.targetCases()), money: read("money", ui.targetMoney()) };
  const date = reportDate();
  setFieldError(ui.reportDate(), date ? undefined : s.dateInvalid);
  if (!date) wrong.push(ui.reportDate());
  wrong[0]?.focus();
  return wrong.length === 0 && date ? { targets, date } : undefined;
}

export function formChoices(): FormChoices {
  return {
    targetCases: ui.targetCases().value.trim(),
    targetMoney: ui.targetMoney().value.trim(),
    office: ui.office().value.trim(),
    countTerminatedMoney: ui.countTerminated().checked,
  };
}

export function applyForm(form: FormChoices): void {
  ui.targetCases().value = form.targetCases;
  ui.targetMoney().value = form.targetMoney;
  if (form.office) ui.office().value = form.office;
  ui.countTerminated().checked = form.countTerminatedMoney;
}
