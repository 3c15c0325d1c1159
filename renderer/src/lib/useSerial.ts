// Runs one item's saves one after another, in the order the clerk made them: leaving a field
// (blur saves it) and clicking a button right after must not race or lose the click.
import { useCallback, useRef } from 'react';

export function useSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(task, task);
    chain.current = next.catch(() => undefined);
    return next;
  }, []);
}
