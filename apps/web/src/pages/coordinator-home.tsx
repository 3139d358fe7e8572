import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../graphql/generated';
import type { MessageId } from '../i18n/messages';
import { LoadError, PageLoader } from '../layout/page-state';
import { useRefetchOnNotification } from '../notifications';
import { useSessionUser } from '../session/session-context';

const CoordinatorHomeQuery = graphql(`
  query CoordinatorHome($today: DateTime!) {
    proposed: reviewQueue(first: 1) {
      totalCount
    }
    due: reviewQueue(first: 1, status: [PROPOSED, APPROVED], dueBefore: $today) {
      totalCount
    }
    waitingForSides: reviewQueue(first: 1, status: [APPROVED]) {
      totalCount
    }
    declined: reviewQueue(first: 1, status: [DECLINED]) {
      totalCount
    }
    introduced: reviewQueue(first: 1, status: [INTRODUCED]) {
      totalCount
    }
    clusters {
      id
      name
    }
  }
`);

const UnmatchedNeedsQuery = graphql(`
  query UnmatchedNeeds($clusterId: ID!) {
    clusterStats(clusterId: $clusterId) {
      unmatchedNeeds
    }
  }
`);

/** Today's date as the queue's "due before" filter writes it in the address (YYYY-MM-DD). */
function todayInAddress(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The start of a coordinator's day: what waits for them and for the sides, each figure a link
 * into the review queue filtered to exactly what it counts, and the needs nothing matched.
 */
export function CoordinatorHomePage() {
  const user = useSessionUser()!;
  const today = todayInAddress();
  const { data, error, refetch } = useQuery(CoordinatorHomeQuery, {
    // The queue's filter ends the day at 23:59:59 local time; the count must mean the same.
    variables: { today: new Date(`${today}T23:59:59`).toISOString() },
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnNotification(refetch);
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const tiles: { label: MessageId; count: number; to: string }[] = [
    { label: 'coordinatorHome.proposed', count: data.proposed.totalCount, to: '/review' },
    {
      label: 'coordinatorHome.due',
      count: data.due.totalCount,
      to: `/review?dueBefore=${today}&status=PROPOSED&status=APPROVED&orderBy=DUE_SOONEST`,
    },
    {
      label: 'coordinatorHome.waitingForSides',
      count: data.waitingForSides.totalCount,
      to: '/review?status=APPROVED',
    },
    {
      label: 'coordinatorHome.declined',
      count: data.declined.totalCount,
      to: '/review?status=DECLINED',
    },
    {
      label: 'coordinatorHome.introduced',
      count: data.introduced.totalCount,
      to: '/review?status=INTRODUCED',
    },
  ];
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="home.greeting" values={{ name: user.fullName }} />
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="ul" p={0} m={0} style={listReset}>
        {tiles.map((tile) => (
          <Tile key={tile.label} label={tile.label} count={tile.count} to={tile.to} />
        ))}
        {data.clusters.map((cluster) => (
          <UnmatchedNeedsTile key={cluster.id} clusterId={cluster.id} name={cluster.name} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

const listReset = { listStyle: 'none' } as const;

function UnmatchedNeedsTile({ clusterId, name }: { clusterId: string; name: string }) {
  const { data } = useQuery(UnmatchedNeedsQuery, {
    variables: { clusterId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return null;
  return (
    <Tile
      label="coordinatorHome.unmatched"
      values={{ cluster: name }}
      count={data.clusterStats.unmatchedNeeds}
      to={`/dashboard?clusterId=${clusterId}`}
    />
  );
}

function Tile({
  label,
  values,
  count,
  to,
}: {
  label: MessageId;
  values?: Record<string, string>;
  count: number;
  to: string;
}) {
  const intl = useIntl();
  return (
    <Paper component="li" withBorder p="md">
      <Anchor component={Link} to={to} underline="hover" c="inherit">
        <Text fz={28} fw={700}>
          <FormattedNumber value={count} />
        </Text>
        <Text size="sm">{intl.formatMessage({ id: label }, { count, ...values })}</Text>
      </Anchor>
    </Paper>
  );
}
