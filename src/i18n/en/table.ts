/** English texts of the table area: the same keys as ../vi/table.ts, checked by the type. */
import type * as vi from "../vi/table";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
