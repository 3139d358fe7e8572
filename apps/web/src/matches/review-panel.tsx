import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { type Decision, DecisionDialog } from '../console/decision-dialog';

/** A coordinator's decision on one proposal, from its page. */
export function ReviewPanel({ matchId, onDecided }: { matchId: string; onDecided: () => void }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-heading">
      <Title order={2} size="h4" id="review-heading">
        <FormattedMessage id="review.decideTitle" />
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <FormattedMessage id="review.decideLead" />
      </Text>
      <Group>
        <Button onClick={() => setDecision('approve')}>
          <FormattedMessage id="review.approveOne" />
        </Button>
        <Button color="red" variant="outline" onClick={() => setDecision('reject')}>
          <FormattedMessage id="review.rejectOne" />
        </Button>
      </Group>
      <DecisionDialog
        decision={decision}
        ids={[matchId]}
        onClose={() => setDecision(null)}
        onDone={onDecided}
      />
    </Paper>
  );
}
