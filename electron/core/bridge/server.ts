// The loopback HTTP bridge: serves the built renderer and answers POST /api/<op> with the same
// services the IPC handlers call, and streams the progress of long operations from GET /api/events
// (what the app sends on PROGRESS_CHANNEL). For browser tests and development only; the app never starts it.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type Services } from '../services';
import type { ProgressHub } from '../services/progress';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface Bridge {
  url: string;
  close: () => Promise<void>;
}

/** `events`: the hub the services report progress to (their ServiceContext.progress is its emit). */
export async function startBridge(services: Services, staticDir: string | null, port = 0, events?: ProgressHub): Promise<Bridge> {
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/api/events') {
        // Without a hub the stream stays open and quiet: the page's listener has nothing to hear.
        res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
        res.write(': dcs\n\n');
        const stop = events?.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
        if (stop) req.on('close', stop);
        return;
      }
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const c of req) {
          size += (c as Buffer).length;
          if (size > 80_000_000) throw new Error('too large');
          chunks.push(c as Buffer);
        }
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { arg?: unknown }) : {};
        const result = await dispatch(services, decodeURIComponent(url.pathname.slice(5)), body.arg);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(result));
        return;
      }
      if (req.method === 'GET' && staticDir) {
        const rel = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^([/\\])+/, '');
        const file = join(staticDir, rel);
        if (!file.startsWith(staticDir + sep) && file !== staticDir) {
          res.writeHead(403).end();
          return;
        }
        const data = await readFile(file).catch(() => null);
        if (!data) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(data);
        return;
      }
      res.writeHead(404).end();
    } catch {
      res.writeHead(400).end();
    }
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        // Event streams stay open until their page goes; closing ends them.
        server.closeAllConnections();
      }),
  };
}
