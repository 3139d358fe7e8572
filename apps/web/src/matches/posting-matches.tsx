import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { LoadError, PageLoader } from '../layout/page-state';
import type { PostingKind } from '../ui/kinds';
import { useRefetchOnNotification } from '../notifications';
import { MatchList } from './match-list';
import { MatchesForCapabilityQuery, MatchesForNeedQuery } from './operations';

/** The owner's view of a posting's matches, best first. */
export function PostingMatches({ kind, id }: { kind: PostingKind; id: string }) {
  const needMatches = useQuery(MatchesForNeedQuery, {
    variables: { needId: id },
    skip: kind !== 'need',
    fetchPolicy: 'cache-and-network',
  });
  const capabilityMatches = useQuery(MatchesForCapabilityQuery, {
    variables: { capabilityId: id },
    skip: kind !== 'capability',
    fetchPolicy: 'cache-and-network',
  });
  const { error, refetch } = kind === 'need' ? needMatches : capabilityMatches;
  useRefetchOnNotification(refetch);
  const connection =
    kind === 'need'
      ? needMatches.data?.matchesForNeed
      : capabilityMatches.data?.matchesForCapability;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="matches-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="matches-heading">
          <FormattedMessage id="matches.title" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="matches.lead" />
        </Text>
        {error && !connection ? (
          <LoadError error={error} retry={refetch} />
        ) : !connection ? (
          <PageLoader />
        ) : (
          <>
            <Text size="sm">
              <FormattedMessage id="matches.count" values={{ count: connection.edges.length }} />
            </Text>
            <MatchList matches={connection.edges.map((edge) => edge.node)} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
