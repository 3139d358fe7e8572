import { useEffect, useRef } from 'react';

/**
 * Collects ids for `delayMs` and hands them to `flush` at once: a burst of notifications (an
 * engine run proposing twenty pairs) becomes one refresh, not twenty.
 */
export function useIdBatch(flush: (ids: string[]) => void, delayMs = 250): (id: string) => void {
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestFlush = useRef(flush);
  useEffect(() => {
    latestFlush.current = flush;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return (id: string) => {
    pending.current.add(id);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const ids = [...pending.current];
      pending.current.clear();
      latestFlush.current(ids);
    }, delayMs);
  };
}
