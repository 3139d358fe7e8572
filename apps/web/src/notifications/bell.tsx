import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLiveEvents } from './live-events';
import { UnreadCountQuery } from './operations';

const liveToastId = 'live-notifications';

/** The unread count, kept live by the notifications that arrive. */
export function NotificationBell() {
  const intl = useIntl();
  const { data, refetch } = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network' });
  // A burst (a coordinator approving ten matches) is one toast that counts, not a stack of ten.
  const burst = useRef(0);
  useLiveEvents((notification) => {
    void refetch();
    burst.current += 1;
    const toast = {
      id: liveToastId,
      onClose: () => {
        burst.current = 0;
      },
      ...(burst.current === 1
        ? { title: notification.title, message: notification.body }
        : {
            title: intl.formatMessage({ id: 'notifications.burst' }, { count: burst.current }),
            message: notification.title,
          }),
    };
    if (burst.current === 1) notifications.show(toast);
    else notifications.update(toast);
  });
  const unread = data?.notifications.totalCount ?? 0;
  const label = intl.formatMessage({ id: 'notifications.bell' }, { count: unread });
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      disabled={unread === 0}
      color="red"
      offset={4}
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        size="lg"
        aria-label={label}
        title={label}
      >
        <IconBell aria-hidden stroke={1.6} />
      </ActionIcon>
    </Indicator>
  );
}
