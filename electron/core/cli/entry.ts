// The command line's front door. `dcs`, `dcs help` and `dcs --help` are answered from the help text
// alone; every other command loads the services (database, schemas, report writers) first. Users
// type the help often, and it should come back as fast as Node starts.
import { HELP } from './help';
import { defaultIo, type Io } from './io';

const HELP_ONLY = new Set(['', 'help', '--help', '-h']);

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  if (argv.length <= 1 && HELP_ONLY.has(argv[0] ?? '')) {
    io.out(HELP);
    return 0;
  }
  const full = await import('./main');
  return full.main(argv, io);
}
