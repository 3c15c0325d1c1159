// The PDF of a written .docx, converted by LibreOffice where it is installed: the same pages as the
// .docx (A4, NĐ 30 margins), for the CLI's --pdf. The app prints its own view instead.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../../shared/result';

const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

/** Where LibreOffice usually sits when it is not on PATH. */
function usualPlaces(): string[] {
  if (process.platform === 'win32') {
    return [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter((d): d is string => !!d).map((d) => join(d, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (process.platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  return ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'];
}

/** LibreOffice's soffice: DCS_SOFFICE, then PATH, then the usual install folders; null when absent. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DCS_SOFFICE !== undefined) return env.DCS_SOFFICE && existsSync(env.DCS_SOFFICE) ? env.DCS_SOFFICE : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const n of NAMES) if (existsSync(join(dir, n))) return join(dir, n);
  }
  return usualPlaces().find((p) => existsSync(p)) ?? null;
}

export const NO_SOFFICE_MESSAGE =
  'Chưa tạo được bản PDF: máy này chưa cài LibreOffice (không tìm thấy chương trình soffice). Hãy cài LibreOffice từ https://vi.libreoffice.org rồi chạy lại lệnh với --pdf; hoặc bỏ --pdf, mở tệp .docx bằng Word và chọn Lưu dưới dạng PDF; hoặc dùng nút "Lưu PDF…" trong ứng dụng.';

/** Stops early, before anything is written, when --pdf cannot be honoured. */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) throw new UserError('NO_LIBREOFFICE', NO_SOFFICE_MESSAGE);
  return soffice;
}

/** Converts `docx` into a .pdf beside it; returns the PDF's path. */
export async function docxToPdf(docx: string, soffice: string = requireSoffice()): Promise<string> {
  const outDir = dirname(docx);
  const pdf = join(outDir, basename(docx).replace(/\.docx$/i, '') + '.pdf');
  // A private profile: a running LibreOffice, or a stale lock in the user's own profile, would make
  // the headless conversion exit without writing anything.
  const profile = mkdtempSync(join(tmpdir(), 'dcs-lo-'));
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx],
        { timeout: 180_000, windowsHide: true },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  } catch (e) {
    throw new UserError('PDF_FAILED', `LibreOffice không chuyển được ${basename(docx)} sang PDF (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Tệp .docx vẫn dùng được; hãy mở bằng Word và chọn Lưu dưới dạng PDF.`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!existsSync(pdf)) throw new UserError('PDF_FAILED', `LibreOffice không ghi ra tệp ${basename(pdf)}. Tệp .docx vẫn dùng được; hãy mở bằng Word và chọn Lưu dưới dạng PDF.`);
  return pdf;
}
