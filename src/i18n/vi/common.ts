/** Vietnamese texts shared by every area. */
export const problems = {};

export const words = {
  error: "Lỗi",
  warning: "Lưu ý",
};
