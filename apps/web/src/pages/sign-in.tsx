import { useMutation } from '../graphql/use-mutation';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorCode } from '../graphql/errors';
import { PublicPage } from '../layout/public-page';
import { SignInMutation } from '../session/operations';
import { useSession } from '../session/session-context';
import { focusFirstError } from '../layout/focus-first-error';
import { OrcidSignInButton } from '../session/orcid-trip';

export function SignInPage() {
  const intl = useIntl();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [signIn, { loading, error }] = useMutation(SignInMutation);
  // Two fields: plain state rather than @mantine/form, which the first page need not load.
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values, string>>>({});
  const field = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      email: /^\S+@\S+$/.test(values.email)
        ? undefined
        : intl.formatMessage({ id: 'form.email.invalid' }),
      password: values.password ? undefined : intl.formatMessage({ id: 'form.required' }),
    };
    setErrors(found);
    if (found.email || found.password) {
      // After React has marked the fields invalid, so the first of them takes the focus.
      requestAnimationFrame(() => focusFirstError(found));
      return;
    }
    const { data } = await signIn({ variables: values }).catch(() => ({ data: undefined }));
    if (!data) return;
    session.start(data.signIn);
    const from = (location.state as { from?: string } | null)?.from;
    void navigate(from && from !== '/sign-in' ? from : '/', { replace: true });
  };

  const code = errorCode(error);
  const accountErased = (location.state as { accountErased?: boolean } | null)?.accountErased;
  return (
    <PublicPage title={<FormattedMessage id="signIn.title" />}>
      <Text c="dimmed" mb="lg">
        <FormattedMessage id="signIn.lead" />
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {accountErased && !error && (
            <Alert color="green" role="status">
              <FormattedMessage id="signIn.accountErased" />
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title={intl.formatMessage({ id: 'signIn.failed' })}>
              {code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
                ? intl.formatMessage({ id: 'signIn.wrongCredentials' })
                : code === 'TOO_MANY_REQUESTS'
                  ? intl.formatMessage({ id: 'signIn.throttled' })
                  : intl.formatMessage({ id: 'error.network' })}
            </Alert>
          )}
          <TextInput
            label={intl.formatMessage({ id: 'form.email' })}
            type="email"
            autoComplete="username"
            required
            {...field('email')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'form.password' })}
            autoComplete="current-password"
            required
            {...field('password')}
          />
          <Anchor
            component={Link}
            to="/forgot-password"
            size="sm"
            style={{ alignSelf: 'flex-end' }}
          >
            <FormattedMessage id="password.forgot" />
          </Anchor>
          <Button type="submit" loading={loading} fullWidth>
            <FormattedMessage id="signIn.submit" />
          </Button>
          <OrcidSignInButton />
          <Text size="sm" ta="center">
            <FormattedMessage id="signIn.noAccount" />{' '}
            <Anchor component={Link} to="/sign-up">
              <FormattedMessage id="signUp.link" />
            </Anchor>
          </Text>
        </Stack>
      </form>
    </PublicPage>
  );
}
