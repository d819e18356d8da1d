/**
 * The Vietnamese letters and two encoders written from published tables independently of
 * src/core/encoding/tables.ts, so that a round trip checks our table against another source.
 */

/** The six tones as combining marks: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** Every Vietnamese letter that is not plain ASCII, enumerated from Unicode: 67 lower case, 67 upper. */
export function vietnameseLetters(): { lower: string[]; upper: string[] } {
  const lower: string[] = ["đ"];
  for (const vowel of "aăâeêioôơuưy") {
    for (const tone of TONES) {
      const letter = (vowel + tone).normalize("NFC");
      if (letter.charCodeAt(0) >= 0x80) lower.push(letter);
    }
  }
  return { lower, upper: lower.map((l) => l.toUpperCase()) };
}

/**
 * GNU libiconv's TCVN-5712 table (lib/tcvn.h, tcvn_2uni_2), bytes 0xA0–0xFF. The ABC fonts (VN3)
 * use its lower-case letters and the seven upper-case letters without tone; the upper-case letters
 * with tones and the combining tones (0xAF, 0xB0–0xB4, 0xBA, 0xBF, 0xC0–0xC5…) are VN1 only.
 */
const TCVN_5712_A0 = [
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];
const UPPER_UNTONED = new Set("ĂÂÊÔƠƯĐ");

const TCVN3_OF = new Map<string, string>();
TCVN_5712_A0.forEach((u, i) => {
  const letter = String.fromCharCode(u);
  const isLetter = letter.toLowerCase() !== letter.toUpperCase();
  // Byte 0xA0 + i as a Windows-1252 font shows it: for 0xA0–0xFF that is the Latin-1 character.
  if (isLetter && (letter === letter.toLowerCase() || UPPER_UNTONED.has(letter))) TCVN3_OF.set(letter, String.fromCharCode(0xa0 + i));
});

/**
 * What a text typed in TCVN3 with the lower-case font says: a toned capital ("Ủ") is its lower-case
 * letter, unless its word is in capitals (typed with the upper-case font).
 */
export function tcvn3CanSay(text: string): string {
  if (text === text.toUpperCase()) return text;
  const lowered = (w: string) => [...w].map((c) => (c.charCodeAt(0) >= 0x80 && !UPPER_UNTONED.has(c) ? c.toLowerCase() : c)).join("");
  return text.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && [...w].length > 2 ? w : lowered(w)));
}

/** Unicode → TCVN3 (ABC); an upper-case toned letter as the .VnTimeH font has it: its lower-case code. */
export function encodeTcvn3(text: string): string {
  return [...text.normalize("NFC")].map((c) => TCVN3_OF.get(c) ?? TCVN3_OF.get(c.toLowerCase()) ?? c).join("");
}

/** duydev/vietnamese-conversion src/charsets.ts (commit 46413a0): each letter and its VNI spelling. */
const VNI_TABLE = [
  "ÀAØ ÁAÙ ÂAÂ ÃAÕ ÈEØ ÉEÙ ÊEÂ ÌÌ ÍÍ ÒOØ ÓOÙ ÔOÂ ÕOÕ ÙUØ ÚUÙ ÝYÙ",
  "àaø áaù âaâ ãaõ èeø éeù êeâ ìì íí òoø óoù ôoâ õoõ ùuø úuù ýyù",
  "ĂAÊ ăaê ĐÑ đñ ĨÓ ĩó ŨUÕ ũuõ ƠÔ ơô ƯÖ ưö ẠAÏ ạaï ẢAÛ ảaû",
  "ẤAÁ ấaá ẦAÀ ầaà ẨAÅ ẩaå ẪAÃ ẫaã ẬAÄ ậaä ẮAÉ ắaé ẰAÈ ằaè ẲAÚ ẳaú",
  "ẴAÜ ẵaü ẶAË ặaë ẸEÏ ẹeï ẺEÛ ẻeû ẼEÕ ẽeõ ẾEÁ ếeá ỀEÀ ềeà ỂEÅ ểeå",
  "ỄEÃ ễeã ỆEÄ ệeä ỈÆ ỉæ ỊÒ ịò ỌOÏ ọoï ỎOÛ ỏoû ỐOÁ ốoá ỒOÀ ồoà",
  "ỔOÅ ổoå ỖOÃ ỗoã ỘOÄ ộoä ỚÔÙ ớôù ỜÔØ ờôø ỞÔÛ ởôû ỠÔÕ ỡôõ ỢÔÏ ợôï",
  "ỤUÏ ụuï ỦUÛ ủuû ỨÖÙ ứöù ỪÖØ ừöø ỬÖÛ ửöû ỮÖÕ ữöõ ỰÖÏ ựöï ỲYØ ỳyø",
  "ỴÎ ỵî ỶYÛ ỷyû ỸYÕ ỹyõ",
].join(" ");
const VNI_OF = new Map(VNI_TABLE.split(" ").map((entry) => [entry[0], entry.slice(1)]));

/** Unicode → VNI-Windows. */
export function encodeVni(text: string): string {
  return [...text.normalize("NFC")].map((c) => VNI_OF.get(c) ?? c).join("");
}

/** Labels, statuses and names as offices type them, in Unicode. */
export const PHRASES = [
  "Có điều kiện thi hành",
  "Chưa có điều kiện thi hành",
  "Thi hành xong",
  "Đình chỉ thi hành án",
  "Đang thi hành",
  "Hoãn thi hành án",
  "Tạm đình chỉ",
  "Năm trước chuyển sang",
  "Thụ lý mới",
  "Tổng số phải thi hành",
  "Ủy thác đi",
  "Thu hồi, hủy quyết định",
  "Chuyển kỳ sau",
  "Chỉ tiêu",
  "Chấp hành viên",
  "Tổng cộng",
  "Nguyễn Văn An",
  "Trần Thị Bích Ngọc",
  "Lê Hoàng Cường",
  "Phạm Quốc Tuấn",
  "Về việc",
  "Về tiền",
  "Người phải thi hành án",
  "Số tiền phải thi hành (nghìn đồng)",
];
