import { useMutation } from '../graphql/use-mutation';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../layout/page-state';
import { PublicPage } from '../layout/public-page';
import { VerifyEmailMutation } from '../session/operations';
import { useSession } from '../session/session-context';

/** The sign-up e-mail's link (`APP_URL/verify-email?token=…`): verifies and signs in. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const session = useSession();
  const navigate = useNavigate();
  const [verify, { error }] = useMutation(VerifyEmailMutation);
  const sent = useRef(false);

  useEffect(() => {
    // Each link works once; StrictMode's second effect run must not spend it again.
    if (sent.current) return;
    sent.current = true;
    void verify({ variables: { token: params.get('token') ?? '' } })
      .then(({ data }) => {
        if (!data) return;
        session.start(data.verifyEmail);
        void navigate('/', { replace: true });
      })
      .catch(() => undefined);
  }, [params, session, navigate, verify]);

  return (
    <PublicPage title={<FormattedMessage id="verifyEmail.title" />}>
      {error ? (
        <Stack>
          <Alert color="red" role="alert">
            <FormattedMessage id="rule.invalid-link" />
          </Alert>
          <Anchor component={Link} to="/sign-in">
            <FormattedMessage id="signIn.link" />
          </Anchor>
        </Stack>
      ) : (
        <PageLoader />
      )}
    </PublicPage>
  );
}
