/** English texts of the encoding area: the same keys as ../vi/encoding.ts, checked by the type. */
import { FORMATS } from "../format";
import type * as vi from "../vi/encoding";

const NAMES = { TCVN3: "TCVN3 (ABC, .VnTime fonts)", VNI: "VNI-Windows (VNI-Times fonts)" } as const;

export const problems: typeof vi.problems = {
  encodingLegacyText: (p) =>
    `${p.cells === 1 ? "1 cell" : `${FORMATS.en.number(p.cells)} cells`} typed in the ${NAMES[p.encoding]} encoding (first ${p.first}) ${p.cells === 1 ? "was" : "were"} read as Unicode.`,
  encodingUnknownName: (p) => `Argument ${p.arg}: "${p.value}" is not "TCVN3" or "VNI".`,
};

export const words: typeof vi.words = {};
