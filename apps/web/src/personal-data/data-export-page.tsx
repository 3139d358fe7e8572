import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { downloadFile } from '../ui/download-file';
import { DownloadDataExportMutation } from './operations';

/** Where the e-mailed link leads: the archive downloads once, for the account it was sent to. */
export function DataExportPage() {
  const intl = useIntl();
  const token = useSearchParams()[0].get('token') ?? '';
  const [download, { loading }] = useMutation(DownloadDataExportMutation);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const fetchArchive = async () => {
    try {
      const { data } = await download({ variables: { token } });
      if (!data) return;
      downloadFile(
        data.downloadDataExport.fileName,
        data.downloadDataExport.json,
        'application/json',
      );
      setOutcome({ ok: true, message: intl.formatMessage({ id: 'yourData.downloaded' }) });
    } catch (failure) {
      const id =
        ({ FORBIDDEN: 'yourData.otherAccount', BAD_USER_INPUT: 'rule.invalid-link' } as const)[
          errorCode(failure) as 'FORBIDDEN'
        ] ?? ('state.error' as const);
      setOutcome({ ok: false, message: intl.formatMessage({ id }) });
    }
  };

  return (
    <Stack maw={640} align="flex-start">
      <Title order={1} size="h2">
        <FormattedMessage id="yourData.title" />
      </Title>
      <Text>
        <FormattedMessage id="yourData.downloadHint" />
      </Text>
      <Button onClick={() => void fetchArchive()} loading={loading} disabled={outcome?.ok}>
        <FormattedMessage id="yourData.download" />
      </Button>
      {outcome && (
        <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </Alert>
      )}
    </Stack>
  );
}
