import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../graphql/generated';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { MyClustersQuery } from './operations';

const UpcomingMeetingsQuery = graphql(`
  query UpcomingMeetings($clusterId: ID) {
    upcomingMeetings(clusterId: $clusterId) {
      id
      startsAt
      durationMinutes
      online
      location
      match {
        id
        need {
          title
        }
        capability {
          title
        }
      }
    }
  }
`);

/** Coordinators' list of the meetings agreed ahead in their clusters, soonest first. */
export function UpcomingMeetingsPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const clusterId = params.get('cluster');
  const clusters = useQuery(MyClustersQuery);
  const { data, error, refetch } = useQuery(UpcomingMeetingsQuery, {
    variables: { clusterId },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  const meetings = data?.upcomingMeetings;
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="upcoming.title" />
      </Title>
      <Select
        label={intl.formatMessage({ id: 'upcoming.cluster' })}
        placeholder={intl.formatMessage({ id: 'upcoming.allClusters' })}
        clearable
        maw={360}
        data={(clusters.data?.clusters ?? []).map((cluster) => ({
          value: cluster.id,
          label: cluster.name,
        }))}
        value={clusterId}
        onChange={(value) => setParams(value ? { cluster: value } : {})}
      />
      {!meetings ? (
        <PageLoader />
      ) : meetings.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="upcoming.empty" />
        </EmptyState>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <FormattedMessage id="upcoming.when" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="upcoming.match" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="upcoming.where" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meetings.map((meeting) => (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>
                      <FormattedDate
                        value={meeting.startsAt!}
                        dateStyle="medium"
                        timeStyle="short"
                      />
                      <Text size="xs" c="dimmed">
                        <FormattedMessage
                          id="meetings.minutes"
                          values={{ count: meeting.durationMinutes }}
                        />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/matches/${meeting.match.id}`}>
                        {meeting.match.need?.title ?? intl.formatMessage({ id: 'match.title' })}
                      </Anchor>
                      {meeting.match.capability && (
                        <Text size="xs" c="dimmed">
                          {meeting.match.capability.title}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {meeting.online ? (
                        <FormattedMessage id="upcoming.online" />
                      ) : (
                        meeting.location
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
