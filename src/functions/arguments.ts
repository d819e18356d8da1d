/**
 * The kinds of argument the THADS functions take, declared once (as HyperFormula declares its
 * function signatures): each function lists its arguments as data, { name, kind, optional? }, and
 * one generic wrapper reads them by kind, throws the first error as the Excel error, and calls the
 * core with what it read.
 *
 * | kind   | reader (src/core/coerce.ts) | accepts                                                        |
 * |--------|-----------------------------|----------------------------------------------------------------|
 * | count  | readAmount                  | a count of cases or an amount: number, numeric text, blank (0), a range (summed) |
 * | amount | readAmount                  | an amount of money, the same way                               |
 * | rate   | readFraction                | a rate or a target: 0.815, a cell formatted 81,5%, 81.5, "81,5%" |
 * | date   | readDateArg                 | an Excel serial, a Date, text day first ("31/08/2021")          |
 * | months | readMonths                  | a whole number 1…12, or nothing                                 |
 * | switch | readSwitch                  | TRUE/FALSE, 1/0, "true"/"false", or nothing (off)               |
 * | text   | readText                    | non-empty text (numbers are turned into text)                   |
 * | range  | asRows                      | a range as rows of cells, never an error                        |
 * | encoding | readEncodingArg (core/encoding/cells.ts) | "TCVN3" or "VNI" (any case), or nothing (detect)  |
 *
 * Language. Messages and words are Vietnamese, whatever Office's display language. The shared
 * runtime could read `Office.context.displayLanguage` (once Office.onReady has run, which a cell
 * calculated as the workbook opens may not wait for), but what a function returns is a cell value
 * Excel saves with the workbook: THADS.STATUS's "Đạt", THADS.SUMMARY's sentence and the formulas
 * comparing them would change with whoever last recalculated the file, and a message would not
 * match the Vietnamese descriptions of functions.json. One constant says so for the words (the
 * core takes the language as a parameter), and messages are rendered from the Vietnamese catalogue
 * alone, its areas the functions raise problems in (src/i18n/vietnamese.ts), so that rendering them
 * loads neither the English catalogue nor the pane's and the command's texts into functions.js.
 * An English edition would change both, and functions.json.
 */
import { isError, type Result, type ThadsError } from "../core/errors";
import { asRows, readAmount, readDateArg, readFraction, readMonths, readSwitch, readText } from "../core/coerce";
import { readEncodingArg } from "../core/encoding/cells";
import { functionWords } from "../i18n/functionWords";
import type { Lang } from "../i18n/lang";
import { renderVietnamese } from "../i18n/vietnamese";

export const FUNCTIONS_LANG = "vi" satisfies Lang;

const READERS = {
  count: readAmount,
  amount: readAmount,
  rate: readFraction,
  date: readDateArg,
  months: readMonths,
  switch: readSwitch,
  text: readText,
  range: (v: unknown) => asRows(v),
  encoding: readEncodingArg,
} satisfies Record<string, (value: unknown, label: string) => unknown>;

export type ArgKind = keyof typeof READERS;
/** An argument's name in Excel (and in functions.json); its label in messages is words.functions.args. */
export type ArgName = keyof ReturnType<typeof functionWords>["args"];

export interface ArgSpec {
  name: ArgName;
  kind: ArgKind;
  optional?: true;
}

type ValueOf<K extends ArgKind> = Exclude<ReturnType<(typeof READERS)[K]>, ThadsError>;
/** What the core is called with: each argument's value as its kind's reader gives it. */
type Values<S extends readonly ArgSpec[]> = { -readonly [I in keyof S]: ValueOf<S[I]["kind"]> };

export interface ThadsFunction<S extends readonly ArgSpec[], R> {
  id: string;
  args: S;
  /** The function as Excel calls it: raw arguments in, a value out or an Excel error thrown. */
  call: (...raw: unknown[]) => R;
}

/** Every function defined, by id: what test/build/metadata.test.ts holds functions.json to. */
export const SIGNATURES = new Map<string, readonly ArgSpec[]>();

/**
 * A core error as the Excel error the user sees: #VALUE! with the message; #DIV/0! carries none,
 * since Excel shows a message only on #VALUE! and #N/A.
 */
function excelError(e: ThadsError): CustomFunctions.Error {
  if (e.kind === "div0") return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, renderVietnamese(e.problem));
}

/** A THADS function from its arguments' kinds and the core computation they feed. */
export function defineFunction<const S extends readonly ArgSpec[], R>(
  id: string,
  args: S,
  compute: (...values: Values<S>) => Result<R>,
): ThadsFunction<S, R> {
  const labels = args.map((a) => functionWords(FUNCTIONS_LANG).args[a.name]);
  const readers: ((value: unknown, label: string) => unknown)[] = args.map((a) => READERS[a.kind]);
  const n = args.length;
  SIGNATURES.set(id, args);
  const call = (...raw: unknown[]): R => {
    const values: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = readers[i](raw[i], labels[i]);
      if (isError(v)) throw excelError(v);
      values[i] = v;
    }
    const r = compute(...(values as Values<S>));
    if (isError(r)) throw excelError(r);
    return r;
  };
  return { id, args, call };
}
