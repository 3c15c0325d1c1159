// How an agency name is set in the header's left column: upper case, and a long name breaks
// before its locality part ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH LƯ"), as the .docx writer does.
const LOCALITY = /\s(?=(?:XÃ|PHƯỜNG|ĐẶC KHU|TỈNH|THÀNH PHỐ|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN)\s)/;

export function agencyLines(text: string): string[] {
  const upper = text.toLocaleUpperCase('vi-VN');
  if (upper.length <= 24) return [upper];
  const at = upper.search(LOCALITY);
  return at > 0 ? [upper.slice(0, at), upper.slice(at + 1)] : [upper];
}
