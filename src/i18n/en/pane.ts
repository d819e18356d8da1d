/** English texts of the pane area: the same keys as ../vi/pane.ts, checked by the type. */
import type * as vi from "../vi/pane";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
