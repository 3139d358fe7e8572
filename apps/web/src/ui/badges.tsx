import { Badge, Tooltip } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { PostingStatus, Visibility } from '../graphql/generated/graphql';

const statusColors: Record<PostingStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'green',
  PAUSED: 'yellow',
  EXPIRED: 'orange',
  CLOSED: 'dark',
};

export function StatusBadge({ status }: { status: PostingStatus }) {
  const intl = useIntl();
  return (
    <Badge color={statusColors[status]} c="dark.8" variant="light">
      {intl.formatMessage({ id: `postingStatus.${status}` })}
    </Badge>
  );
}

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const intl = useIntl();
  return (
    <Tooltip label={intl.formatMessage({ id: `visibility.${visibility}.help` })} multiline w={260}>
      <Badge
        color={visibility === 'ANONYMOUS' ? 'violet.9' : 'blue.9'}
        variant="outline"
        tabIndex={0}
      >
        {intl.formatMessage({ id: `visibility.${visibility}` })}
      </Badge>
    </Tooltip>
  );
}

export function TrlBadge({ min, max }: { min: number; max?: number }) {
  const intl = useIntl();
  const label = max === undefined || max === min ? `TRL ${min}` : `TRL ${min}–${max}`;
  return (
    <Tooltip label={intl.formatMessage({ id: `trl.${min}` as 'trl.1' })} multiline w={260}>
      <Badge color="teal" c="dark.8" variant="light" tabIndex={0}>
        {label}
      </Badge>
    </Tooltip>
  );
}
