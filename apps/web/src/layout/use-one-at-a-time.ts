import { useCallback, useRef } from 'react';

/**
 * Runs a form's submission one at a time: a click while one runs is dropped, even before the
 * button re-renders as busy. A task that returns true (it is leaving the page) stays held.
 */
export function useOneAtATime(): (task: () => Promise<boolean | void>) => Promise<void> {
  const busy = useRef(false);
  return useCallback(async (task) => {
    if (busy.current) return;
    busy.current = true;
    let leaving = false;
    try {
      leaving = (await task()) === true;
    } finally {
      if (!leaving) busy.current = false;
    }
  }, []);
}
