// A second process holding a database the way the desktop app does (lock and open connection),
// until its stdin closes or it is killed. Usage: node --import tsx tests/helpers/holdDb.ts DB_PATH
import { AppDatabase } from '../../electron/core/services/appDatabase';
import { NO_DIALOGS_HOST } from './noDialogsHost';

const db = new AppDatabase({
  dbPath: process.argv[2]!,
  version: 'test',
  host: NO_DIALOGS_HOST,
});
const state = await db.open();
process.stdout.write(state.state === 'ready' ? 'holding\n' : `problem ${JSON.stringify(state)}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  db.close();
  process.exit(0);
});
