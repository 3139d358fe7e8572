import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import { FormattedNumber, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';

export function ScoreBar({ score }: { score: number }) {
  const intl = useIntl();
  const percent = Math.round(score * 100);
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={percent}
        w={90}
        color={percent >= 70 ? 'green' : percent >= 50 ? 'blue' : 'gray'}
        aria-label={intl.formatMessage({ id: 'match.score' })}
      />
      <Text size="sm" fw={600}>
        <FormattedNumber value={score} style="percent" />
      </Text>
    </Group>
  );
}

interface Factor {
  name: string;
  value: number;
  weight: number;
  contribution: number;
}

/** Each factor's share of the score as a bar, with its numbers in a table for screen readers. */
export function FactorBreakdown({ factors }: { factors: Factor[] }) {
  const intl = useIntl();
  const label = (name: string) => {
    const id = `factor.${name}` as MessageId;
    return intl.messages[id] ? intl.formatMessage({ id }) : name;
  };
  const total = factors.reduce((sum, factor) => sum + factor.contribution, 0) || 1;
  const colors = ['blue', 'teal', 'grape', 'orange', 'cyan', 'lime'];
  return (
    <Stack gap="xs">
      <Progress.Root size={18} aria-hidden>
        {factors.map((factor, index) => (
          <Progress.Section
            key={factor.name}
            value={(factor.contribution / total) * 100}
            color={colors[index % colors.length]}
          />
        ))}
      </Progress.Root>
      <Table.ScrollContainer minWidth={0}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{intl.formatMessage({ id: 'factor.name' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'factor.value' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'factor.weight' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'factor.contribution' })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {factors.map((factor, index) => (
              <Table.Tr key={factor.name}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <span
                      aria-hidden
                      style={{
                        width: 10,
                        height: 10,
                        borderRadius: 2,
                        background: `var(--mantine-color-${colors[index % colors.length]}-filled)`,
                      }}
                    />
                    {label(factor.name)}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <FormattedNumber value={factor.value} style="percent" />
                </Table.Td>
                <Table.Td ta="right">
                  <FormattedNumber value={factor.weight} style="percent" />
                </Table.Td>
                <Table.Td ta="right">
                  <FormattedNumber value={factor.contribution} maximumFractionDigits={3} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
