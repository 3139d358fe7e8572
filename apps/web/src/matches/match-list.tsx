import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MatchStatus, MatchSummaryFieldsFragment } from '../graphql/generated/graphql';
import { useSessionUser } from '../session/session-context';
import { ScoreBar } from './score';

const statusColors: Record<MatchStatus, string> = {
  PROPOSED: 'gray',
  APPROVED: 'blue',
  INTRODUCED: 'green',
  DECLINED: 'orange',
  REJECTED: 'red',
  EXPIRED: 'dark',
  WITHDRAWN: 'dark',
};

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const intl = useIntl();
  return (
    <Badge color={statusColors[status]} c="dark.8" variant="light" style={{ flexShrink: 0 }}>
      {intl.formatMessage({ id: `matchStatus.${status}` })}
    </Badge>
  );
}

/** The other side's posting: the one the reader did not post. */
export function otherSide(match: MatchSummaryFieldsFragment) {
  return match.need?.isOwn ? match.capability : match.need;
}

/** Matches best first: score bar, the other side's posting, why, status and what is due. */
export function MatchList({ matches }: { matches: MatchSummaryFieldsFragment[] }) {
  const user = useSessionUser();
  const intl = useIntl();
  if (matches.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="matches.empty" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{intl.formatMessage({ id: 'match.score' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'match.with' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'match.status' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => {
            const other = otherSide(match);
            const reason =
              user?.role === 'RESEARCHER' ? match.reasonForResearcher : match.reasonForFirm;
            return (
              <Table.Tr key={match.id}>
                <Table.Td>
                  <ScoreBar score={match.score} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/matches/${match.id}`} fw={600}>
                      {other?.title ?? intl.formatMessage({ id: 'match.hiddenPosting' })}
                    </Anchor>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {reason}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td miw={150}>
                  <Group gap={4}>
                    <MatchStatusBadge status={match.status} />
                    {match.userInitiated && (
                      <Badge variant="dot" color="grape" c="dark.8">
                        {intl.formatMessage({ id: 'match.userInitiated' })}
                      </Badge>
                    )}
                  </Group>
                  {match.dueAt && (
                    <Text size="xs" c="dimmed" mt={4}>
                      <FormattedMessage
                        id="match.due"
                        values={{ date: <FormattedDate value={match.dueAt} dateStyle="medium" /> }}
                      />
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
