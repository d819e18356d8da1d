/** Vietnamese texts of the encoding area. Problem codes start with "encoding" (a test checks they are unique). */
import { FORMATS } from "../format";

type Encoding = "TCVN3" | "VNI";
const NAMES: Record<Encoding, string> = { TCVN3: "TCVN3 (ABC, phông .VnTime)", VNI: "VNI-Windows (phông VNI-Times)" };

export const problems = {
  /** Cells typed in an old encoding were read in Unicode: how many, and the first. */
  encodingLegacyText: (p: { encoding: Encoding; cells: number; first: string }) =>
    `${FORMATS.vi.number(p.cells)} ô gõ bằng bảng mã ${NAMES[p.encoding]} (ô đầu tiên ${p.first}) đã được đọc sang Unicode.`,
  /** THADS.UNICODE's encoding argument is neither TCVN3 nor VNI. */
  encodingUnknownName: (p: { arg: string; value: string }) => `Đối số ${p.arg}: "${p.value}" không phải là "TCVN3" hoặc "VNI".`,
};

export const words = {};
