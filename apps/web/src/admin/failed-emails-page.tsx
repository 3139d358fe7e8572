import { RecordTable } from '../ui/record-table';
import { useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import { Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { FailedEmailsQuery, RetryFailedEmailsMutation } from './operations';

/** Admins: e-mails the SMTP server refused, with why, and sending chosen ones again. */
export function FailedEmailsPage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(FailedEmailsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [retry, { loading }] = useMutation(RetryFailedEmailsMutation);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const rows = data?.failedEmails ?? [];
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const send = async () => {
    try {
      const { data: sent } = await retry({ variables: { ids: [...selected] } });
      notifications.show({
        color: 'green',
        message: intl.formatMessage(
          { id: 'admin.retried' },
          { count: sent?.retryFailedEmails ?? 0 },
        ),
      });
      setSelected(new Set());
      void refetch();
    } catch {
      notifications.show({
        color: 'red',
        message: intl.formatMessage({ id: 'admin.retryRefused' }),
      });
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id="admin.failedEmails" />
        </Title>
        <Button disabled={selected.size === 0} loading={loading} onClick={() => void send()}>
          <FormattedMessage id="admin.retry" values={{ count: selected.size }} />
        </Button>
      </Group>
      {error && !data ? (
        <LoadError error={error} retry={refetch} />
      ) : !data ? (
        <PageLoader />
      ) : rows.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="admin.noFailedEmails" />
        </EmptyState>
      ) : (
        <RecordTable
          label={intl.formatMessage({ id: 'admin.failedEmails' })}
          minWidth={760}
          headers={[
            <Checkbox
              aria-label={intl.formatMessage({ id: 'review.selectAll' })}
              checked={selected.size === rows.length}
              onChange={(event) =>
                setSelected(
                  event.currentTarget.checked ? new Set(rows.map((row) => row.id)) : new Set(),
                )
              }
            />,
            intl.formatMessage({ id: 'admin.recipient' }),
            intl.formatMessage({ id: 'admin.what' }),
            intl.formatMessage({ id: 'admin.error' }),
            intl.formatMessage({ id: 'admin.failedAt' }),
          ]}
        >
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Checkbox
                  aria-label={intl.formatMessage(
                    { id: 'admin.selectEmail' },
                    { recipient: row.recipient },
                  )}
                  checked={selected.has(row.id)}
                  onChange={() => toggle(row.id)}
                />
              </Table.Td>
              <Table.Td>{row.recipient}</Table.Td>
              <Table.Td>
                {row.event
                  ? intl.formatMessage({ id: `event.${row.event}` })
                  : intl.formatMessage({ id: 'admin.digest' })}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {row.error}
                </Text>
              </Table.Td>
              <Table.Td>
                <FormattedDate value={row.failedAt} dateStyle="medium" timeStyle="short" />
              </Table.Td>
            </Table.Tr>
          ))}
        </RecordTable>
      )}
    </Stack>
  );
}
