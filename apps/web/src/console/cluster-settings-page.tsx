import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { errorCode } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import type { ClusterSettingsQuery } from '../graphql/generated/graphql';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { LoadError, PageLoader } from '../layout/page-state';
import { MyClustersQuery } from './operations';
import { createsOnce } from '../graphql/idempotency';
import { focusFirstError } from '../layout/focus-first-error';

const ClusterQuery = graphql(`
  query ClusterSettings($id: ID!) {
    cluster(id: $id) {
      id
      name
      stepDeadlineDays
      matchThreshold
      matchTopK
      platformDefaults {
        matchThreshold
        matchTopK
        stepDeadlineDays
      }
      members {
        id
        name
        kind
        city
      }
    }
  }
`);

const UpdateSettingsMutation = graphql(`
  mutation UpdateClusterSettings($clusterId: ID!, $input: ClusterSettingsInput!) {
    updateClusterSettings(clusterId: $clusterId, input: $input) {
      id
      stepDeadlineDays
      matchThreshold
      matchTopK
    }
  }
`);

const ThresholdImpactQuery = graphql(`
  query ThresholdImpact($id: ID!, $threshold: Float!, $current: Float!) {
    cluster(id: $id) {
      id
      proposed: thresholdImpact(threshold: $threshold) {
        openNeeds
        withoutProposal
      }
      now: thresholdImpact(threshold: $current) {
        openNeeds
        withoutProposal
      }
    }
  }
`);

const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($name: String) {
    organizations(first: 20, filter: { name: $name }) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);

const AddMemberMutation = graphql(`
  mutation AddClusterMember($clusterId: ID!, $organizationId: ID!) {
    addClusterMember(clusterId: $clusterId, organizationId: $organizationId) {
      id
      members {
        id
        name
        kind
        city
      }
    }
  }
`);

/** A cluster's step deadline, threshold and top-k (platform defaults shown), and its members. */
export function ClusterSettingsPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const clusters = useQuery(MyClustersQuery);
  const clusterId = params.get('clusterId') ?? clusters.data?.clusters[0]?.id ?? '';
  const { data, error, refetch } = useQuery(ClusterQuery, {
    variables: { id: clusterId },
    skip: !clusterId,
  });
  const cluster = data?.cluster;
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        <FormattedMessage id="settings.title" />
      </Title>
      <Select
        label={intl.formatMessage({ id: 'review.cluster' })}
        data={clusters.data?.clusters.map((item) => ({ value: item.id, label: item.name })) ?? []}
        value={clusterId || null}
        onChange={(value) => value && setParams({ clusterId: value }, { replace: true })}
        allowDeselect={false}
        maw={420}
      />
      {error && !cluster ? (
        <LoadError error={error} retry={refetch} />
      ) : !cluster ? (
        clusterId ? (
          <PageLoader />
        ) : null
      ) : (
        <>
          <SettingsForm key={cluster.id} cluster={cluster} />
          <Members cluster={cluster} />
        </>
      )}
    </Stack>
  );
}

type Cluster = ClusterSettingsQuery['cluster'];

/** Percent as people say it; the api keeps a fraction. */
const toPercent = (fraction: number) => Math.round(fraction * 100);

/** A whole number within the field's range, or empty for the platform's default. */
const inRange =
  (min: number, max: number, message: (min: number, max: number) => string) =>
  (value: number | string) =>
    value === '' ||
    (Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max)
      ? null
      : message(min, max);

