import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import {
  OrcidSignInAvailableQuery,
  StartOrcidLinkMutation,
  StartOrcidSignInMutation,
} from './operations';

/** Which trip the browser went to ORCID for: the callback address is the same for both. */
export const purposeKey = 'orcid-purpose';
export type OrcidPurpose = 'SIGN_IN' | 'LINK';

/** What the sign-up page takes from a verified iD no account has. */
export interface OrcidSignUpState {
  orcidTicket: string;
  orcidId: string;
  fullName: string | null;
}

export function useOrcidTrip(purpose: OrcidPurpose) {
  const [startSignIn, signIn] = useMutation(StartOrcidSignInMutation);
  const [startLink, link] = useMutation(StartOrcidLinkMutation);
  const [leaving, setLeaving] = useState(false);
  const go = async () => {
    const { data } = await (purpose === 'LINK' ? startLink() : startSignIn()).catch(() => ({
      data: undefined,
    }));
    const address =
      data && ('startOrcidLink' in data ? data.startOrcidLink : data.startOrcidSignIn);
    if (!address) return;
    sessionStorage.setItem(purposeKey, purpose);
    setLeaving(true);
    window.location.assign(address);
  };
  const failed = purpose === 'LINK' ? link.error : signIn.error;
  return { go, busy: leaving || signIn.loading || link.loading, failed };
}

/** "Sign in with ORCID", shown only where the platform has ORCID set up. */
export function OrcidSignInButton() {
  const available = useQuery(OrcidSignInAvailableQuery);
  const trip = useOrcidTrip('SIGN_IN');
  if (!available.data?.orcidSignInAvailable) return null;
  return (
    <Stack gap="xs">
      <Button variant="default" onClick={() => void trip.go()} loading={trip.busy} fullWidth>
        <FormattedMessage id="orcid.signIn" />
      </Button>
      {trip.failed && (
        <Text c="red" size="sm" role="alert">
          <FormattedMessage id="error.network" />
        </Text>
      )}
    </Stack>
  );
}

/** "Link my ORCID iD", for a signed-in researcher. */
export function OrcidLinkButton() {
  const trip = useOrcidTrip('LINK');
  return (
    <Stack gap="xs" align="flex-start">
      <Button onClick={() => void trip.go()} loading={trip.busy}>
        <FormattedMessage id="orcid.link" />
      </Button>
      {trip.failed && (
        <Text c="red" size="sm" role="alert">
          <FormattedMessage
            id={errorCode(trip.failed) === 'BAD_USER_INPUT' ? 'orcid.off' : 'error.network'}
          />
        </Text>
      )}
    </Stack>
  );
}
