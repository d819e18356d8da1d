/** Parameters for every problem code of the common area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/common";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
};
