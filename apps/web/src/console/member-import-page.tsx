import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../graphql/generated';
import type {
  ImportMembersMutation,
  InvitationsQuery as InvitationsResult,
  MemberImportColumn,
  MemberImportPlanQuery,
} from '../graphql/generated/graphql';
import { useMutation } from '../graphql/use-mutation';
import { LoadError } from '../layout/page-state';
import { useSession } from '../session/session-context';
import { MyClustersQuery } from './operations';
import { refusalOf, uploadFile } from '../graphql/upload';

const PlanQuery = graphql(`
  query MemberImportPlan($clusterId: ID!, $uploadId: ID!) {
    memberImportPlan(clusterId: $clusterId, uploadId: $uploadId) {
      fileName
      rowCount
      organizationsToCreate
      organizationsToUpdate
      organizationsToJoin
      peopleToInvite
      postingsToCreate
      problems {
        row
        column
        code
      }
      rows {
        row
        organizationName
        city
        organizationAction
        changes
        joinsCluster
        email
        personAction
        postingAction
        postingTitle
      }
    }
  }
`);

const ImportMutation = graphql(`
  mutation ImportMembers($clusterId: ID!, $uploadId: ID!) {
    importMembers(clusterId: $clusterId, uploadId: $uploadId) {
      organizationsCreated
      organizationsUpdated
      organizationsJoined
      peopleInvited
      postingsCreated
    }
  }
`);

const InvitationsQuery = graphql(`
  query Invitations($clusterId: ID!) {
    invitations(clusterId: $clusterId) {
      userId
      email
      fullName
      organizationName
      sentAt
      expiresAt
      emailFailed
    }
  }
`);

const ResendMutation = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      userId
      sentAt
      expiresAt
      emailFailed
    }
  }
