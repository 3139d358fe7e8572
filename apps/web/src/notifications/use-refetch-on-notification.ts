import { useSubscription } from '@apollo/client/react';
import { NotificationReceivedSubscription } from './operations';

/**
 * Pages that list what a notification changes (matches waiting, counts) read again when one
 * arrives, as the bell does, instead of waiting for a reload. `about` narrows it to one match.
 */
export function useRefetchOnNotification(refetch: () => unknown, about?: { matchId: string }) {
  useSubscription(NotificationReceivedSubscription, {
    onData: ({ data }) => {
      const received = data.data?.notificationReceived;
      if (received && (!about || received.matchId === about.matchId)) void refetch();
    },
  });
}
