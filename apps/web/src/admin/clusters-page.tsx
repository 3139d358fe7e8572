import { RecordTable } from '../ui/record-table';
import { useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { errorCode } from '../graphql/errors';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { LoadError, PageLoader } from '../layout/page-state';
import { voivodeships } from '../ui/kinds';
import {
  AdminClustersQuery,
  AppointCoordinatorMutation,
  CreateClusterMutation,
  UsersQuery,
} from './operations';
import { createsOnce } from '../graphql/idempotency';
import { focusFirstError } from '../layout/focus-first-error';

/** Admins: every cluster, a new one, and who coordinates each. */
export function ClustersPage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(AdminClustersQuery);
  const coordinators = useQuery(UsersQuery, { variables: { role: 'COORDINATOR' } });
  const coordinatorOptions =
    coordinators.data?.users.map((user) => ({
      value: user.id,
      label: `${user.fullName} · ${user.email}`,
    })) ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="admin.clusters" />
      </Title>
      <CreateCluster onCreated={() => void refetch()} />
      {error && !data ? (
        <LoadError error={error} retry={refetch} />
      ) : !data ? (
        <PageLoader />
      ) : (
        <RecordTable
          label={intl.formatMessage({ id: 'admin.clusters' })}
          minWidth={760}
          headers={[
            intl.formatMessage({ id: 'admin.clusterName' }),
            intl.formatMessage({ id: 'admin.regions' }),
            intl.formatMessage({ id: 'admin.coordinators' }),
            intl.formatMessage({ id: 'admin.appoint' }),
          ]}
        >
          {data.clusters.map((cluster) => (
            <Table.Tr key={cluster.id}>
              <Table.Td>
                <Anchor component={Link} to={`/cluster-settings?clusterId=${cluster.id}`}>
                  {cluster.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  <FormattedMessage
                    id="settings.members"
                    values={{ count: cluster.members.length }}
                  />
                </Text>
              </Table.Td>
              <Table.Td>{cluster.regions.join(', ') || '—'}</Table.Td>
              <Table.Td>
                {cluster.coordinators.map((user) => user.fullName).join(', ') || '—'}
              </Table.Td>
              <Table.Td miw={280}>
                <Appoint
                  clusterId={cluster.id}
                  clusterName={cluster.name}
                  options={coordinatorOptions}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </RecordTable>
      )}
    </Stack>
  );
}

function CreateCluster({ onCreated }: { onCreated: () => void }) {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [create, { loading }] = useMutation(CreateClusterMutation);
  const form = useForm({
    initialValues: { name: '', description: '', regions: [] as string[] },
    validate: {
      name: (value) => (value.trim() ? null : intl.formatMessage({ id: 'form.required' })),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await create({
        variables: { input: { ...values, name: values.name.trim() } },
        context: createsOnce,
      });
      form.reset();
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'admin.clusterCreated' }),
      });
      onCreated();
    } catch (failure) {
      const errors = serverErrors(failure);
      form.setErrors(
        errorCode(failure) === 'CONFLICT'
          ? { name: intl.formatMessage({ id: 'admin.clusterExists' }) }
          : errors,
      );
    }
  }, focusFirstError);
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="create-cluster-heading"
    >
      <Title order={2} size="h4" id="create-cluster-heading" mb="sm">
        <FormattedMessage id="admin.createCluster" />
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={intl.formatMessage({ id: 'admin.clusterName' })}
          required
          {...form.getInputProps('name')}
        />
        <TextInput
          label={intl.formatMessage({ id: 'admin.description' })}
          {...form.getInputProps('description')}
        />
        <MultiSelect
          label={intl.formatMessage({ id: 'admin.regions' })}
          data={[...voivodeships]}
          searchable
          {...form.getInputProps('regions')}
        />
      </SimpleGrid>
      <Button type="submit" loading={loading} mt="md">
        <FormattedMessage id="admin.create" />
      </Button>
    </Paper>
  );
}

function Appoint({
  clusterId,
  clusterName,
  options,
}: {
  clusterId: string;
  clusterName: string;
  options: { value: string; label: string }[];
}) {
  const intl = useIntl();
  const [userId, setUserId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [appoint, { loading }] = useMutation(AppointCoordinatorMutation);
  const submit = async () => {
    if (!userId) return;
    try {
      await appoint({ variables: { clusterId, userId }, context: createsOnce });
      setUserId(null);
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'admin.appointed' }),
      });
    } catch (failure) {
      setProblem(
        intl.formatMessage({
          id: errorCode(failure) === 'CONFLICT' ? 'admin.alreadyCoordinator' : 'error.network',
        }),
      );
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Select
        aria-label={intl.formatMessage({ id: 'admin.appointIn' }, { cluster: clusterName })}
        placeholder={intl.formatMessage({ id: 'admin.chooseCoordinator' })}
        data={options}
        value={userId}
        onChange={(value) => {
          setUserId(value);
          setProblem(null);
        }}
        error={problem}
        searchable
        size="xs"
        style={{ flex: 1 }}
      />
      <Button size="xs" onClick={() => void submit()} loading={loading} disabled={!userId}>
        <FormattedMessage id="admin.appoint" />
      </Button>
    </Group>
  );
}
