// The desktop host of a test that shows no dialog: every choice is cancelled, nothing is opened,
// restores are allowed (the test names the file itself).
import type { AppDatabaseOptions } from '../../electron/core/services/appDatabase';

export const NO_DIALOGS_HOST: AppDatabaseOptions['host'] = {
  chooseFolder: async () => null,
  openFolder: async () => false,
  checkOutDir: () => undefined,
  chooseBackupFile: async () => null,
  openFile: async () => false,
  chooseSaveFile: async () => null,
  printToPdf: async () => new Uint8Array(),
  allowRestore: () => undefined,
};
