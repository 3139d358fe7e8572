import { Group, Kbd, Paper, Text } from '@mantine/core';
import { useId } from 'react';
import { FormattedMessage } from 'react-intl';

/** The page's keyboard shortcuts, listed where the person works. */
export function ShortcutList({ keys }: { keys: [key: string, meaning: string][] }) {
  const headingId = useId();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Text id={headingId} fw={700} size="sm" mb={4}>
        <FormattedMessage id="review.shortcuts" />
      </Text>
      <Group gap="lg">
        {keys.map(([key, meaning]) => (
          <Text key={key} size="sm">
            <Kbd>{key}</Kbd> {meaning}
          </Text>
        ))}
      </Group>
    </Paper>
  );
}
