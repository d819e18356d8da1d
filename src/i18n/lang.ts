/** The languages of every user-facing text: Vietnamese (the offices' language, the default) and English. */
export type Lang = "vi" | "en";

export const LANGS: readonly Lang[] = ["vi", "en"];

/** Vietnamese unless the language tag ("en-US", Office's display language, the browser's) is English. */
export function langOf(tag: string | undefined | null): Lang {
  return (tag ?? "").toLowerCase().startsWith("en") ? "en" : "vi";
}
