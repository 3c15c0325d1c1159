// The one text decoder of every importer (activities, the list of expected units, plan files):
// the encodings a Vietnamese office PC produces. UTF-8 with or without BOM (Excel "CSV UTF-8",
// LibreOffice), UTF-16 LE/BE (Excel "Unicode Text", .txt), and Windows-1258 (old Excel "CSV"),
// whose diacritics are combining marks and so are put in NFC like everything else.

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258'; warning?: string } | { ok: false; message: string };

/** UTF-16 without a BOM: most code units of Vietnamese/ASCII text have one zero byte, always on the same side. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let utf16: 'utf-16le' | 'utf-16be' | null = null;
  let start = 0;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (b0 === 0xff && b1 === 0xfe) [utf16, start] = ['utf-16le', 2];
  else if (b0 === 0xfe && b1 === 0xff) [utf16, start] = ['utf-16be', 2];
  else utf16 = sniffUtf16(bytes);
  const body = bytes.subarray(start);
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(body).normalize('NFC'), encoding: utf16 };
    } catch {
      return { ok: false, message: `Tệp ${fileName} có dấu hiệu mã UTF-16 (Unicode Text) nhưng bị hỏng. Hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc .xlsx.` };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1258').decode(body);
    // Bytes that Windows-1258 leaves undefined come out as C1 control characters: not that encoding either.
    if (/[\u0080-\u009f]/.test(text)) {
      return {
        ok: false,
        message: `Tệp ${fileName} không ở mã UTF-8, UTF-16 hay Windows-1258 (có thể là TCVN3/VNI). Hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc .xlsx.`,
      };
    }
    return {
      ok: true,
      text: text.normalize('NFC'),
      encoding: 'windows-1258',
      warning: `Tệp ${fileName} được lưu theo mã Windows-1258 (Excel cũ); ứng dụng đã tự chuyển sang Unicode. Hãy kiểm tra dấu tiếng Việt ở bản xem trước.`,
    };
  }
}
