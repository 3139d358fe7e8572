import '@mantine/dates/styles.layer.css';
import 'dayjs/locale/pl';
import { useQuery } from '@apollo/client/react';
import {
  Box,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { IconDownload } from '@tabler/icons-react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../graphql/generated';
import { useLocale } from '../i18n/locale-provider';
import type { MessageId } from '../i18n/messages';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { naceLabel } from '../ui/nace';
import { downloadCsv, toCsv } from './csv';
import { MyClustersQuery } from './operations';

const ClusterStatsQuery = graphql(`
  query ClusterStats($clusterId: ID!, $from: DateTime, $to: DateTime) {
    clusterStats(clusterId: $clusterId, from: $from, to: $to) {
      needsPosted
      capabilitiesPosted
      matchesProposed
      matchesApproved
      matchesRejected
      matchesExpired
      matchesIntroduced
      agreements
      medianHoursToDecision
      medianHoursToIntroduction
      unmatchedNeeds
      rejectedByReason {
        key
        count
      }
      unmatchedBySector {
        key
        count
      }
      unmatchedByCity {
        key
        count
      }
      unmatchedByTrl {
        key
        count
      }
    }
  }
`);

interface Bar {
  label: string;
  count: number;
}

/** What the cluster achieved, for a board meeting: the funnel, rejections, speed and the gaps. */
export function DashboardPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const clusters = useQuery(MyClustersQuery);
  const clusterId = params.get('clusterId') ?? clusters.data?.clusters[0]?.id ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const { data, error, refetch } = useQuery(ClusterStatsQuery, {
    variables: {
      clusterId,
      from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
      to: to ? new Date(`${to}T23:59:59`).toISOString() : undefined,
    },
    skip: !clusterId,
  });
  const stats = data?.clusterStats;
  const label = (prefix: string, key: string) => {
    const id = `${prefix}.${key}` as MessageId;
    return intl.messages[id] ? intl.formatMessage({ id }) : key;
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="dashboard.title" />
      </Title>
      <Paper withBorder p="md">
        <DatesProvider settings={{ locale }}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={intl.formatMessage({ id: 'review.cluster' })}
              data={
                clusters.data?.clusters.map((cluster) => ({
                  value: cluster.id,
                  label: cluster.name,
                })) ?? []
              }
              value={clusterId || null}
              onChange={(value) => set('clusterId', value ?? '')}
              allowDeselect={false}
            />
            <DateInput
              label={intl.formatMessage({ id: 'dashboard.from' })}
              valueFormat="D MMM YYYY"
              clearable
              value={from || null}
              onChange={(value) => set('from', value ? String(value).slice(0, 10) : '')}
            />
            <DateInput
              label={intl.formatMessage({ id: 'dashboard.to' })}
              valueFormat="D MMM YYYY"
              clearable
              value={to || null}
              onChange={(value) => set('to', value ? String(value).slice(0, 10) : '')}
            />
          </SimpleGrid>
        </DatesProvider>
      </Paper>
      {clusters.data && clusters.data.clusters.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="dashboard.noCluster" />
        </EmptyState>
      ) : error && !stats ? (
        <LoadError error={error} retry={refetch} />
      ) : !stats ? (
        <PageLoader />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure
              label={intl.formatMessage({ id: 'dashboard.needsPosted' })}
              value={stats.needsPosted}
            />
            <Figure
              label={intl.formatMessage({ id: 'dashboard.capabilitiesPosted' })}
              value={stats.capabilitiesPosted}
            />
            <Figure
              label={intl.formatMessage({ id: 'dashboard.medianDecision' })}
              value={stats.medianHoursToDecision}
              hours
            />
            <Figure
              label={intl.formatMessage({ id: 'dashboard.medianIntroduction' })}
              value={stats.medianHoursToIntroduction}
              hours
            />
          </SimpleGrid>
          <Chart
            id="funnel"
            title={intl.formatMessage({ id: 'dashboard.funnel' })}
            keyHeader={intl.formatMessage({ id: 'dashboard.stage' })}
            bars={[
              {
                label: intl.formatMessage({ id: 'dashboard.stage.proposed' }),
                count: stats.matchesProposed,
              },
              {
                label: intl.formatMessage({ id: 'dashboard.stage.approved' }),
                count: stats.matchesApproved,
              },
              {
                label: intl.formatMessage({ id: 'dashboard.stage.introduced' }),
                count: stats.matchesIntroduced,
              },
              {
                label: intl.formatMessage({ id: 'dashboard.stage.agreement' }),
                count: stats.agreements,
              },
              {
                label: intl.formatMessage({ id: 'dashboard.stage.rejected' }),
                count: stats.matchesRejected,
              },
              {
                label: intl.formatMessage({ id: 'dashboard.stage.expired' }),
                count: stats.matchesExpired,
              },
            ]}
          />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Chart
              id="rejections"
              title={intl.formatMessage({ id: 'dashboard.rejections' })}
              keyHeader={intl.formatMessage({ id: 'review.reason' })}
              bars={stats.rejectedByReason.map(({ key, count }) => ({
                label: label('declineReason', key),
                count,
              }))}
            />
            <Chart
              id="unmatched-sector"
              title={intl.formatMessage(
                { id: 'dashboard.unmatchedBySector' },
                { count: stats.unmatchedNeeds },
              )}
              keyHeader={intl.formatMessage({ id: 'posting.sectors' })}
              bars={stats.unmatchedBySector.map(({ key, count }) => ({
                label:
                  key === withoutSector
                    ? intl.formatMessage({ id: 'dashboard.withoutSector' })
                    : naceLabel(key, locale),
                count,
              }))}
            />
            <Chart
              id="unmatched-city"
              title={intl.formatMessage({ id: 'dashboard.unmatchedByCity' })}
              keyHeader={intl.formatMessage({ id: 'organization.city' })}
              bars={stats.unmatchedByCity.map(({ key, count }) => ({ label: key, count }))}
            />
            <Chart
              id="unmatched-trl"
              title={intl.formatMessage({ id: 'dashboard.unmatchedByTrl' })}
              keyHeader="TRL"
              bars={stats.unmatchedByTrl.map(({ key, count }) => ({ label: `TRL ${key}`, count }))}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** The API's key for needs that name no sector. */
const withoutSector = '?';

function Figure({
  label,
  value,
  hours,
}: {
  label: string;
  value: number | null | undefined;
  hours?: boolean;
}) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value === null || value === undefined ? (
          '—'
        ) : hours && value < 1 ? (
          <FormattedMessage
            id="dashboard.minutes"
            values={{ minutes: Math.max(1, Math.round(value * 60)) }}
          />
        ) : hours && value >= 48 ? (
          // Past two days a board reads days better than hours.
          <FormattedMessage id="dashboard.days" values={{ days: Math.round(value / 24) }} />
        ) : hours ? (
          <FormattedMessage
            id="dashboard.hours"
            values={{ hours: <FormattedNumber value={value} maximumFractionDigits={1} /> }}
          />
        ) : (
          <FormattedNumber value={value} />
        )}
      </Text>
    </Paper>
  );
}

