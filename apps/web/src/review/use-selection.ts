import { useCallback, useState } from 'react';

/** A set of chosen ids, kept by id so rows that move or reload stay chosen. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const selectOnly = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  const drop = useCallback(
    (ids: ReadonlySet<string>) =>
      setSelected((current) => new Set([...current].filter((id) => !ids.has(id)))),
    [],
  );
  return { selected, toggle, selectOnly, drop };
}
