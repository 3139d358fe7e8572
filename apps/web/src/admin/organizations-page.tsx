import { RecordTable } from '../ui/record-table';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OrganizationKind } from '../graphql/generated/graphql';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { EraseOrganizationButton } from './erase-organization-button';
import { OrganizationsQuery } from './operations';
import { appendPage } from '../graphql/pagination';

const kinds: OrganizationKind[] = [
  'COMPANY',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'CLUSTER_BODY',
  'PUBLIC_BODY',
];

/** The organisations directory, by name and kind, paged. */
export function OrganizationsPage() {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [debounced] = useDebouncedValue(name, 250);
  const { data, error, refetch, fetchMore, loading } = useQuery(OrganizationsQuery, {
    variables: { filter: { name: debounced.trim() || undefined, kind: kind ?? undefined } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organizations;
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="admin.organizations" />
      </Title>
      <Group>
        <TextInput
          label={intl.formatMessage({ id: 'organization.name' })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Select
          label={intl.formatMessage({ id: 'organization.kind' })}
          data={kinds.map((value) => ({
            value,
            label: intl.formatMessage({ id: `organizationKind.${value}` }),
          }))}
          value={kind}
          onChange={(value) => setKind(value as OrganizationKind | null)}
          clearable
        />
      </Group>
      {error && !connection ? (
        <LoadError error={error} retry={refetch} />
      ) : !connection ? (
        <PageLoader />
      ) : connection.edges.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="browse.empty" />
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            <FormattedMessage
              id="admin.organizationCount"
              values={{ count: connection.totalCount }}
            />
          </Text>
          <RecordTable
            label={intl.formatMessage({ id: 'admin.organizations' })}
            minWidth={640}
            headers={[
              intl.formatMessage({ id: 'organization.name' }),
              intl.formatMessage({ id: 'organization.kind' }),
              intl.formatMessage({ id: 'organization.city' }),
              intl.formatMessage({ id: 'organization.region' }),
              intl.formatMessage({ id: 'users.actions' }),
            ]}
          >
            {connection.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>{node.name}</Table.Td>
                <Table.Td>{intl.formatMessage({ id: `organizationKind.${node.kind}` })}</Table.Td>
                <Table.Td>{node.city}</Table.Td>
                <Table.Td>{node.region}</Table.Td>
                <Table.Td>
                  <EraseOrganizationButton organization={node} />
                </Table.Td>
              </Table.Tr>
            ))}
          </RecordTable>
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="light"
              loading={loading}
              style={{ alignSelf: 'center' }}
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: appendPage('organizations'),
                })
              }
            >
              <FormattedMessage id="browse.more" />
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
