/**
 * Numbers and dates as each language writes them: Vietnamese 1.234.567 · 77,14% · 31/08/2021;
 * English 1,234,567 · 77.14% · 31 Aug 2021. Messages take raw numbers as parameters and format them
 * here, so an English message never shows a Vietnamese decimal comma.
 */
import { formatDateVi, formatNumberVi, formatPercentVi, formatValueVi, percentHundredths } from "../core/format";
import type { Lang } from "./lang";

export interface Formats {
  /** a count or an amount, at most two decimals */
  number(x: number): string;
  /** a value quoted back to the user, every decimal it has (up to ten) */
  value(x: number): string;
  /** a fraction as a percent, two decimals at most: 0.7714 → 77,14% / 77.14% */
  percent(fraction: number): string;
  date(d: { year: number; month: number; day: number }): string;
}

const EN_2DP = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, useGrouping: true });
const EN_FULL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10, useGrouping: true });
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const VI: Formats = {
  number: formatNumberVi,
  value: formatValueVi,
  percent: formatPercentVi,
  date: formatDateVi,
};

const EN: Formats = {
  number: (x) => EN_2DP.format(x === 0 ? 0 : x),
  value: (x) => EN_FULL.format(x === 0 ? 0 : x),
  percent: (fraction) => `${EN_2DP.format(percentHundredths(fraction) / 100)}%`,
  date: (d) => `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`,
};

export const FORMATS: Readonly<Record<Lang, Formats>> = { vi: VI, en: EN };
