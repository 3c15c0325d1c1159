// The renderer is served from its own scheme, app://dcs/, not from file://. A page the user
// drops onto the window, or any other file on disk, is then a different origin: it is not
// trusted for navigation or for the IPC door. Kept free of Electron so it can be tested.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dcs';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for a URL of the app's own pages (app://dcs/…). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.username === '' && u.port === '';
  } catch {
    return false;
  }
}

/** The file under `root` that an app:// URL names, or null for anything outside it or malformed. */
export function resolveAppAsset(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const rel = normalize(path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, ''));
  const base = resolve(root);
  const target = resolve(join(base, rel));
  const inside = relative(base, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Answers one request of the app scheme: the file's bytes (with `headers`), or 404 for anything else. */
export async function serveAppAsset(root: string, url: string, headers: Record<string, string> = {}): Promise<Response> {
  const file = resolveAppAsset(root, url);
  const type = file ? CONTENT_TYPES[extname(file).toLowerCase()] : undefined;
  if (!file || !type) return new Response('Không tìm thấy.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' } });
  } catch {
    return new Response('Không tìm thấy.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
