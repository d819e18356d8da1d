/** English texts of the functions area: the same keys as ../vi/functions.ts, checked by the type. */
import type * as vi from "../vi/functions";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
