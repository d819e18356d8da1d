/** The web area has no problem codes (its files' problems are the files area's); its words are checked by the catalogue test. */
import type * as vi from "../../../src/i18n/vi/web";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {};
