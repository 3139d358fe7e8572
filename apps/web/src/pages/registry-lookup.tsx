import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { errorCode } from '../graphql/errors';
import type { RegisteredOrganizationQuery } from '../graphql/generated/graphql';
import { RegisteredOrganizationQuery as Lookup } from '../session/operations';

type Found = NonNullable<RegisteredOrganizationQuery['registeredOrganization']['organization']>;
type Outcome =
  | { kind: 'found'; organization: Found }
  | { kind: 'unlisted' | 'unavailable' | 'failed' | 'busy' | 'invalid' };

/** "ŚWIDNIK" as people write it: "Świdnik"; "BIELSKO-BIAŁA": "Bielsko-Biała". */
const townCase = (town: string) =>
  town
    .toLocaleLowerCase('pl')
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase('pl'),
    );

/**
 * Asks the VAT register for the typed NIP and shows what it says as a proposal: the person
 * chooses to use it (the name and the town fill the form) or not.
 */
export function RegistryLookup({
  nip,
  onUse,
}: {
  nip: string;
  onUse: (found: { name: string; city: string | null }) => void;
}) {
  const apollo = useApolloClient();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const ask = async () => {
    setAsking(true);
    try {
      const { data } = await apollo.query({
        query: Lookup,
        variables: { nip },
        fetchPolicy: 'network-only',
      });
      const answer = data?.registeredOrganization;
      setOutcome(
        !answer?.available
          ? { kind: 'unavailable' }
          : answer.organization
            ? { kind: 'found', organization: answer.organization }
            : { kind: answer.failure ? 'failed' : 'unlisted' },
      );
    } catch (error) {
      const code = errorCode(error);
      setOutcome({
        kind:
          code === 'BAD_USER_INPUT' ? 'invalid' : code === 'TOO_MANY_REQUESTS' ? 'busy' : 'failed',
      });
    } finally {
      setAsking(false);
    }
  };

  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={() => void ask()}
        loading={asking}
        disabled={nip.replace(/\D/g, '').length !== 10}
      >
        <FormattedMessage id="signUp.registryLookup" />
      </Button>
      {outcome?.kind === 'found' ? (
        <Alert color="blue" role="status" title={<FormattedMessage id="signUp.registryFound" />}>
          <Stack gap={4}>
            <Text fw={600}>{outcome.organization.name}</Text>
            {outcome.organization.address && <Text size="sm">{outcome.organization.address}</Text>}
            <Text size="sm">
              <FormattedMessage
                id="signUp.registryNumbers"
                values={{
                  regon: outcome.organization.regon ?? '—',
                  krs: outcome.organization.krs ?? '—',
                }}
              />
            </Text>
            <Button
              size="xs"
              mt="xs"
              onClick={() => {
                const { name, city } = outcome.organization;
                onUse({ name, city: city ? townCase(city) : null });
                setOutcome(null);
              }}
            >
              <FormattedMessage id="signUp.registryUse" />
            </Button>
          </Stack>
        </Alert>
      ) : (
        outcome && (
          <Text size="sm" role="status" c="dimmed">
            <FormattedMessage id={`signUp.registry.${outcome.kind}`} />
          </Text>
        )
      )}
    </Stack>
  );
}
