import { useApolloClient } from '@apollo/client/react';
import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { useSession } from '../session/session-context';
import { EraseMyAccountMutation } from './operations';

/** The account page's last section: erase the account, confirmed by typing its address. */
export function EraseAccountSection() {
  const intl = useIntl();
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [erase, { loading }] = useMutation(EraseMyAccountMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await erase({ variables: { input: { email } } });
    } catch (failure) {
      const code = errorCode(failure);
      setError(
        intl.formatMessage({
          id:
            code === 'BAD_USER_INPUT'
              ? 'eraseAccount.mismatch'
              : code === 'CONFLICT'
                ? 'eraseAccount.preparing'
                : 'state.error',
        }),
      );
      return;
    }
    session.end();
    await client.clearStore();
    void navigate('/sign-in', { replace: true, state: { accountErased: true } });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erase-account-heading">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h4" id="erase-account-heading">
            <FormattedMessage id="eraseAccount.title" />
          </Title>
          <Text size="sm">
            <FormattedMessage id="eraseAccount.hint" />
          </Text>
          <TextInput
            label={intl.formatMessage({ id: 'eraseAccount.confirmLabel' })}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            w="100%"
            maw={420}
          />
          <Button type="submit" color="red" loading={loading} disabled={!email.trim()}>
            <FormattedMessage id="eraseAccount.submit" />
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
