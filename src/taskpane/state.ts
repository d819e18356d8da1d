/**
 * What the pane's modules share: the language and its words, the table being worked on, whether the
 * pane is reading or writing, and its fixed controls. One object, so a module mounted by another
 * feature (slots.ts) sees the same source the build uses.
 */
import type { CivilDate } from "../core/periods";
import { todayOf } from "../core/today";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { byId } from "./dom";
import type { SavedMapping, Source } from "./source";

export type PaneWords = ReturnType<typeof words>["pane"];

export interface State {
  lang: Lang;
  /** the pane's words in that language */
  s: PaneWords;
  source?: Source;
  saved?: SavedMapping;
  /** the office name last filled in from a table, so a typed one is not overwritten */
  autoOffice: string;
  /** the report date last filled in (ISO, as the field holds it), so a date the user typed is kept */
  autoDate: string;
  busy: boolean;
}

export const state: State = { lang: "vi", s: words("vi").pane, autoOffice: "", autoDate: "", busy: false };

export const ui = {
  app: () => byId("app"),
  recognize: () => byId<HTMLButtonElement>("recognize"),
  build: () => byId<HTMLButtonElement>("build"),
  targetCases: () => byId<HTMLInputElement>("target-cases"),
  targetMoney: () => byId<HTMLInputElement>("target-money"),
  office: () => byId<HTMLInputElement>("office"),
  reportDate: () => byId<HTMLInputElement>("report-date"),
  countTerminated: () => byId<HTMLInputElement>("count-terminated"),
  reportLang: () => byId<HTMLSelectElement>("report-lang"),
};

export function setLanguage(lang: Lang): void {
  state.lang = lang;
  state.s = words(lang).pane;
}

/** While reading or writing, the two actions are disabled and the page says it is busy. */
export function setBusy(busy: boolean): void {
  state.busy = busy;
  ui.build().disabled = busy;
  ui.recognize().disabled = busy;
  ui.app().setAttribute("aria-busy", String(busy));
}

export function civil(date: Date): CivilDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The system's date, or the day the tests set as the THADS_TODAY global (core/today.ts). */
export function today(): CivilDate {
  return todayOf((globalThis as { THADS_TODAY?: unknown }).THADS_TODAY);
}
