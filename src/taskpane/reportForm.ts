/**
 * The report options as the pane's form gives them (targets, date, office, language, terminated
 * money), or the messages saying what is wrong with them: read the one way for the report of step 3
 * and for the year's reports (year-view.ts). Targets are read as the core reads every rate.
 */
import { readFraction } from "../core/coerce";
import { isError } from "../core/errors";
import { clean } from "../core/numbers";
import { CivilDate, isValidDate } from "../core/periods";
import type { ReportOptions } from "../core/report/options";
import type { Measure } from "../core/table/model";
import type { words } from "../i18n/problem";

type PaneWords = ReturnType<typeof words>["pane"];

/** The form's fields, each found when asked (as the pane's `ui` finds them). */
export interface FormFields {
  targetCases: () => HTMLInputElement;
  targetMoney: () => HTMLInputElement;
  reportDate: () => HTMLInputElement;
  office: () => HTMLInputElement;
  countTerminated: () => HTMLInputElement;
  reportLang: () => HTMLSelectElement;
}

/** The date of a date field (yyyy-mm-dd), undefined when empty or not a day. */
export function dateOfField(input: HTMLInputElement): CivilDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : undefined;
}

/** A target as the core reads every rate ("0,815", "81,5", "81,5%" are 81,5%); undefined when rejected. */
function readTarget(input: HTMLInputElement, field: string): number | undefined {
  const fraction = readFraction(input.value.trim(), field);
  return isError(fraction) ? undefined : clean(fraction);
}

/** The targets, or the messages saying what is wrong with them (each field marked invalid or not). */
function targets(fields: FormFields, s: PaneWords): { targets?: Record<Measure, number>; problems: string[] } {
  const problems: string[] = [];
  const read = (measure: Measure, input: HTMLInputElement): number => {
    const value = readTarget(input, s.measureWord[measure]);
    input.setAttribute("aria-invalid", String(value === undefined));
    if (value === undefined) {
      problems.push(input.value.trim() === "" ? s.targetMissing(s.measureWord[measure]) : s.targetInvalid(s.measureWord[measure], input.value.trim()));
    }
    return value ?? 0;
  };
  const result = { cases: read("cases", fields.targetCases()), money: read("money", fields.targetMoney()) };
  return problems.length > 0 ? { problems } : { targets: result, problems };
}

/** The report options of the form, or what is wrong with it. */
export function reportOptionsOf(fields: FormFields, s: PaneWords, today: CivilDate): { options?: ReportOptions; problems: string[] } {
  const date = dateOfField(fields.reportDate());
  const chosen = targets(fields, s);
  const problems = [...chosen.problems, ...(date ? [] : [s.dateInvalid])];
  if (!chosen.targets || !date || problems.length > 0) return { problems };
  const office = fields.office().value.trim() || undefined;
  const lang = fields.reportLang().value === "en" ? "en" : "vi";
  return { options: { office, reportDate: date, targets: chosen.targets, lang, countTerminatedMoney: fields.countTerminated().checked, today }, problems };
}
