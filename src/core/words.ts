/**
 * Số tiền bằng chữ: an amount of money in Vietnamese words, as written under the figure on receipts,
 * decisions and reports. The common convention (accounting software, bank forms) is followed:
 * - digits are read in groups of three (trăm · mươi · đơn vị) with the scale words nghìn, triệu, tỷ;
 *   above a tỷ the scale words repeat before "tỷ": 10^12 = "một nghìn tỷ", 10^15 = "một triệu tỷ";
 * - a group that is all zeros is skipped; any other group after the first is read in full, hundreds
 *   included: 1.005.000 → "một triệu không trăm linh năm nghìn", 2.010 → "hai nghìn không trăm mười";
 * - a zero ten before a unit is "linh": 105 → "một trăm linh năm" (the other spelling, "lẻ", is not used);
 * - 10 is "mười", 20 … 90 are "hai mươi" … "chín mươi";
 * - after "mươi" a 1 is "mốt" (21 → "hai mươi mốt") and a 4 is "tư" (24 → "hai mươi tư");
 *   after "mười" or "mươi" a 5 is "lăm" (15 → "mười lăm", 25 → "hai mươi lăm");
 *   elsewhere they are "một", "bốn", "năm" (11 → "mười một", 14 → "mười bốn", 105 → "một trăm linh năm");
 * - the text starts with a capital and ends with "đồng"; 0 is "Không đồng".
 * Amounts are whole đồng: a fraction of a đồng (binary noise, or nghìn đồng with more than three
 * decimals) is rounded to the nearest đồng. Negative amounts, and amounts above 9.007.199.254.740.991 đ
 * (the largest whole number a spreadsheet holds exactly, about 9 triệu tỷ), are errors.
 */
import { Result, valueError } from "./errors";
import { NUMBER_WORDS as W } from "./vocabulary/numberWords";

const BILLION = 1e9;

/** The unit digit's word after a tens digit (0 = none, 1 = mười, 2…9 = … mươi). */
function unitWord(tens: number, unit: number): string {
  if (unit === 5 && tens > 0) return W.fiveAfterTen;
  if (tens > 1 && unit === 1) return W.oneAfterTens;
  if (tens > 1 && unit === 4) return W.fourAfterTens;
  return W.digits[unit];
}

/** One group of three digits (1…999); `full` reads the hundreds even when they are zero. */
function readGroup(n: number, full: boolean): string {
  const unit = n % 10;
  const tens = ((n - unit) / 10) % 10;
  const hundreds = (n - unit - tens * 10) / 100;
  const words: string[] = [];
  const saysHundreds = full || hundreds > 0;
  if (saysHundreds) words.push(W.digits[hundreds], W.hundred);
  if (tens === 0) {
    if (unit > 0 && saysHundreds) words.push(W.zeroTen);
  } else if (tens === 1) words.push(W.ten);
  else words.push(W.digits[tens], W.tens);
  if (unit > 0) words.push(unitWord(tens, unit));
  return words.join(" ");
}

const SCALES = [` ${W.million}`, ` ${W.thousand}`, ""];

/** A positive whole number; `leading` when nothing is said before it (its first group is not read in full). */
function readWhole(n: number, leading: boolean): string {
  if (n >= BILLION) {
    // % is exact on doubles, so the split is exact up to 2^53 (a division could round).
    const low = n % BILLION;
    const head = `${readWhole((n - low) / BILLION, leading)} ${W.billion}`;
    return low > 0 ? `${head} ${readWhole(low, false)}` : head;
  }
  const units = n % 1000;
  const thousands = ((n - units) / 1000) % 1000;
  const millions = (n - units - thousands * 1000) / 1e6;
  const groups = [millions, thousands, units];
  const parts: string[] = [];
  let first = leading;
  for (let i = 0; i < 3; i++) {
    if (groups[i] === 0) continue;
    parts.push(readGroup(groups[i], !first) + SCALES[i]);
    first = false;
  }
  return parts.join(" ");
}

/**
 * An amount of money in Vietnamese words. `amount` is in đồng, or in nghìn đồng when `inThousands`
 * (the unit of THADS forms): 1005000 → "Một triệu không trăm linh năm nghìn đồng";
 * 1005 with inThousands → the same text.
 */
export function moneyInWords(amount: number, inThousands = false): Result<string> {
  const dong = Math.round(inThousands ? amount * 1000 : amount);
  if (!(amount >= 0 && dong <= Number.MAX_SAFE_INTEGER)) {
    const code = amount < 0 ? "functionsMoneyNegative" : Number.isFinite(amount) ? "functionsMoneyTooLarge" : "functionsMoneyNotANumber";
    return valueError({ code, params: { amount, inThousands } });
  }
  if (dong === 0) return W.zero;
  const text = readWhole(dong, true);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${W.currency}`;
}
