/**
 * When the pane reads the sheet. With the shared runtime (manifest: <Runtime lifetime="long">) the
 * page starts as soon as a THADS.* cell calculates, with the task pane hidden, and keeps running
 * while the pane is closed ("any event listeners that are registered in the task pane continue to
 * run even when the task pane is hidden", Show or hide the task pane, learn.microsoft.com). So:
 * - at start the pane reads only if it is visible; a hidden page waits until the pane is shown
 *   (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1) or the user asks (the button);
 * - when another sheet is activated (worksheets.onActivated, ExcelApi 1.7), what the pane shows
 *   is read again from it: at once if the pane is visible, else when it is next shown. The report
 *   sheets the pane wrote (recorded in the workbook's settings) do not count: activating one keeps
 *   the pane on its source.
 */
import type { Lang } from "../i18n/lang";
import { problem, renderProblem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";
import { missingRequirementSets } from "../excel/requirements";
import { activeSheetName } from "../excel/sheets";

export interface PaneHooks {
  /** reads the active sheet and shows what it holds */
  read(): Promise<void>;
  /** the sheet whose table the pane shows, if any */
  shownSheet(): string | undefined;
  /** whether the pane is reading or writing now */
  busy(): boolean;
  /** whether a sheet is a report the pane wrote: activating it is not a change of table */
  isOwnSheet(name: string): boolean;
}

/** How long to wait before trying again a read asked for while the pane was busy. */
const BUSY_RETRY_MS = 300;

/**
 * Whether the page is shown. Office gives no getter for the task pane's visibility, only the change
 * event; a hidden pane's page is hidden or has no size (a hidden webview, or an iframe not displayed).
 */
function pageVisible(): boolean {
  return document.visibilityState === "visible" && window.innerWidth > 0 && window.innerHeight > 0;
}

export interface Lifecycle {
  /** sheets the pane wrote that no table report records ("Thêm tệp…"): activating them is not a change of table */
  ownSheets(names: string[]): void;
}

export function startLifecycle(pane: PaneHooks): Lifecycle {
  let visible = pageVisible();
  let stale = true; // the active sheet may not be the one the pane shows
  const own = new Set<string>();

  // Reads the active sheet unless it is the one shown or one the pane wrote; waits while the pane
  // is busy (writing a report, it activates the new sheet itself).
  const refresh = async (): Promise<void> => {
    if (pane.busy()) {
      setTimeout(() => void refresh(), BUSY_RETRY_MS);
      return;
    }
    stale = false;
    const shown = pane.shownSheet();
    // With no table shown (report made from files), a sheet the pane wrote is still its own.
    const name = shown === undefined && own.size === 0 ? undefined : await activeSheetName();
    if (name === undefined || (name !== shown && !own.has(name) && !pane.isOwnSheet(name))) await pane.read();
  };
  // Hidden, the pane touches nothing: it only remembers to look once shown.
  const refreshWhenVisible = (): void => {
    if (visible) void refresh();
    else stale = true;
  };

  // Where an event cannot be registered the pane still reads on the user's action (the button).
  Office.addin
    .onVisibilityModeChanged((message) => {
      visible = message.visibilityMode === Office.VisibilityMode.taskpane;
      if (visible && stale) void refresh();
    })
    .catch(() => undefined);
  Excel.run(async (context) => {
    context.workbook.worksheets.onActivated.add(async () => refreshWhenVisible());
    await context.sync();
  }).catch(() => undefined);
  refreshWhenVisible();
  return { ownSheets: (names) => names.forEach((n) => own.add(n)) };
}

/** What the pane says instead of starting when this Excel lacks a requirement set it needs. */
export function missingRequirementsText(lang: Lang): string | undefined {
  const sets = missingRequirementSets();
  return sets.length > 0 ? renderProblem(problem("excelRequirementsMissing", { sets }), lang) : undefined;
}

/** An error's text in the pane's language: a problem of the Excel glue, else the error's message. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ProblemError) return error.describe(lang);
  return error instanceof Error ? error.message : String(error);
}
