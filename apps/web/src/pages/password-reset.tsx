import { useMutation } from '../graphql/use-mutation';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { PublicPage } from '../layout/public-page';
import { RequestPasswordResetMutation, ResetPasswordMutation } from '../session/operations';
import { useSession } from '../session/session-context';
import { focusFirstError } from '../layout/focus-first-error';

/** Asks for the reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const intl = useIntl();
  const [request, { loading, error }] = useMutation(RequestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: {
      email: (value) =>
        /^\S+@\S+$/.test(value) ? null : intl.formatMessage({ id: 'form.email.invalid' }),
    },
  });
  const submit = form.onSubmit(async ({ email }) => {
    await request({ variables: { email: email.trim() } }).catch(() => undefined);
    setSentTo(email.trim());
  }, focusFirstError);
  return (
    <PublicPage title={<FormattedMessage id="password.forgotTitle" />}>
      {sentTo && !error ? (
        <Stack>
          <Text>
            <FormattedMessage
              id="password.linkSent"
              values={{ email: <strong>{sentTo}</strong> }}
            />
          </Text>
          <Anchor component={Link} to="/sign-in">
            <FormattedMessage id="signIn.link" />
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text c="dimmed">
              <FormattedMessage id="password.forgotLead" />
            </Text>
            {error && (
              <Alert color="red" role="alert">
                <FormattedMessage id="error.network" />
              </Alert>
            )}
            <TextInput
              label={intl.formatMessage({ id: 'form.email' })}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={loading}>
              <FormattedMessage id="password.sendLink" />
            </Button>
          </Stack>
        </form>
      )}
    </PublicPage>
  );
}

/** An invitation's link (`APP_URL/accept-invitation?token=…`): a first password, then signed in. */
export function AcceptInvitationPage() {
  return <ResetPasswordPage invitation />;
}

/** The reset e-mail's link (`APP_URL/reset-password?token=…`): a new password, then signed in. */
export function ResetPasswordPage({ invitation = false }: { invitation?: boolean }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const session = useSession();
  const navigate = useNavigate();
  const serverErrors = useServerFieldErrors();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) =>
        value.length >= 10 ? null : intl.formatMessage({ id: 'form.passwordTooShort' }),
      repeat: (value, values) =>
        value === values.password ? null : intl.formatMessage({ id: 'account.passwordsDiffer' }),
    },
  });
  const submit = form.onSubmit(async ({ password }) => {
    try {
      const { data } = await reset({ variables: { token: params.get('token') ?? '', password } });
      if (!data) return;
      session.start(data.resetPassword);
      void navigate('/', { replace: true });
    } catch (error) {
      const errors = serverErrors(error, '');
      form.setErrors({ password: errors.password ?? errors.token });
    }
  }, focusFirstError);
  return (
    <PublicPage
      title={
        <FormattedMessage id={invitation ? 'password.invitationTitle' : 'password.resetTitle'} />
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {invitation && (
            <Text c="dimmed">
              <FormattedMessage id="password.invitationLead" />
            </Text>
          )}
          <PasswordInput
            label={intl.formatMessage({ id: 'account.newPassword' })}
            description={intl.formatMessage({ id: 'signUp.passwordHint' })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'account.repeatPassword' })}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={loading}>
            <FormattedMessage id="password.set" />
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
