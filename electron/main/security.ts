// The security settings every window gets, kept in one place so a test can assert them.
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from './appProtocol';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** `devTools` is false in an installed build: the window's internals are not a user feature. */
export function secureWebPreferences(preloadPath: string, devTools = false): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Only the app's own page may call the API: app://dcs/ when installed, the dev server in development. */
export function isTrustedUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl) {
    try {
      return new URL(url).origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return isAppUrl(url);
}
