// A second process holding a database the way the desktop app does (lock and open connection),
// until its stdin closes or it is killed. Usage: node --import tsx tests/helpers/holdDb.ts DB_PATH
import { AppDatabase } from '../../electron/core/services/appDatabase';

const db = new AppDatabase({
  dbPath: process.argv[2]!,
  version: 'test',
  host: {
    chooseFolder: async () => null,
    openFolder: async () => false,
    checkOutDir: () => undefined,
    chooseBackupFile: async () => null,
    openFile: async () => false,
    chooseSaveFile: async () => null,
    printToPdf: async () => new Uint8Array(),
    allowRestore: () => undefined,
  },
});
const state = await db.open();
process.stdout.write(state.state === 'ready' ? 'holding\n' : `problem ${JSON.stringify(state)}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  db.close();
  process.exit(0);
});
