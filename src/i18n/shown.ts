/**
 * A value the user gave, quoted back inside a message: text in quotes, numbers the language's way
 * (every decimal they have), TRUE/FALSE as Excel writes them, and a word for nothing at all.
 */
import { FORMATS } from "./format";
import type { Lang } from "./lang";

/** What a problem carries of a value it names: the value itself, raw (objects arrive as their text). */
export type ShownValue = string | number | boolean | null;

/** A raw value as a problem parameter: null and undefined are nothing, anything else not shown as is is its text. */
export function shownValue(v: unknown): ShownValue {
  if (v === null || v === undefined) return null;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

export function showValue(v: ShownValue, lang: Lang, blank: string): string {
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number") return Number.isFinite(v) ? FORMATS[lang].value(v) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return blank;
}
