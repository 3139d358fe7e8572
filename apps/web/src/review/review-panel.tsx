import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { type Decision, DecisionDialog } from './decision-dialog';
import { ShortcutList } from './shortcut-list';

/** A coordinator's decision on one proposal, from its page, by mouse or by the a / r keys. */
export function ReviewPanel({ matchId, onDecided }: { matchId: string; onDecided: () => void }) {
  const intl = useIntl();
  const [decision, setDecision] = useState<Decision | null>(null);
  useHotkeys(
    decision
      ? []
      : [
          ['a', () => setDecision('approve')],
          ['r', () => setDecision('reject')],
        ],
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-heading">
      <Title order={2} size="h4" id="review-heading">
        <FormattedMessage id="review.decideTitle" />
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <FormattedMessage id="review.decideLead" />
      </Text>
      <Group mb="sm">
        <Button onClick={() => setDecision('approve')}>
          <FormattedMessage id="review.approveOne" />
        </Button>
        <Button color="red" variant="outline" onClick={() => setDecision('reject')}>
          <FormattedMessage id="review.rejectOne" />
        </Button>
      </Group>
      <ShortcutList
        keys={[
          ['a', intl.formatMessage({ id: 'review.approveOne' })],
          ['r', intl.formatMessage({ id: 'review.key.reject' })],
          ['u', intl.formatMessage({ id: 'review.key.back' })],
        ]}
      />
      <DecisionDialog
        decision={decision}
        ids={[matchId]}
        onClose={() => setDecision(null)}
        onDone={onDecided}
      />
    </Paper>
  );
}

/** What the queue hands a match page it opens: its filters, for the way back. */
export interface FromQueue {
  queueSearch: string;
}

/** Back to the queue (the `u` key too), with the filters it had when the match was opened. */
export function BackToQueue() {
  const navigate = useNavigate();
  const state = useLocation().state as FromQueue | null;
  const queue = `/review${state?.queueSearch ?? ''}`;
  useHotkeys([['u', () => void navigate(queue)]]);
  return (
    <Anchor component={Link} to={queue} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        <FormattedMessage id="review.back" />
      </Group>
    </Anchor>
  );
}
