import { RecordTable } from '../ui/record-table';
import { useQuery } from '@apollo/client/react';
import { Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import type { UserRole } from '../graphql/generated/graphql';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { EraseUserButton } from './erase-user-button';
import { UsersQuery } from './operations';

const roles: UserRole[] = ['FIRM', 'RESEARCHER', 'COORDINATOR', 'ADMIN'];

/** Admins: the newest hundred users, by role or part of the e-mail address. */
export function UsersPage() {
  const intl = useIntl();
  const [role, setRole] = useState<UserRole | null>(null);
  const [email, setEmail] = useState('');
  const [debounced] = useDebouncedValue(email, 250);
  const { data, error, refetch } = useQuery(UsersQuery, {
    variables: { role: role ?? undefined, email: debounced.trim() || undefined },
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="admin.users" />
      </Title>
      <Group>
        <Select
          label={intl.formatMessage({ id: 'account.role' })}
          data={roles.map((value) => ({
            value,
            label: intl.formatMessage({ id: `role.${value}` }),
          }))}
          value={role}
          onChange={(value) => setRole(value as UserRole | null)}
          clearable
        />
        <TextInput
          label={intl.formatMessage({ id: 'form.email' })}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
      </Group>
      {error && !data ? (
        <LoadError error={error} retry={refetch} />
      ) : !data ? (
        <PageLoader />
      ) : data.users.length === 0 ? (
        <EmptyState>
          <FormattedMessage id="browse.empty" />
        </EmptyState>
      ) : (
        <RecordTable
          label={intl.formatMessage({ id: 'admin.users' })}
          minWidth={700}
          headers={[
            intl.formatMessage({ id: 'form.fullName' }),
            intl.formatMessage({ id: 'form.email' }),
            intl.formatMessage({ id: 'account.role' }),
            intl.formatMessage({ id: 'account.organization' }),
            intl.formatMessage({ id: 'admin.joined' }),
            intl.formatMessage({ id: 'users.actions' }),
          ]}
        >
          {data.users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.fullName}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{intl.formatMessage({ id: `role.${user.role}` })}</Table.Td>
              <Table.Td>{user.organization?.name ?? '—'}</Table.Td>
              <Table.Td>
                <FormattedDate value={user.createdAt} dateStyle="medium" />
              </Table.Td>
              <Table.Td>
                <EraseUserButton user={user} />
              </Table.Td>
            </Table.Tr>
          ))}
        </RecordTable>
      )}
    </Stack>
  );
}
