/** English texts of the year area: the same keys as ../vi/year.ts, checked by the type. */
import type * as vi from "../vi/year";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
