// Exposes window.api: one named function per operation of the contract, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { OP_NAMES } from '../../shared/ipc/contract';

const api = Object.fromEntries(OP_NAMES.map((op) => [op, (arg: unknown) => ipcRenderer.invoke('dcs:invoke', op, arg)]));

contextBridge.exposeInMainWorld('api', Object.freeze(api));
