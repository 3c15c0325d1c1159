// One registration wrapper for every operation: the sender must be our window's main frame,
// the argument must fit the contract, and every outcome comes back as a Result.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { fail, type Result } from '../../shared/result';
import { dispatch, type Services } from '../core/services';
import { isTrustedUrl } from './security';

export const IPC_CHANNEL = 'dcs:invoke';

export function registerIpc(getServices: () => Services, trustedContents: () => WebContents | null, devServerUrl: string | undefined): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, op: unknown, arg: unknown): Promise<Result<unknown>> => {
    const frame = event.senderFrame;
    const contents = trustedContents();
    if (!contents || event.sender !== contents || !frame || frame.parent !== null || !isTrustedUrl(frame.url, devServerUrl)) {
      return fail('FORBIDDEN', 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.');
    }
    return dispatch(getServices(), String(op), arg);
  });
}
