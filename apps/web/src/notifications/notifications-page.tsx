import { useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { MarkReadMutation, NotificationsQuery, UnreadCountQuery } from './operations';
import { appendPage } from '../graphql/pagination';

export function NotificationsPage() {
  const intl = useIntl();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, refetch, fetchMore, loading } = useQuery(NotificationsQuery, {
    variables: { unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkReadMutation, { refetchQueries: [UnreadCountQuery] });
  // Marked in the cache, not by refetching the list, which would cut it back to its first page.
  const markAsRead = (ids: string[]) =>
    void markRead({
      variables: { ids },
      update: (cache) => {
        const readAt = new Date().toISOString();
        for (const id of ids) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: (current: string | null) => current ?? readAt },
          });
        }
      },
    });
  const nodes = data?.notifications.edges.map((edge) => edge.node);
  const unread = nodes?.filter((node) => !node.readAt).map((node) => node.id) ?? [];

  return (
    <Stack maw={860}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id="notifications.title" />
        </Title>
        <Group>
          <SegmentedControl
            aria-label={intl.formatMessage({ id: 'notifications.show' })}
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            data={[
              { value: 'all', label: intl.formatMessage({ id: 'notifications.all' }) },
              { value: 'unread', label: intl.formatMessage({ id: 'notifications.unreadOnly' }) },
            ]}
          />
          <Button variant="light" disabled={unread.length === 0} onClick={() => markAsRead(unread)}>
            <FormattedMessage id="notifications.markAllRead" />
          </Button>
        </Group>
      </Group>
      {error && !nodes ? (
        <LoadError error={error} retry={refetch} />
      ) : !nodes ? (
        <PageLoader />
      ) : nodes.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="notifications.empty" />
        </EmptyState>
      ) : (
        <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
          {nodes.map((node) => (
            <Paper
              key={node.id}
              withBorder
              p="sm"
              component="li"
              bg={node.readAt ? undefined : 'blue.0'}
            >
              {/* The text keeps 240 px; on a phone the button goes below it rather than squeeze. */}
              <Group justify="space-between" align="flex-start">
                <Stack gap={2} style={{ flex: '1 1 240px' }}>
                  <Text fw={node.readAt ? 400 : 700}>
                    <Anchor
                      component={Link}
                      to={node.path}
                      onClick={() => !node.readAt && markAsRead([node.id])}
                    >
                      {node.title}
                    </Anchor>
                  </Text>
                  <Text size="sm">{node.body}</Text>
                  <Text size="xs" c="dimmed">
                    <FormattedDate value={node.createdAt} dateStyle="medium" timeStyle="short" />
                  </Text>
                </Stack>
                {!node.readAt && (
                  <Button size="xs" variant="subtle" onClick={() => markAsRead([node.id])}>
                    <FormattedMessage id="notifications.markRead" />
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
          {data?.notifications.pageInfo.hasNextPage && (
            <Button
              variant="light"
              loading={loading}
              style={{ alignSelf: 'center' }}
              onClick={() =>
                void fetchMore({
                  variables: { after: data.notifications.pageInfo.endCursor },
                  updateQuery: appendPage('notifications'),
                })
              }
            >
              <FormattedMessage id="browse.more" />
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
