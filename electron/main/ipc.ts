// One registration wrapper for every operation: the sender must be our window's main frame,
// the argument must fit the contract, and every outcome comes back as a Result.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { fail, type Result } from '../../shared/result';
import { dispatch, type Services } from '../core/services';
import { isTrustedUrl } from './security';

export const IPC_CHANNEL = 'dcs:invoke';

/**
 * Operations that take paths on disk are for the command line. The app sends file contents
 * instead ('aggregate.importFiles', 'aggregate.units.importFile'), so the renderer can never name
 * a file the user did not pick.
 */
export const NOT_FOR_RENDERER: ReadonlySet<string> = new Set(['aggregate.import', 'aggregate.units.import']);

export function registerIpc(getServices: () => Services, trustedContents: () => WebContents | null, devServerUrl: string | undefined): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, op: unknown, arg: unknown): Promise<Result<unknown>> => {
    const frame = event.senderFrame;
    const contents = trustedContents();
    if (!contents || event.sender !== contents || !frame || frame.parent !== null || !isTrustedUrl(frame.url, devServerUrl)) {
      return fail('FORBIDDEN', 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.');
    }
    if (NOT_FOR_RENDERER.has(String(op))) return fail('FORBIDDEN', 'Thao tác này chỉ dùng trên dòng lệnh.');
    return dispatch(getServices(), String(op), arg);
  });
}
