import { useLiveEvents } from './live-events';

/**
 * Pages that list what a notification changes (matches waiting, counts) read again when one
 * arrives, as the bell does, instead of waiting for a reload. `about` narrows it to one match.
 */
export function useRefetchOnNotification(refetch: () => unknown, about?: { matchId: string }) {
  useLiveEvents((received) => {
    if (!about || received.matchId === about.matchId) void refetch();
  });
}
