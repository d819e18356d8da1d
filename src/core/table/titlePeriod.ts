/**
 * The period a table's title rows name (recognizeTable puts it in the layout) against the report
 * date the user chose: the title's period end is the default date, and a date in another period is
 * warned about, naming the title cell and both periods. For the pane and the command to call.
 */
import { problem } from "../../i18n/problem";
import { periodOf, type CivilDate } from "../periods";
import { samePeriod } from "../periodName";
import type { Issue } from "./model";
import type { TableLayout } from "./recognize";

/** The report date the title names (its period's last day), or undefined when it names none. */
export function titleReportDate(layout: Pick<TableLayout, "titlePeriod">): CivilDate | undefined {
  return layout.titlePeriod?.kind === "period" ? layout.titlePeriod.period.end : undefined;
}

/** A warning when the chosen date falls in another period than the title's; undefined when they agree or the title names none. */
export function titlePeriodMismatch(layout: Pick<TableLayout, "titlePeriod">, reportDate: CivilDate): Issue | undefined {
  const named = layout.titlePeriod;
  if (named?.kind !== "period") return undefined;
  const chosen = periodOf(reportDate);
  if (samePeriod(chosen, named.period)) return undefined;
  return { where: named.where, severity: "warning", problem: problem("tablePeriodMismatch", { cell: named.where, title: named.period, chosen }) };
}
