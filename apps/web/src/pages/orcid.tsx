import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { type OrcidPurpose, type OrcidSignUpState, purposeKey } from '../session/orcid-trip';
import { errorCode, fieldErrorsOf } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { PublicPage } from '../layout/public-page';
import { CompleteOrcidLinkMutation, CompleteOrcidSignInMutation } from '../session/operations';
import { useSession } from '../session/session-context';

const failureKeys = {
  'orcid-sign-in-expired': 'orcid.failed.expired',
  ORCID_REFUSED: 'orcid.failed.refused',
  CONFLICT: 'orcid.failed.taken',
  UNAUTHENTICATED: 'orcid.failed.unverifiedEmail',
} as const;

/**
 * Where ORCID sends the browser back: the answer is handed to the api once, which signs in,
 * links the iD, or offers a sign-up with it.
 */
export function OrcidCallbackPage() {
  const navigate = useNavigate();
  const session = useSession();
  const [completeSignIn] = useMutation(CompleteOrcidSignInMutation);
  const [completeLink] = useMutation(CompleteOrcidLinkMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const sent = useRef(false);

  useEffect(() => {
    // Once: the answer is single-use, and React runs effects twice in development.
    if (sent.current) return;
    sent.current = true;
    const purpose = (sessionStorage.getItem(purposeKey) as OrcidPurpose | null) ?? 'SIGN_IN';
    sessionStorage.removeItem(purposeKey);
    const callbackQuery = window.location.search;
    const failed = (error: unknown) => {
      const rule = fieldErrorsOf(error, 'callbackQuery')[0]?.rule;
      setFailure(rule ?? errorCode(error) ?? 'network');
    };
    if (purpose === 'LINK') {
      completeLink({ variables: { callbackQuery } })
        .then(() => navigate('/research-profile?linked=1', { replace: true }))
        .catch(failed);
      return;
    }
    completeSignIn({ variables: { callbackQuery } })
      .then(({ data }) => {
        const answer = data?.completeOrcidSignIn;
        if (answer?.session) {
          session.start(answer.session);
          return navigate('/', { replace: true });
        }
        if (answer?.signUp) {
          const state: OrcidSignUpState = {
            orcidTicket: answer.signUp.ticket,
            orcidId: answer.signUp.orcidId,
            fullName: answer.signUp.fullName ?? null,
          };
          return navigate('/sign-up', { replace: true, state });
        }
      })
      .catch(failed);
  }, [completeLink, completeSignIn, navigate, session]);

  return (
    <PublicPage title={<FormattedMessage id="orcid.callbackTitle" />}>
      {failure ? (
        <Stack>
          <Alert color="red" role="alert">
            <FormattedMessage
              id={failureKeys[failure as keyof typeof failureKeys] ?? 'orcid.failed.other'}
            />
          </Alert>
          <Anchor component={Link} to="/sign-in">
            <FormattedMessage id="signIn.link" />
          </Anchor>
        </Stack>
      ) : (
        <Stack align="center" py="md">
          <Loader aria-hidden />
          <Text role="status">
            <FormattedMessage id="orcid.completing" />
          </Text>
        </Stack>
      )}
    </PublicPage>
  );
}
