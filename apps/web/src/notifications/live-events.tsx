import { useSubscription } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useEffectEvent,
  useState,
} from 'react';
import type { NotificationReceivedSubscription as Received } from '../graphql/generated/graphql';
import { NotificationReceivedSubscription } from './operations';

export type LiveNotice = Received['notificationReceived'];
type Listener = (notice: LiveNotice) => void;

const LiveEvents = createContext<Set<Listener> | null>(null);

/**
 * The signed-in app's one subscription to the viewer's notifications; the bell, the match page
 * and the review queue listen to it instead of subscribing each on their own.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const [listeners] = useState(() => new Set<Listener>());
  useSubscription(NotificationReceivedSubscription, {
    onData: ({ data }) => {
      const notice = data.data?.notificationReceived;
      if (notice) for (const listener of listeners) listener(notice);
    },
  });
  return <LiveEvents.Provider value={listeners}>{children}</LiveEvents.Provider>;
}

/** Calls `listener` with each notification that arrives while the component is shown. */
export function useLiveEvents(listener: Listener): void {
  const listeners = useContext(LiveEvents);
  const onNotice = useEffectEvent(listener);
  useEffect(() => {
    if (!listeners) return;
    const forward: Listener = (notice) => onNotice(notice);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, [listeners]);
}
