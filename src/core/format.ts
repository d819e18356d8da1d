/**
 * Vietnamese number formatting: decimal comma, dot for thousands, at most two decimals,
 * trailing zeros dropped (77,14 · 81,5 · 1.234.567). Built once: formatting runs per call.
 */
const VI_2DP = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2, useGrouping: true });

export function formatNumberVi(x: number): string {
  // Intl's de-DE grouping is the Vietnamese one (1.234,5) and does not depend on the ICU data shipped.
  return VI_2DP.format(x === 0 ? 0 : x);
}

const VI_FULL = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 10, useGrouping: true });

/** A value quoted back in a message: every decimal it has (up to ten), so 1,234 is not shown as 1,23. */
export function formatValueVi(x: number): string {
  return VI_FULL.format(x === 0 ? 0 : x);
}

/** A fraction in whole hundredths of a percent, as it is printed: 0.77136 → 7714 (77,14%). */
export function percentHundredths(fraction: number): number {
  return Math.round(fraction * 10000);
}

/**
 * A whole number of hundredths as text, the same digits formatNumberVi gives for h / 100 when the
 * separators are Vietnamese (decimal ",", group "."): 7714 → "77,14", 8150 → "81,5", -134 → "-1,34",
 * 123456 → "1.234,56". Hand-rolled because Intl costs about 0.3 µs a call and THADS.SUMMARY prints
 * six figures (bench 1a SUMMARY); test/core/format.test.ts holds it to Intl over random inputs.
 */
export function formatHundredths(h: number, decimal: string, group: string): string {
  const negative = h < 0;
  const abs = negative ? -h : h;
  const cents = abs % 100;
  let whole = (abs - cents) / 100;
  let text = "";
  while (whole >= 1000) {
    const part = whole % 1000;
    text = `${group}${part < 10 ? "00" : part < 100 ? "0" : ""}${part}${text}`;
    whole = (whole - part) / 1000;
  }
  text = `${negative ? "-" : ""}${whole}${text}`;
  if (cents === 0) return text;
  if (cents % 10 === 0) return `${text}${decimal}${cents / 10}`;
  return `${text}${decimal}${cents < 10 ? "0" : ""}${cents}`;
}

/** formatHundredths the Vietnamese way: 7714 → "77,14". */
export function formatHundredthsVi(h: number): string {
  return formatHundredths(h, ",", ".");
}

/** A fraction as Vietnamese percent text: 0.7714 → "77,14%". */
export function formatPercentVi(fraction: number): string {
  return `${formatHundredthsVi(percentHundredths(fraction))}%`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** dd/mm/yyyy */
export function formatDateVi(d: { year: number; month: number; day: number }): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}