/** Bars for the eye (hidden from screen readers) and the same numbers as a table, with CSV. */
function Chart({
  id,
  title,
  keyHeader,
  bars,
}: {
  id: string;
  title: string;
  keyHeader: string;
  bars: Bar[];
}) {
  const intl = useIntl();
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const countHeader = intl.formatMessage({ id: 'dashboard.count' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-heading`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={`${id}-heading`}>
          {title}
        </Title>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          disabled={bars.length === 0}
          onClick={() =>
            downloadCsv(
              `${id}.csv`,
              toCsv(
                [keyHeader, countHeader],
                bars.map((bar) => [bar.label, bar.count]),
              ),
            )
          }
          aria-label={intl.formatMessage({ id: 'dashboard.csvOf' }, { title })}
        >
          CSV
        </Button>
      </Group>
      {bars.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="dashboard.none" />
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={6} aria-hidden>
            {bars.map((bar) => (
              <Box key={bar.label}>
                <Text size="xs" lineClamp={1}>
                  {bar.label}
                </Text>
                <Box
                  h={14}
                  w={`${(bar.count / max) * 100}%`}
                  miw={2}
                  bg="blue.7"
                  style={{ borderRadius: 3 }}
                />
              </Box>
            ))}
          </Stack>
          <Table.ScrollContainer minWidth={0}>
            <Table withTableBorder striped fz="sm" data-testid={`${id}-table`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{keyHeader}</Table.Th>
                  <Table.Th ta="right">{countHeader}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bars.map((bar) => (
                  <Table.Tr key={bar.label}>
                    <Table.Td>{bar.label}</Table.Td>
                    <Table.Td ta="right">
                      <FormattedNumber value={bar.count} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
      )}
    </Paper>
  );
}
