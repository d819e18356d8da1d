/** Parameters for every problem code of the encoding area: the catalogue test renders each in both languages. */
import type * as vi from "../../../src/i18n/vi/encoding";

type Problems = typeof vi.problems;
export const examples: { [K in keyof Problems]: Parameters<Problems[K]>[0] } = {
  encodingLegacyText: { encoding: "TCVN3", cells: 1234, first: "'Biểu 04'!B7" },
  encodingUnknownName: { arg: "encoding (bảng mã)", value: "ABC" },
};
