import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../graphql/generated';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { MatchList } from '../matches';
import { StatusBadge } from '../ui/badges';
import { postingPath, postingsPath } from '../ui/kinds';
import { useRefetchOnNotification } from '../notifications';
import { useSessionUser } from '../session/session-context';
import { CoordinatorHomePage } from './coordinator-home';

const HomeQuery = graphql(`
  query Home($firm: Boolean!, $researcher: Boolean!) {
    needs(first: 10, filter: { mine: true }) @include(if: $firm) {
      edges {
        node {
          id
          title
          status
          publishedAt
          expiresAt
        }
      }
    }
    capabilities(first: 10, filter: { mine: true }) @include(if: $researcher) {
      edges {
        node {
          id
          title
          status
          publishedAt
          expiresAt
        }
      }
    }
    waiting: myMatches(status: [APPROVED]) {
      edges {
        node {
          ...MatchSummaryFields
        }
      }
    }
    fresh: myMatches(status: [PROPOSED, INTRODUCED]) {
      edges {
        node {
          ...MatchSummaryFields
        }
      }
    }
    notifications(first: 5, unreadOnly: true) {
      edges {
        node {
          id
          title
          createdAt
          matchId
        }
      }
    }
    unreadNotificationCount
  }
`);

/** What needs the user now: their postings, matches waiting for an answer, news, unread notes. */
export function HomePage() {
  const user = useSessionUser()!;
  const intl = useIntl();
  const firm = user.can.postNeeds;
  const researcher = user.can.postCapabilities;
  const { data, error, refetch } = useQuery(HomeQuery, {
    variables: { firm, researcher },
    skip: !firm && !researcher,
    fetchPolicy: 'cache-and-network',
  });
  useRefetchOnNotification(() => (firm || researcher) && refetch());
  if (!firm && !researcher) return <CoordinatorHomePage />;
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const kind = firm ? 'need' : 'capability';
  const postings =
    (firm ? data.needs?.edges : data.capabilities?.edges)?.map((edge) => edge.node) ?? [];
  const waiting = data.waiting.edges
    .map((edge) => edge.node)
    .filter((match) => {
      const answer = match.need?.isOwn ? match.firmResponse : match.researcherResponse;
      return !answer;
    });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id="home.greeting" values={{ name: user.fullName }} />
        </Title>
        <Button
          component={Link}
          to={`${postingsPath(kind)}/new`}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          <FormattedMessage id={firm ? 'need.new' : 'capability.new'} />
        </Button>
      </Group>
      <Panel
        title={intl.formatMessage({ id: 'home.waiting' }, { count: waiting.length })}
        id="waiting"
      >
        {waiting.length ? (
          <MatchList matches={waiting} />
        ) : (
          <EmptyState>
            <FormattedMessage id="home.waitingEmpty" />
          </EmptyState>
        )}
      </Panel>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Panel
          title={intl.formatMessage({ id: firm ? 'home.myNeeds' : 'home.myCapabilities' })}
          id="postings"
        >
          {postings.length === 0 ? (
            <EmptyState>
              <FormattedMessage id={firm ? 'home.noNeeds' : 'home.noCapabilities'} />
            </EmptyState>
          ) : (
            <Stack gap="xs">
              {postings.map((posting) => (
                <Group key={posting.id} justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={postingPath(kind, posting.id)} lineClamp={1}>
                    {posting.title}
                  </Anchor>
                  <StatusBadge status={posting.status} />
                </Group>
              ))}
              <Anchor component={Link} to={`${postingsPath(kind)}?mine=1`} size="sm">
                <FormattedMessage id="home.allMine" />
              </Anchor>
            </Stack>
          )}
        </Panel>
        <Panel
          title={intl.formatMessage({ id: 'home.unread' }, { count: data.unreadNotificationCount })}
          id="unread"
        >
          {data.notifications.edges.length === 0 ? (
            <EmptyState>
              <FormattedMessage id="notifications.empty" />
            </EmptyState>
          ) : (
            <Stack gap="xs">
              {data.notifications.edges.map(({ node }) => (
                <Group key={node.id} justify="space-between" wrap="nowrap" align="flex-start">
                  {node.matchId ? (
                    <Anchor component={Link} to={`/matches/${node.matchId}`} size="sm">
                      {node.title}
                    </Anchor>
                  ) : (
                    <Text size="sm">{node.title}</Text>
                  )}
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    <FormattedDate value={node.createdAt} dateStyle="medium" />
                  </Text>
                </Group>
              ))}
              <Anchor component={Link} to="/notifications" size="sm">
                <FormattedMessage id="home.allNotifications" />
              </Anchor>
            </Stack>
          )}
        </Panel>
      </SimpleGrid>
      <Panel title={intl.formatMessage({ id: 'home.recentMatches' })} id="recent">
        {data.fresh.edges.length ? (
          <MatchList matches={data.fresh.edges.map((edge) => edge.node)} />
        ) : (
          <EmptyState>
            <FormattedMessage id="matches.empty" />
          </EmptyState>
        )}
      </Panel>
    </Stack>
  );
}

function Panel({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-heading`}>
      <Group mb="sm" gap="xs">
        <Title order={2} size="h4" id={`${id}-heading`}>
          {title}
        </Title>
      </Group>
      {children}
    </Paper>
  );
}
