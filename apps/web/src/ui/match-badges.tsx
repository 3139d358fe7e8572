import { Badge, Group } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { MatchStatus } from '../graphql/generated/graphql';

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
    <Badge color={statusColors[status]} c="dark.8" variant="light">
      {intl.formatMessage({ id: `matchStatus.${status}` })}
    </Badge>
  );
}

/** A match's status, and whether someone asked for it rather than the engine proposing it. */
export function MatchBadges({
  status,
  userInitiated,
}: {
  status: MatchStatus;
  userInitiated: boolean;
}) {
  const intl = useIntl();
  return (
    <Group gap={4}>
      <MatchStatusBadge status={status} />
      {userInitiated && (
        <Badge variant="dot" color="grape" c="dark.8">
          {intl.formatMessage({ id: 'match.userInitiated' })}
        </Badge>
      )}
    </Group>
  );
}
