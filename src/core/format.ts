/**
 * Vietnamese number formatting: decimal comma, dot for thousands, at most two decimals,
 * trailing zeros dropped (77,14 · 81,5 · 1.234.567). Built once: formatting runs per call.
 */
const VI_2DP = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2, useGrouping: true });

export function formatNumberVi(x: number): string {
  // Intl's de-DE grouping is the Vietnamese one (1.234,5) and does not depend on the ICU data shipped.
  return VI_2DP.format(x === 0 ? 0 : x);
}

/** A fraction as Vietnamese percent text: 0.7714 → "77,14%". */
export function formatPercentVi(fraction: number): string {
  return `${formatNumberVi(Math.round(fraction * 10000) / 100)}%`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** dd/mm/yyyy */
export function formatDateVi(d: { year: number; month: number; day: number }): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}