`);

/** Rows a report shows at once; the counts above it cover the whole file. */
const shownRows = 200;

type Plan = MemberImportPlanQuery['memberImportPlan'];

/** Reasons the page words; any other is a failure to reach the platform. */
const refusals = [
  'REQUIRED',
  'empty-file',
  'PAYLOAD_TOO_LARGE',
  'TOO_LARGE',
  'TOO_MANY_ROWS',
  'MALFORMED_FILE',
  'UNSUPPORTED_TYPE',
  'FORBIDDEN',
] as const;
const refusalKey = (reason: string) =>
  `import.refused.${refusals.find((known) => known === reason) ?? 'network'}` as const;

/**
 * A coordinator's member spreadsheet: uploaded, dry-run into a report (every problem by row and
 * column, what each row would do), imported on confirmation, then the invitations followed.
 */
export function MemberImportPage() {
  const intl = useIntl();
  const session = useSession();
  const apollo = useApolloClient();
  const [params, setParams] = useSearchParams();
  const clusters = useQuery(MyClustersQuery);
  const clusterId = params.get('clusterId') ?? clusters.data?.clusters[0]?.id ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [checking, setChecking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ uploadId: string; plan: Plan } | null>(null);
  const [importMembers, imported] = useMutation(ImportMutation);
  const invitations = useQuery(InvitationsQuery, {
    variables: { clusterId },
    skip: !clusterId,
  });

  const check = async () => {
    if (!file) return setRefusal('REQUIRED');
    setChecking(true);
    setRefusal(null);
    setChecked(null);
    imported.reset();
    try {
      const uploadId = await uploadFile(file, session);
      const { data } = await apollo.query({
        query: PlanQuery,
        variables: { clusterId, uploadId },
        fetchPolicy: 'network-only',
      });
      if (data) setChecked({ uploadId, plan: data.memberImportPlan });
    } catch (error) {
      setRefusal(refusalOf(error, 'uploadId'));
    } finally {
      setChecking(false);
    }
  };

  const confirm = async () => {
    if (!checked) return;
    try {
      await importMembers({ variables: { clusterId, uploadId: checked.uploadId } });
      await invitations.refetch();
    } catch {
      // Shown from the mutation's error below.
    }
  };

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        <FormattedMessage id="import.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="import.lead" />
      </Text>
      <Select
        label={intl.formatMessage({ id: 'review.cluster' })}
        data={clusters.data?.clusters.map((item) => ({ value: item.id, label: item.name })) ?? []}
        value={clusterId || null}
        onChange={(value) => {
          if (!value) return;
          setChecked(null);
          setParams({ clusterId: value }, { replace: true });
        }}
        allowDeselect={false}
        maw={420}
      />
      <Paper withBorder p="md">
        <Stack>
          <FileInput
            label={intl.formatMessage({ id: 'import.file' })}
            description={intl.formatMessage({ id: 'import.fileHint' })}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            value={file}
            onChange={(value) => {
              setFile(value);
              setRefusal(null);
            }}
            error={refusal ? intl.formatMessage({ id: refusalKey(refusal) }) : undefined}
            clearable
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'import.clearFile' }) }}
            maw={520}
          />
          <Group>
            <Button onClick={() => void check()} loading={checking} disabled={!clusterId}>
              <FormattedMessage id="import.check" />
            </Button>
          </Group>
        </Stack>
      </Paper>
      {checked && (
        <Report
          plan={checked.plan}
          importing={imported.loading}
          done={imported.data?.importMembers ?? null}
          failed={Boolean(imported.error)}
          onConfirm={() => void confirm()}
        />
      )}
      <Invitations
        loading={invitations.loading}
        error={invitations.error}
        retry={() => void invitations.refetch()}
        invitations={invitations.data?.invitations ?? []}
      />
    </Stack>
  );
}

function Report({
  plan,
  importing,
  done,
  failed,
  onConfirm,
}: {
  plan: Plan;
  importing: boolean;
  done: ImportMembersMutation['importMembers'] | null;
  failed: boolean;
  onConfirm: () => void;
}) {
  const intl = useIntl();
  const column = (key: MemberImportColumn) => intl.formatMessage({ id: `import.column.${key}` });
  const nothingToDo =
    plan.organizationsToCreate +
      plan.organizationsToUpdate +
      plan.organizationsToJoin +
      plan.peopleToInvite +
      plan.postingsToCreate ===
    0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-report">
      <Stack>
        <Title order={2} size="h3" id="import-report">
          <FormattedMessage id="import.reportTitle" values={{ file: plan.fileName }} />
        </Title>
        <Text>
          <FormattedMessage
            id="import.summary"
            values={{
              rows: plan.rowCount,
              create: plan.organizationsToCreate,
              update: plan.organizationsToUpdate,
              join: plan.organizationsToJoin,
              invite: plan.peopleToInvite,
            }}
          />
          {plan.postingsToCreate > 0 && (
            <>
              {' '}
              <FormattedMessage
                id="import.postingsSummary"
                values={{ count: plan.postingsToCreate }}
              />
            </>
          )}
        </Text>
        {plan.problems.length > 0 ? (
          <>
            <Alert
              color="red"
              role="alert"
              title={intl.formatMessage(
                { id: 'import.problemsTitle' },
                { count: plan.problems.length },
              )}
            >
              <FormattedMessage id="import.problemsLead" />
            </Alert>
            <Table.ScrollContainer minWidth={520}>
              <Table striped aria-label={intl.formatMessage({ id: 'import.problemsTable' })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <FormattedMessage id="import.row" />
                    </Table.Th>
                    <Table.Th scope="col">
                      <FormattedMessage id="import.columnHeader" />
                    </Table.Th>
                    <Table.Th scope="col">
                      <FormattedMessage id="import.problem" />
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.problems.slice(0, shownRows).map((problem) => (
                    <Table.Tr key={`${problem.row}-${problem.column}-${problem.code}`}>
                      <Table.Td>{problem.row}</Table.Td>
                      <Table.Td>{column(problem.column)}</Table.Td>
                      <Table.Td>
                        <FormattedMessage id={`import.problem.${problem.code}`} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label={intl.formatMessage({ id: 'import.rowsTable' })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <FormattedMessage id="import.row" />
                    </Table.Th>
                    <Table.Th scope="col">{column('organization')}</Table.Th>
                    <Table.Th scope="col">
                      <FormattedMessage id="import.organizationAction" />
                    </Table.Th>
                    <Table.Th scope="col">{column('email')}</Table.Th>
                    <Table.Th scope="col">
                      <FormattedMessage id="import.personAction" />
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.rows.slice(0, shownRows).map((row) => (
                    <Table.Tr key={row.row}>
                      <Table.Td>{row.row}</Table.Td>
                      <Table.Td>
                        {row.organizationName}
                        <Text size="sm" c="dimmed">
                          {row.city}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={row.organizationAction === 'UNCHANGED' ? 'gray' : 'blue'}
                          c="dark.8"
                        >
                          <FormattedMessage id={`import.action.${row.organizationAction}`} />
                        </Badge>
                        {row.joinsCluster && (
                          <Text size="sm">
                            <FormattedMessage id="import.joins" />
                          </Text>
                        )}
                        {row.changes.length > 0 && (
                          <Text size="sm" c="dimmed">
                            {intl.formatList(row.changes.map(column))}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{row.email ?? '—'}</Table.Td>
                      <Table.Td>
                        <FormattedMessage id={`import.person.${row.personAction}`} />
                        {row.postingTitle && (
                          <Text size="sm" c="dimmed">
                            <FormattedMessage
                              id={`import.posting.${row.postingAction}`}
                              values={{ title: row.postingTitle }}
                            />
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {done ? (
              <Alert color="green" role="status">
                <FormattedMessage id="import.done" values={{ ...done }} />
                {done.postingsCreated > 0 && (
                  <>
                    {' '}
                    <FormattedMessage
                      id="import.postingsDone"
                      values={{ count: done.postingsCreated }}
                    />
                  </>
                )}
              </Alert>
            ) : nothingToDo ? (
              <Alert color="gray" role="status">
                <FormattedMessage id="import.nothingToDo" />
              </Alert>
            ) : (
              <Group>
                <Button onClick={onConfirm} loading={importing}>
                  <FormattedMessage id="import.confirm" values={{ rows: plan.rowCount }} />
                </Button>
              </Group>
            )}
            {failed && (
              <Alert color="red" role="alert">
                <FormattedMessage id="import.failed" />
              </Alert>
            )}
          </>
        )}
        {Math.max(plan.rows.length, plan.problems.length) > shownRows && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="import.firstRows" values={{ shown: shownRows }} />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

type Invitation = InvitationsResult['invitations'][number];

function Invitations({
  invitations,
  loading,
  error,
  retry,
}: {
  invitations: Invitation[];
  loading: boolean;
  error: unknown;
  retry: () => void;
}) {
  const intl = useIntl();
  const [resend, resending] = useMutation(ResendMutation);
  const [resent, setResent] = useState<string | null>(null);
  const expired = ({ expiresAt }: Invitation) =>
    Boolean(expiresAt) && new Date(expiresAt as string) < new Date();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invitations-title">
      <Stack>
        <Title order={2} size="h3" id="invitations-title">
          <FormattedMessage id="invitations.title" />
        </Title>
        {error ? (
          <LoadError error={error} retry={retry} />
        ) : !loading && invitations.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="invitations.none" />
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={intl.formatMessage({ id: 'invitations.title' })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <FormattedMessage id="invitations.person" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="import.column.organization" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="invitations.sent" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="invitations.state" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="invitations.actions" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.map((invitation) => (
                  <Table.Tr key={invitation.userId}>
                    <Table.Td>
                      {invitation.fullName}
                      <Text size="sm" c="dimmed">
                        {invitation.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{invitation.organizationName}</Table.Td>
                    <Table.Td>
                      <FormattedDate
                        value={invitation.sentAt}
                        dateStyle="medium"
                        timeStyle="short"
                      />
                    </Table.Td>
                    <Table.Td>
                      {invitation.emailFailed ? (
                        <Badge color="red" variant="light" c="dark.8">
                          <FormattedMessage id="invitations.failed" />
                        </Badge>
                      ) : expired(invitation) ? (
                        <Badge color="orange" variant="light" c="dark.8">
                          <FormattedMessage id="invitations.expired" />
                        </Badge>
                      ) : invitation.expiresAt ? (
                        <FormattedMessage
                          id="invitations.validUntil"
                          values={{
                            date: intl.formatDate(invitation.expiresAt, { dateStyle: 'medium' }),
                          }}
                        />
                      ) : (
                        <FormattedMessage id="invitations.sending" />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {resent === invitation.userId ? (
                        <Text size="sm" role="status">
                          <FormattedMessage id="invitations.resent" />
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          loading={resending.loading}
                          aria-label={intl.formatMessage(
                            { id: 'invitations.resendTo' },
                            { name: invitation.fullName },
                          )}
                          onClick={() =>
                            void resend({ variables: { userId: invitation.userId } })
                              .then(() => setResent(invitation.userId))
                              .catch(() => undefined)
                          }
                        >
                          <FormattedMessage id="invitations.resend" />
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
