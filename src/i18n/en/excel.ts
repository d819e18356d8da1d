/** English texts of the excel area: the same keys as ../vi/excel.ts, checked by the type. */
import type * as vi from "../vi/excel";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
