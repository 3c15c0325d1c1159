/// <reference types="vite/client" />
import type { WindowApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    api?: WindowApi;
  }
  /** Set at build time: true only in the browser-test build, where the loopback bridge stands in for IPC. */
  const __DCS_BRIDGE__: boolean;
}
export {};
