/** English texts of the cli area: the same keys as ../vi/cli.ts, checked by the type. */
import type * as vi from "../vi/cli";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
