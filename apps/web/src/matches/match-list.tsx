import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MatchSummaryFieldsFragment } from '../graphql/generated/graphql';
import { useSessionUser } from '../session/session-context';
import { MatchBadges } from '../ui/match-badges';
import { ScoreBar } from '../ui/score';

/** The other side's posting: the one the reader did not post. */
export function otherSide(match: MatchSummaryFieldsFragment) {
  return match.need?.isOwn ? match.capability : match.need;
}

/** The posting the reader did post (none for a coordinator, who reads the need first). */
function ownSide(match: MatchSummaryFieldsFragment) {
  return match.need?.isOwn ? match.need : match.capability?.isOwn ? match.capability : null;
}

/**
 * Matches best first, one card each: score and status, the other side's posting, which of the
 * reader's postings it matched (an offer can match two of them), why, and what is due. Cards
 * rather than a table, so a phone shows titles whole and the status beside them.
 */
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
  const titleOf = (posting: { title: string } | null | undefined) =>
    posting?.title ?? intl.formatMessage({ id: 'match.hiddenPosting' });
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {matches.map((match) => {
        const own = ownSide(match);
        const other = own ? otherSide(match) : match.need;
        const reason =
          user?.role === 'RESEARCHER' ? match.reasonForResearcher : match.reasonForFirm;
        return (
          <Paper key={match.id} component="li" withBorder p="sm">
            <Group justify="space-between" gap="xs" mb={4}>
              <ScoreBar score={match.score} />
              <MatchBadges status={match.status} userInitiated={match.userInitiated} />
            </Group>
            <Anchor component={Link} to={`/matches/${match.id}`} fw={600}>
              {titleOf(other)}
            </Anchor>
            <Text size="sm">
              <FormattedMessage
                id={own ? 'match.forYourPosting' : 'match.withCapability'}
                values={{ title: titleOf(own ?? match.capability) }}
              />
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {reason}
            </Text>
            {match.dueAt && (
              <Text size="xs" c="dimmed" mt={4}>
                <FormattedMessage
                  id="match.due"
                  values={{ date: <FormattedDate value={match.dueAt} dateStyle="medium" /> }}
                />
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
