import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { DownloadDataExportMutation } from './operations';

/** Saves text as a file, as a download link would. */
function save(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

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
      save(data.downloadDataExport.fileName, data.downloadDataExport.json);
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
