/**
 * The task pane: 1) recognise the table on the active sheet (statistics table or case register) and
 * let the user correct it, 2) targets, report date, office, 3) build the report and write it to new
 * sheets. Figures come from the core; the pane only gathers choices and shows results. Any failure
 * is shown in Office's display language (Vietnamese or English) and the workbook is left as it was.
 *
 * Made for Office's default 320-pixel pane: what was recognised fits in a few lines ("Sửa cột" opens
 * the mapping), and "Tạo báo cáo", its progress and its one-line result stay in a bar at the bottom
 * of the viewport. The modules: recognize.ts (step 1), source-panel.ts (what it shows), form.ts
 * (step 2), build.ts (step 3), files-pane.ts ("Thêm tệp…"), slots.ts (where other features mount).
 */
import { langOf } from "../i18n/lang";
import { reportOfSheet } from "../excel/settings";
import { build, formOptions, setComparison, setOtherSource } from "./build";
import { byId, el } from "./dom";
import { clearOutcome, setFieldError, showMessage, showProgress } from "./feedback";
import { PaneFiles, PaneHooks as FilesHooks } from "./files-pane";
import { currentDateOrDefault, offerReportDate, showPeriod } from "./form";
import { errorText, Lifecycle, missingRequirementsText, startLifecycle } from "./lifecycle";
import { recognize, whenRecognised } from "./recognize";
import { mount } from "./slots";
import { onSelectIssue, renderSource, useSaved } from "./source-panel";
import type * as YearModule from "./year-view";
import { loadBundle } from "./bundle";
import { words } from "../i18n/problem";
import { PaneWords, setBusy, setLanguage, state, ui } from "./state";

let lifecycle: Lifecycle | undefined;
/** the units' workbooks picked with "Thêm tệp…": when there are any, the report is theirs */
let files: PaneFiles | undefined;

/** Static texts of the page, by their data-i18n key. */
function applyLanguage(): void {
  document.documentElement.lang = state.lang;
  document.querySelectorAll<HTMLElement>("[data-i18n]").forEach((node) => {
    const text = state.s[node.dataset.i18n as keyof PaneWords];
    if (typeof text === "string") node.textContent = text;
  });
  document.querySelectorAll<HTMLElement>("[data-i18n-label]").forEach((node) => {
    const text = state.s[node.dataset.i18nLabel as keyof PaneWords];
    if (typeof text === "string") node.setAttribute("aria-label", text);
  });
  ui.targetCases().placeholder = state.s.targetPlaceholder;
  ui.targetMoney().placeholder = state.s.targetPlaceholder;
}

/**
 * Typing in a field or changing a choice (input fires for text, dropdowns and checkboxes alike; change
 * would also fire when focus leaves a typed field, after the build) clears the field's error and the
 * outcome made stale; Enter in a target, the date or the office builds.
 */
function wireFields(): void {
  ui.app().addEventListener("input", (event) => {
    if (state.busy) return;
    clearOutcome();
    if (event.target instanceof HTMLInputElement) setFieldError(event.target, undefined);
  });
  for (const input of [ui.targetCases(), ui.targetMoney(), ui.reportDate(), ui.office()]) {
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.isComposing) {
        event.preventDefault();
        void build();
      }
    });
  }
  ui.reportDate().addEventListener("input", () => {
    showPeriod();
    // A register's cases after the date drop out of the period; a table's title may name another period.
    if (state.source) renderSource();
    files?.render();
  });
}

function start(displayLanguage: string | undefined): void {
  setLanguage(langOf(displayLanguage));
  applyLanguage();
  offerReportDate(undefined);
  wireFields();
  files = new PaneFiles(byId("files"), filesHooks());
  setOtherSource(files);
  ui.recognize().addEventListener("click", () => void recognize());
  ui.build().addEventListener("click", () => void build());
  byId("use-saved").addEventListener("click", useSaved);
  ui.app().setAttribute("aria-busy", "false");
  const missing = missingRequirementsText(state.lang);
  if (missing) {
    setBusy(true);
    ui.app().setAttribute("aria-busy", "false");
    return showMessage("recognize-message", "error", missing);
  }
  lifecycle = startLifecycle({
    read: recognize,
    shownSheet: () => state.source?.grid.sheetName,
    busy: () => state.busy,
    isOwnSheet: (name) => reportOfSheet(name) !== undefined,
  });
  mountYear();
}

/**
 * "So với cùng kỳ" and "Diễn biến theo tháng" (year-view.ts), among the other reports: a bundle of
 * their own (year.js), fetched once the pane is up, so that the pane's first load stays small.
 */
function mountYear(): void {
  const failed = words(state.lang).year.reports.unavailable;
  loadBundle<typeof YearModule>("year.js", "thadsYear", failed).then(({ mountYearView }) => {
    const section = el("div", { class: "year-slot" });
    mount("reports", section);
    const host = {
      lang: () => state.lang,
      sourceSheet: () => state.source?.grid.sheetName,
      options: formOptions,
      busy: () => state.busy,
      setBusy,
      ownSheets: (names: string[]) => lifecycle?.ownSheets(names),
      onSelectIssue,
      errorText: (error: unknown) => errorText(error, state.lang),
    };
    const year = mountYearView(host, section);
    setComparison(year);
    whenRecognised(() => void year.refresh());
    if (state.source) void year.refresh();
  }, () => showMessage("message", "info", failed));
}

/** What the files' section ("Thêm tệp…", files-pane.ts) borrows of the pane. */
function filesHooks(): FilesHooks {
  const ownSheets = (names: string[]) => lifecycle?.ownSheets(names);
  return { lang: state.lang, reportDate: currentDateOrDefault, setBusy, showProgress, showMessage, ownSheets };
}

Office.onReady(() => start(Office.context.displayLanguage));
