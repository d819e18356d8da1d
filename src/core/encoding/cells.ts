/**
 * THADS.UNICODE's work: the cells of a range read in Unicode, the same shape back. With no encoding
 * each text cell is read as detection decides (convert.ts); with one given ("TCVN3" or "VNI") every
 * text that may be in it (only characters old fonts show, no word its reading spoils) is read in it,
 * since the user has said so: short cells like "Cã" that detection leaves alone are then read too.
 * Other text is left as typed, in NFC; numbers and booleans come back as they are.
 */
import { valueError, type Result } from "../errors";
import { composed, fitsEncoding, LEGACY_ENCODINGS, readText, toUnicode, type LegacyEncoding } from "./convert";

/** The encoding argument `arg`: undefined when omitted (detect), else "TCVN3" or "VNI" in any case. */
export function readEncodingArg(value: unknown, arg: string): Result<LegacyEncoding | undefined> {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
  const name = String(value).trim().toUpperCase();
  const found = LEGACY_ENCODINGS.find((e) => e === name);
  return found ?? valueError({ code: "encodingUnknownName", params: { arg, value: String(value) } });
}

function cellInUnicode(value: unknown, encoding: LegacyEncoding | undefined): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  if (!encoding) return readText(value).text;
  return fitsEncoding(value, encoding) ? toUnicode(value, encoding) : composed(value);
}

/** Each cell of the rows in Unicode. */
export function rowsInUnicode(rows: unknown[][], encoding: LegacyEncoding | undefined): unknown[][] {
  return rows.map((row) => row.map((v) => cellInUnicode(v, encoding)));
}
