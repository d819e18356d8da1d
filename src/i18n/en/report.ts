/** English texts of the report area: the same keys as ../vi/report.ts, checked by the type. */
import type * as vi from "../vi/report";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
