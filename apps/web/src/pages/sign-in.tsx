import { useMutation } from '../graphql/use-mutation';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorCode } from '../graphql/errors';
import { PublicPage } from '../layout/public-page';
import { SignInMutation } from '../session/operations';
import { useSession } from '../session/session-context';
import { focusFirstError } from '../layout/focus-first-error';
import { OrcidSignInButton } from './orcid-trip';

export function SignInPage() {
  const intl = useIntl();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [signIn, { loading, error }] = useMutation(SignInMutation);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        /^\S+@\S+$/.test(value) ? null : intl.formatMessage({ id: 'form.email.invalid' }),
      password: (value) => (value ? null : intl.formatMessage({ id: 'form.required' })),
    },
  });

  const submit = form.onSubmit(async (values) => {
    const { data } = await signIn({ variables: values }).catch(() => ({ data: undefined }));
    if (!data) return;
    session.start(data.signIn);
    const from = (location.state as { from?: string } | null)?.from;
    void navigate(from && from !== '/sign-in' ? from : '/', { replace: true });
  }, focusFirstError);

  const code = errorCode(error);
  return (
    <PublicPage title={<FormattedMessage id="signIn.title" />}>
      <Text c="dimmed" mb="lg">
        <FormattedMessage id="signIn.lead" />
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
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
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'form.password' })}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
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
