/** Texts of the standalone web page (src/web): picking the files and what became of each. */
export const problems = {};

export const words = {
  title: "Báo cáo kết quả thi hành án từ tệp Excel",
  subtitle: "Chạy ngay trong trình duyệt, không cần mạng, không cần cài đặt: các tệp không rời khỏi máy này.",
  step1: "1. Chọn tệp",
  pickFiles: "Chọn tệp .xlsx (một hoặc nhiều)",
  dropHint: "hoặc kéo thả tệp vào đây. Nhiều tệp: báo cáo tổng hợp, mỗi tệp một đơn vị.",
  downloaded: (file: string) => `Đã tạo và tải xuống ${file}.`,
};
