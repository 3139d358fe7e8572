import { useMutation, useQuery } from '@apollo/client/react';
import {
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
import { submission } from '../graphql/idempotency';

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
        <LoadError retry={refetch} />
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

function SettingsForm({ cluster }: { cluster: Cluster }) {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [save, { loading }] = useMutation(UpdateSettingsMutation);
  const defaults = cluster.platformDefaults;
  const form = useForm({
    initialValues: {
      stepDeadlineDays: cluster.stepDeadlineDays as number | string,
      matchThreshold: (cluster.matchThreshold ?? '') as number | string,
      matchTopK: (cluster.matchTopK ?? '') as number | string,
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await save({
        variables: {
          clusterId: cluster.id,
          input: {
            stepDeadlineDays: Number(values.stepDeadlineDays),
            matchThreshold: values.matchThreshold === '' ? null : Number(values.matchThreshold),
            matchTopK: values.matchTopK === '' ? null : Number(values.matchTopK),
          },
        },
      });
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'preferences.saved' }),
      });
    } catch (failure) {
      form.setErrors(serverErrors(failure));
    }
  });
  const platform = (value: number, percent?: boolean) =>
    intl.formatMessage(
      { id: 'settings.platformDefault' },
      {
        value: percent ? intl.formatNumber(value, { style: 'percent' }) : intl.formatNumber(value),
      },
    );
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="settings-heading"
    >
      <Title order={2} size="h4" id="settings-heading" mb="sm">
        <FormattedMessage id="settings.matching" />
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={intl.formatMessage({ id: 'settings.stepDeadlineDays' })}
          description={platform(defaults.stepDeadlineDays)}
          min={3}
          max={90}
          allowDecimal={false}
          {...form.getInputProps('stepDeadlineDays')}
        />
        <NumberInput
          label={intl.formatMessage({ id: 'settings.matchThreshold' })}
          description={platform(defaults.matchThreshold, true)}
          placeholder={String(defaults.matchThreshold)}
          min={0}
          max={1}
          step={0.05}
          decimalScale={2}
          {...form.getInputProps('matchThreshold')}
        />
        <NumberInput
          label={intl.formatMessage({ id: 'settings.matchTopK' })}
          description={platform(defaults.matchTopK)}
          placeholder={String(defaults.matchTopK)}
          min={1}
          max={100}
          allowDecimal={false}
          {...form.getInputProps('matchTopK')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        <FormattedMessage id="settings.emptyMeansPlatform" />
      </Text>
      <Button type="submit" loading={loading} mt="md">
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
        context: submission(),
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
    </Paper>
  );
}
