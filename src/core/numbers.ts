/**
 * Reading numbers as offices type them: 1.234.567 (dot for thousands), 81,5 (decimal comma),
 * sometimes stored as text. Also the English forms Excel produces (1,234,567.5).
 */
export interface ParsedNumber {
  value: number;
  /** true when the value came from text, which callers list as a warning */
  fromText: boolean;
}

// A group of thousands never starts with 0: "0.815" is a fraction, not 815.
const VN_THOUSANDS = /^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/; // 1.234.567 or 1.234,5
const VN_DECIMAL = /^[+-]?\d+,\d+$/; // 81,5
const EN_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234,567.5
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const SPACES = /[\s\u00a0]+/g;

/** A number typed as text, or undefined when the text is not a number. "%" is stripped and divided. */
export function parseNumberText(text: string): number | undefined {
  let s = text.replace(SPACES, "");
  if (s === "") return undefined;
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  let value: number;
  // A single dot followed by exactly three digits ("1.234") is read the Vietnamese way: thousands.
  if (VN_THOUSANDS.test(s)) value = Number(s.replace(/\./g, "").replace(",", "."));
  else if (VN_DECIMAL.test(s)) value = Number(s.replace(",", "."));
  else if (EN_THOUSANDS.test(s) && !/^[+-]?\d{1,3},\d{3}$/.test(s)) value = Number(s.replace(/,/g, ""));
  else if (PLAIN.test(s)) value = Number(s);
  else return undefined;
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

/** Whether a cell is empty for counting purposes (blank, null, whitespace, a dash). */
export function isBlankCell(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" || t === "-" || t === "–";
  }
  return false;
}

/** A cell as a number: numbers as is, numeric text parsed, blanks 0; undefined when not a number. */
export function readNumberCell(v: unknown): ParsedNumber | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, fromText: false } : undefined;
  if (isBlankCell(v)) return { value: 0, fromText: false };
  if (typeof v === "boolean") return undefined;
  if (typeof v === "string") {
    const n = parseNumberText(v);
    return n === undefined ? undefined : { value: n, fromText: true };
  }
  return undefined;
}

/**
 * Rates and targets arrive as fractions (0.815, a cell formatted 81.5%) or as percent numbers
 * (81.5). Values above 1 and at most 100 are percent; returns undefined outside 0..100%.
 */
export function toFraction(x: number): number | undefined {
  if (!Number.isFinite(x) || x < 0) return undefined;
  if (x <= 1) return x;
  if (x <= 100) return x / 100;
  return undefined;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21];

/**
 * Rounds away binary noise so that 0.07 * 100 is 7, not 7.000000000000001: a fraction keeps twelve
 * significant digits (the value of Number(x.toPrecision(12))), more than any rate or amount in
 * nghìn đồng needs. Whole numbers have no noise and are kept as they are (an amount in đồng may
 * have 16 digits). clean is idempotent: clean(clean(x)) === clean(x).
 * Runs in every function call and for every figure of a report, so the usual range is done with
 * arithmetic (toPrecision costs ~0.2 µs), and the magnitudes of rates, gaps and small figures
 * (0.01 … 10) are told by comparison rather than by a logarithm. The bench needs it: with plain
 * toPrecision, "2a table ÷ floor" went from 2.0× to 3.9× (budget 4×) and THADS.GAP took 1.6 µs
 * (budget 2 µs). test/core/clean.test.ts holds it to Number(x.toPrecision(12)) over 100,000+ inputs.
 */
export function clean(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  const abs = x < 0 ? -x : x;
  if (abs < 1) {
    if (abs >= 0.1) return roundTwelve(x, abs, 1e12);
    if (abs >= 0.01) return roundTwelve(x, abs, 1e13);
  } else if (abs < 10) return roundTwelve(x, abs, 1e11);
  if (abs >= 1e-10 && abs < 1e11) return roundTwelve(x, abs, POW10[11 - Math.floor(Math.log10(abs))]);
  return Number(x.toPrecision(12));
}

/** x (abs its magnitude) to twelve significant digits, `scale` bringing them before the point. */
function roundTwelve(x: number, abs: number, scale: number): number {
  const scaled = abs * scale;
  const whole = Math.floor(scaled);
  // Near a tie the product's own rounding could decide: leave those to the exact decimal.
  if (Math.abs(scaled - whole - 0.5) <= 1e-3) return Number(x.toPrecision(12));
  const rounded = (scaled - whole < 0.5 ? whole : whole + 1) / scale;
  return x < 0 ? -rounded : rounded;
}

/** A currency word after an amount: đ, đồng, VNĐ, VND, ₫ (any case, with or without a space or a final dot). */
const CURRENCY_SUFFIX = /^(.*?\d)[\s\u00a0]*(?:\u0111\u1ed3ng|\u0111|vn\u0111|vnd|\u20ab)\.?$/iu;

/**
 * An amount typed with a currency word ("4.250 đ", "2.500.000 đồng", "1 000 000 VNĐ"): the number
 * before the word, read as parseNumberText reads it; undefined when the text has no currency word or
 * what precedes it is not a plain number (a percent is none). The caller says in which unit it is.
 */
export function parseCurrencyAmount(text: string): number | undefined {
  const m = CURRENCY_SUFFIX.exec(text.normalize("NFC").trim());
  if (!m || m[1].includes("%")) return undefined;
  return parseNumberText(m[1]);
}
