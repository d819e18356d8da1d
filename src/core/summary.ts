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
import { formatHundredthsVi, percentHundredths } from "./format";
import { meetsTarget } from "./rates";

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

/** "còn thiếu 4,36%" · "vượt 1,2%" · "đạt chỉ tiêu" · "còn thiếu dưới 0,01%" (see the file comment). */
export function gapPhrase(rate: number, target: number): string {
  const gap = percentHundredths(target) - percentHundredths(rate);
  if (gap > 0) return `còn thiếu ${formatHundredthsVi(gap)}%`;
  if (gap < 0) return `vượt ${formatHundredthsVi(-gap)}%`;
  return meetsTarget(rate, target) ? "đạt chỉ tiêu" : "còn thiếu dưới 0,01%";
}

/** "77,14%/81,5% về việc (còn thiếu 4,36%)" */
function ratePart({ rate, target }: RateAgainstTarget, measure: string): string {
  const rateText = formatHundredthsVi(percentHundredths(rate));
  const targetText = formatHundredthsVi(percentHundredths(target));
  return `${rateText}%/${targetText}% ${measure} (${gapPhrase(rate, target)})`;
}

/**
 * The whole sentence. Pure: inputs are taken as given (the callers check that rates and targets
 * are fractions in 0..1 and that months is a whole number 1…12).
 */
export function summarySentence({ months, cases, money }: SummaryFigures): string {
  const period = months === undefined ? "" : ` ${months} tháng`;
  return (
    `Kết quả thi hành án${period} đã đạt tỷ lệ ${ratePart(cases, "về việc")}` +
    ` và đạt tỷ lệ ${ratePart(money, "về giá trị")}.`
  );
}
