// Loads one operation's result for a screen and keeps it fresh: stale answers (after the period
// changed, or a newer reload) are ignored, and errors are kept as Vietnamese messages.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgOf, OpName, ResultOf } from '../../../shared/ipc/contract';
import { ApiError, call } from '../api';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the data with what a write operation returned, without another round trip. */
  setData: (next: T | ((prev: T | undefined) => T)) => void;
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.details.length ? `${e.message} ${e.details.join(' ')}` : e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

export function useApi<K extends OpName>(op: K, arg: ArgOf<K>, key: string): Loaded<ResultOf<K>> {
  const [data, setDataState] = useState<ResultOf<K> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const argRef = useRef(arg);
  argRef.current = arg;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const value = await call(op, argRef.current);
      if (mine !== seq.current) return;
      setDataState(() => value);
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      setError(errorText(e));
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [op]);

  useEffect(() => {
    void reload();
  }, [reload, key]);

  const setData = useCallback((next: ResultOf<K> | ((prev: ResultOf<K> | undefined) => ResultOf<K>)) => {
    seq.current++;
    setLoading(false);
    setDataState((prev) => (typeof next === 'function' ? (next as (p: ResultOf<K> | undefined) => ResultOf<K>)(prev) : next));
  }, []);

  return { data, error, loading, reload, setData };
}
