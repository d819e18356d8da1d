/** English texts of the encoding area: the same keys as ../vi/encoding.ts, checked by the type. */
import type * as vi from "../vi/encoding";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
