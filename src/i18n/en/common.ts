/** English texts shared by every area. */
import type * as vi from "../vi/common";

export const problems: typeof vi.problems = {};

export const words: typeof vi.words = {
  error: "Error",
  warning: "Warning",
};
