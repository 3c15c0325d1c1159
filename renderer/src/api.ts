// The renderer's only way to the data: window.api in the app; in the browser-test build, the
// loopback bridge with the same operations and the same Result shape.
import type { ApiClient, ArgOf, OpName, ProgressEvent, ResultOf } from '../../shared/ipc/contract';
import { OP_NAMES } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

function bridgeClient(): ApiClient {
  const entries = OP_NAMES.map((op) => [
    op,
    async (arg: unknown) => {
      const res = await fetch(`/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ arg }) });
      return (await res.json()) as Result<unknown>;
    },
  ]);
  return Object.fromEntries(entries) as ApiClient;
}

const client: ApiClient | null = window.api ?? (__DCS_BRIDGE__ ? bridgeClient() : null);

/** The bridge's stream of progress events, opened at start so no event of a first export is missed. */
const bridgeListeners = new Set<(e: ProgressEvent) => void>();
if (!window.api && __DCS_BRIDGE__) {
  new EventSource('/api/events').onmessage = (m: MessageEvent<string>) => {
    const e = JSON.parse(m.data) as ProgressEvent;
    for (const l of bridgeListeners) l(e);
  };
}

/** Calls `listener` with the progress of long operations while they run; returns the function that stops it. */
export function onProgress(listener: (e: ProgressEvent) => void): () => void {
  if (window.api) return window.api.onProgress(listener);
  bridgeListeners.add(listener);
  return () => void bridgeListeners.delete(listener);
}

export class ApiError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly details: string[],
  ) {
    super(message);
  }
}

/** Calls an operation and returns its value, or throws an ApiError carrying the Vietnamese message. */
export async function call<K extends OpName>(op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  if (!client) throw new ApiError('Ứng dụng chưa kết nối được dữ liệu. Hãy mở lại ứng dụng.', 'NO_API', []);
  const fn = client[op] as (a: ArgOf<K>) => Promise<Result<ResultOf<K>>>;
  const r = await fn(arg);
  if (!r.ok) throw new ApiError(r.error.message, r.error.code, r.error.details ?? []);
  return r.value;
}
