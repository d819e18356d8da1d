/** English texts of the files area: the same keys as ../vi/files.ts, checked by the type. */
import type * as vi from "../vi/files";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
