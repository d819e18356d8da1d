/**
 * The words of the functions area alone, for the core modules that write text (the period's name,
 * the summary sentence): importing one area keeps the custom-functions bundle free of the pane's
 * and the report's words.
 */
import * as en from "./en/functions";
import type { Lang } from "./lang";
import * as vi from "./vi/functions";

const WORDS: Readonly<Record<Lang, typeof vi.words>> = { vi: vi.words, en: en.words };

export function functionWords(lang: Lang): typeof vi.words {
  return WORDS[lang];
}
