// The export folder of the unit's report and of the consolidated report: chosen in the system
// dialog, kept for the screen's life, opened in the file manager after an export.
import { useState } from 'react';
import { call } from '../api';
import { useToast } from '../components/Toasts';
import { errorText } from './useApi';

export interface ExportFolder {
  folder: string | null;
  /** The last failure of choosing the folder or of the export itself, shown beside the buttons. */
  error: string | null;
  setError: (message: string | null) => void;
  /** The folder picked, or null when the dialog was cancelled or failed. */
  choose: () => Promise<string | null>;
  open: () => Promise<void>;
}

export function useExportFolder(): ExportFolder {
  const toast = useToast();
  const [folder, setFolder] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (): Promise<string | null> => {
    setError(null);
    try {
      const f = await call('app.chooseFolder', { purpose: 'export' });
      if (f) setFolder(f);
      return f;
    } catch (e) {
      setError(errorText(e));
      return null;
    }
  };

  const open = async () => {
    if (!folder) return;
    try {
      const ok = await call('app.openFolder', { path: folder });
      if (!ok) toast({ message: 'Không mở được thư mục. Hãy mở bằng File Explorer theo đường dẫn ở trên.', tone: 'error' });
    } catch (e) {
      toast({ message: errorText(e), tone: 'error' });
    }
  };

  return { folder, error, setError, choose, open };
}
