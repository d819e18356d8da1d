/**
 * The words Vietnamese reads numbers with, for amounts in words (số tiền bằng chữ). Language data,
 * not messages: THADS.WORDS writes the Vietnamese text that goes under a figure on receipts,
 * decisions and reports, whatever the language of the user interface (see src/core/words.ts for
 * how they combine).
 */
export const NUMBER_WORDS = {
  digits: ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
  hundred: "trăm",
  /** 10, and the tens digit 1 */
  ten: "mười",
  /** after a tens digit 2…9: "hai mươi" */
  tens: "mươi",
  /** a zero ten before a unit: 105 → "một trăm linh năm" (the other spelling, "lẻ", is not used) */
  zeroTen: "linh",
  /** a 5 after "mười" or "mươi" */
  fiveAfterTen: "lăm",
  /** a 1 after "mươi" */
  oneAfterTens: "mốt",
  /** a 4 after "mươi" */
  fourAfterTens: "tư",
  thousand: "nghìn",
  million: "triệu",
  billion: "tỷ",
  currency: "đồng",
  /** 0 đồng, the whole text */
  zero: "Không đồng",
};
