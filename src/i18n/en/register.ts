/** English texts of the register area: the same keys as ../vi/register.ts, checked by the type. */
import type * as vi from "../vi/register";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {};
