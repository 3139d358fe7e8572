import { useQuery } from '@apollo/client/react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { DataExportsQuery, RequestDataExportMutation } from './operations';

/** The account page's "your data": ask for an archive of it; its link comes by e-mail. */
export function YourDataSection({ email }: { email: string }) {
  const intl = useIntl();
  const exports = useQuery(DataExportsQuery);
  const [request, { loading }] = useMutation(RequestDataExportMutation, {
    refetchQueries: [DataExportsQuery],
  });
  const [answer, setAnswer] = useState<string | null>(null);
  const latest = exports.data?.dataExports[0];
  const preparing = latest && !latest.readyAt;

  const ask = async () => {
    try {
      await request();
      setAnswer(intl.formatMessage({ id: 'yourData.requested' }, { email }));
    } catch (failure) {
      setAnswer(
        intl.formatMessage({
          id: errorCode(failure) === 'CONFLICT' ? 'yourData.preparing' : 'state.error',
        }),
      );
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="your-data-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="your-data-heading">
          <FormattedMessage id="yourData.title" />
        </Title>
        <Text size="sm">
          <FormattedMessage id="yourData.hint" />
        </Text>
        {latest?.readyAt && !latest.downloadedAt && (
          <Text size="sm">
            <FormattedMessage
              id="yourData.ready"
              values={{ date: new Date(latest.readyAt), email }}
            />
          </Text>
        )}
        <Button variant="light" onClick={() => void ask()} loading={loading} disabled={!!preparing}>
          <FormattedMessage id="yourData.request" />
        </Button>
        <Text size="sm" role="status">
          {answer ?? (preparing ? intl.formatMessage({ id: 'yourData.preparing' }) : '')}
        </Text>
      </Stack>
    </Paper>
  );
}
