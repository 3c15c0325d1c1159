// One way to save every export (the unit's report, the consolidated report, the reminder letter):
// the system's save dialog opens on the usual file name in the folder this kind was last saved in;
// cancelling changes nothing; the files written are listed with their folder, ready to open.
import { useState } from 'react';
import type { ExportKind, SaveTarget } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { useToast } from '../../components/Toasts';
import { errorText, useApi } from '../../lib/useApi';
import { showWholeTables } from '../report/longTables';

export interface Saved {
  what: string;
  title: string;
  files: string[];
  warnings: string[];
  dir: string;
}

export interface SaveAs {
  /** The folder the last save of this kind went to (kept between runs), or null. */
  lastFolder: string | null;
  /** Which save is running: 'docx' (an export), 'pdf', or null. */
  busy: string | null;
  error: string | null;
  saved: Saved[];
  /** Asks where, then runs `write` there; null when cancelled or failed (the error is shown). */
  save: <T>(what: string, format: 'docx' | 'pdf', write: (t: SaveTarget) => Promise<T>, describe: (r: T) => Omit<Saved, 'what' | 'dir'>) => Promise<T | null>;
  /** The report on screen as a PDF: A4, NĐ 30 margins, laid out by the print stylesheet. */
  savePdf: () => Promise<void>;
  /** The system's print dialog for the report on screen. */
  print: () => void;
  openFolder: (dir: string) => Promise<void>;
}

export function useSaveAs(kind: ExportKind, period: string, pdfTitle: string): SaveAs {
  const toast = useToast();
  const folders = useApi('app.exportFolders', undefined, 'folders');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved[]>([]);
  const lastFolder = folders.data?.[kind] ?? null;

  const save: SaveAs['save'] = async (what, format, write, describe) => {
    setError(null);
    let target: SaveTarget | null;
    try {
      target = await call('app.chooseSaveFile', { kind, period, format });
    } catch (e) {
      setError(errorText(e));
      return null;
    }
    if (!target) return null;
    setBusy(what);
    try {
      const r = await write(target);
      const item = { ...describe(r), what, dir: target.dir };
      setSaved((list) => [item, ...list.filter((x) => x.what !== what)]);
      toast({ message: item.title.replace(/:$/, '.') });
      void folders.reload();
      return r;
    } catch (e) {
      setError(errorText(e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  const savePdf = async () => {
    await save(
      'pdf',
      'pdf',
      (t) => {
        // The PDF is the page as drawn: long appendix tables show their first rows until asked.
        showWholeTables();
        return call('app.savePdf', { dir: t.dir, name: t.name });
      },
      (r) => ({ title: `Đã lưu ${pdfTitle} dạng PDF:`, files: [r.path], warnings: [] }),
    );
  };

  const openFolder = async (dir: string) => {
    try {
      const ok = await call('app.openFolder', { path: dir });
      if (!ok) toast({ message: 'Không mở được thư mục. Hãy mở bằng File Explorer theo đường dẫn ở trên.', tone: 'error' });
    } catch (e) {
      toast({ message: errorText(e), tone: 'error' });
    }
  };

  const print = () => {
    showWholeTables();
    window.print();
  };

  return { lastFolder, busy, error, saved, save, savePdf, print, openFolder };
}
