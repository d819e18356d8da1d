/** A statistics table of n officers, as the reader tests place it: a title row, the header row, one row per officer. */
export function officerTable(n: number): unknown[][] {
  const rows: unknown[][] = [
    ["BẢNG THỐNG KÊ", "", "", ""],
    ["Chấp hành viên", "Có điều kiện", "Thi hành xong", "Đình chỉ"],
  ];
  for (let i = 0; i < n; i++) rows.push([`Cán bộ ${i + 1}`, 30 + (i % 50), 10 + (i % 20), i % 3]);
  return rows;
}
