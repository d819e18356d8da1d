/**
 * The sentence offices write under their results (THADS.SUMMARY, and the report's summary line):
 * "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) và đạt tỷ lệ
 * 46,66%/48% về giá trị (còn thiếu 1,34%)."
 *
 * Figures are printed as percents with a decimal comma and at most two decimals, trailing zeros dropped.
 * The gap is the difference of the two figures as printed (81,5 − 77,14 = 4,36), so the sentence
 * always adds up for a reader checking it; it agrees with THADS.STATUS:
 * - "còn thiếu X%" when the rate is below the target,
 * - "vượt X%" when it is above,
 * - "đạt chỉ tiêu" when rate and target print the same and the rate reaches the target,
 * - "còn thiếu dưới 0,01%" when they print the same but the rate is (just) below the target.
 */
import { formatHundredths, percentHundredths } from "./format";
import { meetsTarget } from "./rates";
import { functionWords } from "../i18n/functionWords";
import type { Lang } from "../i18n/lang";

/** A rate and its target, both fractions (0.815 for 81,5%). */
export interface RateAgainstTarget {
  rate: number;
  target: number;
}

export interface SummaryFigures {
  /** The period's length in months (1…12): "11 tháng". Omitted: no period in the sentence. */
  months?: number;
  /** Về việc (by number of cases). */
  cases: RateAgainstTarget;
  /** Về giá trị (by money). */
  money: RateAgainstTarget;
}

/** Hundredths of a percent as each language prints them: 7714 → 77,14 / 77.14. */
const HUNDREDTHS: Readonly<Record<Lang, (h: number) => string>> = {
  vi: (h) => formatHundredths(h, ",", "."),
  en: (h) => formatHundredths(h, ".", ","),
};

/** "còn thiếu 4,36%" · "vượt 1,2%" · "đạt chỉ tiêu" · "còn thiếu dưới 0,01%" (see the file comment). */
export function gapPhrase(rate: number, target: number, lang: Lang = "vi"): string {
  const words = functionWords(lang).summary;
  const gap = percentHundredths(target) - percentHundredths(rate);
  if (gap > 0) return words.short(HUNDREDTHS[lang](gap));
  if (gap < 0) return words.over(HUNDREDTHS[lang](-gap));
  return meetsTarget(rate, target) ? words.met : words.justShort;
}

/** "77,14%/81,5% về việc (còn thiếu 4,36%)" */
function ratePart({ rate, target }: RateAgainstTarget, measure: "cases" | "money", lang: Lang): string {
  const words = functionWords(lang).summary;
  const figure = HUNDREDTHS[lang];
  return words.part(figure(percentHundredths(rate)), figure(percentHundredths(target)), words[measure], gapPhrase(rate, target, lang));
}

/**
 * The whole sentence, in Vietnamese unless told. Pure: inputs are taken as given (the callers check
 * that rates and targets are fractions in 0..1 and that months is a whole number 1…12).
 */
export function summarySentence({ months, cases, money }: SummaryFigures, lang: Lang = "vi"): string {
  const words = functionWords(lang).summary;
  const period = months === undefined ? "" : words.period(months);
  return words.sentence(period, ratePart(cases, "cases", lang), ratePart(money, "money", lang));
}
