// Runs one `dcs` command and stops itself dead (SIGKILL) at the Nth write step named LABEL, the way
// a power cut or a killed process would. Usage (env DCS_STOP_LABEL, DCS_STOP_AT):
//   node --import tsx tests/helpers/stopWorker.ts <dcs arguments…>
import { fsHooks } from '../../electron/core/fs/atomicWrite';
import { main } from '../../electron/core/cli/main';

const label = process.env.DCS_STOP_LABEL ?? '';
const at = Number(process.env.DCS_STOP_AT ?? 1);
let seen = 0;
fsHooks.step = (l) => {
  if ((label === '' || l === label) && ++seen === at) process.kill(process.pid, 'SIGKILL');
};
process.exitCode = await main(process.argv.slice(2));
