// Exposes window.api: one named function per operation of the contract, and the progress events
// the main process pushes while a long operation runs; nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { OP_NAMES, PROGRESS_CHANNEL, type ProgressEvent } from '../../shared/ipc/contract';

const api = Object.fromEntries(OP_NAMES.map((op) => [op, (arg: unknown) => ipcRenderer.invoke('dcs:invoke', op, arg)]));

function onProgress(listener: (e: ProgressEvent) => void): () => void {
  const handler = (_e: IpcRendererEvent, p: ProgressEvent) => listener(p);
  ipcRenderer.on(PROGRESS_CHANNEL, handler);
  return () => void ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
}

contextBridge.exposeInMainWorld('api', Object.freeze({ ...api, onProgress }));