function SettingsForm({ cluster }: { cluster: Cluster }) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const serverErrors = useServerFieldErrors();
  const [save, { loading }] = useMutation(UpdateSettingsMutation);
  const [warning, setWarning] = useState<string | null>(null);
  const defaults = cluster.platformDefaults;
  const range = (min: number, max: number) =>
    intl.formatMessage({ id: 'rule.range' }, { min, max });
  const form = useForm({
    initialValues: {
      stepDeadlineDays: cluster.stepDeadlineDays as number | string,
      matchThreshold: (cluster.matchThreshold == null ? '' : toPercent(cluster.matchThreshold)) as
        number | string,
      matchTopK: (cluster.matchTopK ?? '') as number | string,
    },
    validate: {
      stepDeadlineDays: inRange(3, 90, range),
      matchThreshold: inRange(0, 100, range),
      matchTopK: inRange(1, 100, range),
    },
    onValuesChange: () => setWarning(null),
  });
  const thresholdOf = (values: typeof form.values) =>
    values.matchThreshold === '' ? null : Number(values.matchThreshold) / 100;

  /** How many open needs a raised threshold would leave with no proposal, if more than now. */
  const needsLeftWithout = async (threshold: number) => {
    const current = cluster.matchThreshold ?? defaults.matchThreshold;
    if (threshold <= current) return null;
    const { data } = await apollo.query({
      query: ThresholdImpactQuery,
      variables: { id: cluster.id, threshold, current },
      fetchPolicy: 'network-only',
    });
    const impact = data?.cluster;
    if (!impact || impact.proposed.withoutProposal <= impact.now.withoutProposal) return null;
    return intl.formatMessage(
      { id: 'settings.thresholdWarning' },
      {
        threshold: intl.formatNumber(threshold, { style: 'percent' }),
        count: impact.proposed.withoutProposal,
        open: impact.proposed.openNeeds,
        now: impact.now.withoutProposal,
      },
    );
  };

  const submit = (confirmed: boolean) =>
    form.onSubmit(async (values) => {
      const threshold = thresholdOf(values);
      try {
        if (!confirmed && threshold !== null) {
          const warned = await needsLeftWithout(threshold);
          if (warned) return setWarning(warned);
        }
        await save({
          variables: {
            clusterId: cluster.id,
            input: {
              // Empty gives each setting back to the platform; the deadline always has one.
              stepDeadlineDays:
                values.stepDeadlineDays === ''
                  ? defaults.stepDeadlineDays
                  : Number(values.stepDeadlineDays),
              matchThreshold: threshold,
              matchTopK: values.matchTopK === '' ? null : Number(values.matchTopK),
            },
          },
        });
        setWarning(null);
        if (values.stepDeadlineDays === '')
          form.setFieldValue('stepDeadlineDays', defaults.stepDeadlineDays);
        notifications.show({
          color: 'green',
          message: intl.formatMessage({ id: 'preferences.saved' }),
        });
      } catch (failure) {
        const errors = serverErrors(failure);
        if (errors.matchThreshold) errors.matchThreshold = range(0, 100);
        form.setErrors(errors);
        if (Object.keys(errors).length === 0)
          notifications.show({
            color: 'red',
            message: intl.formatMessage({ id: 'settings.notSaved' }),
          });
      }
    }, focusFirstError);
  const platform = (value: string) =>
    intl.formatMessage({ id: 'settings.platformDefault' }, { value });
  // Typed values stay as typed: an out-of-range one is refused on its field, never clamped.
  const number = { clampBehavior: 'none' } as const;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit(false)}
      noValidate
      aria-labelledby="settings-heading"
    >
      <Title order={2} size="h4" id="settings-heading" mb="sm">
        <FormattedMessage id="settings.matching" />
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={intl.formatMessage({ id: 'settings.stepDeadlineDays' })}
          description={platform(intl.formatNumber(defaults.stepDeadlineDays))}
          placeholder={String(defaults.stepDeadlineDays)}
          {...number}
          {...form.getInputProps('stepDeadlineDays')}
        />
        <NumberInput
          label={intl.formatMessage({ id: 'settings.matchThreshold' })}
          description={platform(intl.formatNumber(defaults.matchThreshold, { style: 'percent' }))}
          placeholder={String(toPercent(defaults.matchThreshold))}
          step={5}
          {...number}
          {...form.getInputProps('matchThreshold')}
        />
        <NumberInput
          label={intl.formatMessage({ id: 'settings.matchTopK' })}
          description={platform(intl.formatNumber(defaults.matchTopK))}
          placeholder={String(defaults.matchTopK)}
          {...number}
          {...form.getInputProps('matchTopK')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        <FormattedMessage id="settings.emptyMeansPlatform" />
      </Text>
      {warning && (
        <Alert color="orange" mt="md" role="alert">
          <Text size="sm">{warning}</Text>
          <Button mt="sm" loading={loading} onClick={() => submit(true)()}>
            <FormattedMessage id="settings.saveAnyway" />
          </Button>
        </Alert>
      )}
      <Button type="submit" loading={loading || form.submitting} mt="md">
        <FormattedMessage id="action.save" />
      </Button>
    </Paper>
  );
}

function Members({ cluster }: { cluster: Cluster }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = useQuery(OrganizationSearchQuery, {
    variables: { name: debounced || undefined },
  });
  const [add, { loading }] = useMutation(AddMemberMutation);
  const memberIds = new Set(cluster.members.map((member) => member.id));
  const options =
    candidates.data?.organizations.edges
      .filter(({ node }) => !memberIds.has(node.id))
      .map(({ node }) => ({ value: node.id, label: `${node.name} · ${node.city}` })) ?? [];
  const submit = async () => {
    if (!chosen) return;
    try {
      await add({
        variables: { clusterId: cluster.id, organizationId: chosen },
        context: createsOnce,
      });
      setChosen(null);
      setSearch('');
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'settings.memberAdded' }),
      });
    } catch (failure) {
      setProblem(
        intl.formatMessage({
          id: errorCode(failure) === 'CONFLICT' ? 'settings.alreadyMember' : 'error.network',
        }),
      );
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="members-heading">
      <Title order={2} size="h4" id="members-heading" mb="sm">
        <FormattedMessage id="settings.members" values={{ count: cluster.members.length }} />
      </Title>
      <Group align="flex-end" mb="md">
        <Select
          label={intl.formatMessage({ id: 'settings.addMember' })}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setProblem(null);
          }}
          error={problem}
          filter={({ options: all }) => all}
          style={{ flex: 1 }}
        />
        <Button onClick={() => void submit()} loading={loading} disabled={!chosen}>
          <FormattedMessage id="settings.add" />
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={0}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{intl.formatMessage({ id: 'organization.name' })}</Table.Th>
              <Table.Th>{intl.formatMessage({ id: 'organization.kind' })}</Table.Th>
              <Table.Th>{intl.formatMessage({ id: 'organization.city' })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cluster.members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{intl.formatMessage({ id: `organizationKind.${member.kind}` })}</Table.Td>
                <Table.Td>{member.city}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
