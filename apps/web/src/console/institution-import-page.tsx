import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconFileCode, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../graphql/generated';
import type { InstitutionImportsQuery } from '../graphql/generated/graphql';
import { refusalOf, uploadFile } from '../graphql/upload';
import { useMutation } from '../graphql/use-mutation';
import { LoadError } from '../layout/page-state';
import { useSession } from '../session/session-context';
import { MyClustersQuery } from './operations';

const ClusterUniversitiesQuery = graphql(`
  query ClusterUniversities($id: ID!) {
    cluster(id: $id) {
      id
      members {
        id
        name
        kind
      }
    }
  }
`);

const ImportsQuery = graphql(`
  query InstitutionImports($clusterId: ID!) {
    institutionImports(clusterId: $clusterId) {
      id
      organizationName
      ror
      status
      worksRead
      authorsFound
      draftsMade
      draftsClaimed
      failure
      createdAt
      finishedAt
    }
  }
`);

const StartMutation = graphql(`
  mutation ImportInstitution($input: ImportInstitutionInput!) {
    importInstitution(input: $input) {
      id
      status
    }
  }
`);

const DraftsQuery = graphql(`
  query ResearchDrafts($importId: ID!) {
    researchDrafts(importId: $importId) {
      id
      displayName
      orcidId
      title
      assignedEmail
      claimedAt
    }
  }
`);

const InviteMutation = graphql(`
  mutation InviteToClaimDrafts($importId: ID!, $uploadId: ID!) {
    inviteToClaimDrafts(importId: $importId, uploadId: $uploadId) {
      invited
      problems {
        row
        column
        code
      }
    }
  }
`);

type Import = InstitutionImportsQuery['institutionImports'][number];
const running = (item: Import) => item.status === 'QUEUED' || item.status === 'RUNNING';
const startRefusals = [
  'REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'matches',
  'not-a-member',
  'not-a-research-organization',
  'NO_SOURCE',
  'NOT_OPENALEX',
  'MALFORMED_FILE',
  'CONFLICT',
] as const;

/**
 * A coordinator fills the platform from a member university's works: drafted in the worker,
 * one per researcher, with the progress here; then offers the drafts to their researchers.
 */
export function InstitutionImportPage() {
  const intl = useIntl();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const clusters = useQuery(MyClustersQuery);
  const clusterId = params.get('clusterId') ?? clusters.data?.clusters[0]?.id ?? '';
  const members = useQuery(ClusterUniversitiesQuery, {
    variables: { id: clusterId },
    skip: !clusterId,
  });
  const imports = useQuery(ImportsQuery, { variables: { clusterId }, skip: !clusterId });
  const [start, starting] = useMutation(StartMutation);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [ror, setRor] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const list = imports.data?.institutionImports ?? [];
  const anyRunning = list.some(running);
  const selectedImport = list.find((item) => item.id === selected);

  // The worker moves the figures; the page looks every two seconds while an import runs.
  const { startPolling, stopPolling } = imports;
  useEffect(() => {
    if (anyRunning) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [anyRunning, startPolling, stopPolling]);

  const universities =
    members.data?.cluster.members
      .filter((member) => member.kind === 'UNIVERSITY' || member.kind === 'RESEARCH_INSTITUTE')
      .map((member) => ({ value: member.id, label: member.name })) ?? [];

  const submit = async () => {
    setRefusal(null);
    if (!organizationId || !ror.trim()) return setRefusal('REQUIRED');
    try {
      const uploadId = file ? await uploadFile(file, session) : null;
      const { data } = await start({
        variables: { input: { clusterId, organizationId, ror: ror.trim(), uploadId } },
      });
      if (data) setSelected(data.importInstitution.id);
      await imports.refetch();
    } catch (error) {
      const reason = refusalOf(error);
      setRefusal(startRefusals.find((known) => known === reason) ?? 'network');
    }
  };

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        <FormattedMessage id="institution.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="institution.lead" />
      </Text>
      <Select
        label={intl.formatMessage({ id: 'review.cluster' })}
        data={clusters.data?.clusters.map((item) => ({ value: item.id, label: item.name })) ?? []}
        value={clusterId || null}
        onChange={(value) => value && setParams({ clusterId: value }, { replace: true })}
        allowDeselect={false}
        maw={420}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="start-heading">
        <Stack>
          <Title order={2} size="h4" id="start-heading">
            <FormattedMessage id="institution.startTitle" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={intl.formatMessage({ id: 'institution.organization' })}
              data={universities}
              value={organizationId}
              onChange={setOrganizationId}
              nothingFoundMessage={intl.formatMessage({ id: 'institution.noUniversities' })}
              required
            />
            <TextInput
              label={intl.formatMessage({ id: 'institution.ror' })}
              description={intl.formatMessage({ id: 'institution.rorHint' })}
              placeholder="https://ror.org/…"
              value={ror}
              onChange={(event) => setRor(event.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <FileInput
            label={intl.formatMessage({ id: 'institution.file' })}
            description={intl.formatMessage({ id: 'institution.fileHint' })}
            accept=".json,application/json"
            leftSection={<IconFileCode size={18} aria-hidden />}
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'import.clearFile' }) }}
            maw={520}
          />
          {refusal && (
            <Alert color="red" role="alert">
              <FormattedMessage
                id={`institution.refused.${refusal}` as 'institution.refused.network'}
              />
            </Alert>
          )}
          <Group>
            <Button onClick={() => void submit()} loading={starting.loading} disabled={!clusterId}>
              <FormattedMessage id="institution.start" />
            </Button>
          </Group>
        </Stack>
      </Paper>
      {imports.error && !imports.data ? (
        <LoadError error={imports.error} retry={() => void imports.refetch()} />
      ) : (
        <ImportsTable imports={list} selected={selected} onSelect={setSelected} />
      )}
      {selectedImport && !running(selectedImport) && (
        // Mounted again when the worker's figures move, so the list is the one they count.
        <Drafts
          key={`${selectedImport.id}-${selectedImport.draftsMade}-${selectedImport.draftsClaimed}`}
          importId={selectedImport.id}
        />
      )}
    </Stack>
  );
}

function ImportsTable({
  imports,
  selected,
  onSelect,
}: {
  imports: Import[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const intl = useIntl();
  if (imports.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="institution.none" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder aria-label={intl.formatMessage({ id: 'institution.importsTable' })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="institution.organization" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="institution.status" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="institution.progress" />
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>
                <FormattedMessage id="institution.drafts" />
              </VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((item) => (
            <Table.Tr key={item.id} bg={item.id === selected ? 'blue.0' : undefined}>
              <Table.Td>
                <Text fw={600}>{item.organizationName}</Text>
                <Text size="xs" c="dimmed">
                  {item.ror}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  fw={700}
                  c={
                    item.status === 'DONE'
                      ? 'dark.8'
                      : item.status === 'FAILED'
                        ? 'red.9'
                        : 'blue.9'
                  }
                >
                  {intl.formatMessage({
                    id: `institution.state.${item.status}` as 'institution.state.DONE',
                  })}
                </Text>
                {item.failure && (
                  <Text size="xs" c="red">
                    {intl.formatMessage({
                      id: `institution.failure.${item.failure}` as 'institution.failure.NOT_OPENALEX',
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td miw={260}>
                <Text size="sm" role="status">
                  <FormattedMessage
                    id="institution.figures"
                    values={{
                      works: item.worksRead,
                      authors: item.authorsFound,
                      drafts: item.draftsMade,
                      claimed: item.draftsClaimed,
                    }}
                  />
                </Text>
                {running(item) && (
                  <Progress
                    value={item.authorsFound ? (100 * item.draftsMade) / item.authorsFound : 5}
                    animated
                    aria-label={intl.formatMessage({ id: 'institution.progress' })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onSelect(item.id)}
                  disabled={running(item)}
                >
                  <FormattedMessage id="institution.showDrafts" />
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Drafts({ importId }: { importId: string }) {
  const intl = useIntl();
  const session = useSession();
  const drafts = useQuery(DraftsQuery, { variables: { importId }, fetchPolicy: 'network-only' });
  const [invite, inviting] = useMutation(InviteMutation);
  const [file, setFile] = useState<File | null>(null);
  const [failed, setFailed] = useState(false);
  const answer = inviting.data?.inviteToClaimDrafts;

  const send = async () => {
    if (!file) return;
    setFailed(false);
    try {
      const uploadId = await uploadFile(file, session);
      await invite({ variables: { importId, uploadId } });
      await drafts.refetch();
    } catch {
      setFailed(true);
    }
  };

  const list = drafts.data?.researchDrafts ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="drafts-heading">
      <Stack>
        <Title order={2} size="h4" id="drafts-heading">
          <FormattedMessage id="institution.draftsTitle" values={{ count: list.length }} />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="institution.draftsLead" />
        </Text>
        <Group align="flex-end">
          <FileInput
            label={intl.formatMessage({ id: 'institution.claimsFile' })}
            description={intl.formatMessage({ id: 'institution.claimsFileHint' })}
            accept=".csv,.xlsx,text/csv"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'import.clearFile' }) }}
            w={420}
          />
          <Button onClick={() => void send()} loading={inviting.loading} disabled={!file}>
            <FormattedMessage id="institution.invite" />
          </Button>
        </Group>
        {failed && (
          <Alert color="red" role="alert">
            <FormattedMessage id="institution.inviteFailed" />
          </Alert>
        )}
        {answer && answer.problems.length === 0 && (
          <Alert color="green" role="status">
            <FormattedMessage id="institution.invited" values={{ count: answer.invited }} />
          </Alert>
        )}
        {answer && answer.problems.length > 0 && (
          <Alert
            color="red"
            role="alert"
            title={intl.formatMessage({ id: 'institution.problemsTitle' })}
          >
            <Stack gap={2}>
              {answer.problems.map((problem) => (
                <Text size="sm" key={`${problem.row}-${problem.column}-${problem.code}`}>
                  <FormattedMessage
                    id="institution.problem"
                    values={{
                      row: problem.row,
                      column: problem.column,
                      reason: intl.formatMessage({
                        id: `institution.claimProblem.${problem.code}` as 'institution.claimProblem.UNKNOWN_ORCID',
                      }),
                    }}
                  />
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={intl.formatMessage({ id: 'institution.draftsTable' })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <FormattedMessage id="institution.researcher" />
                </Table.Th>
                <Table.Th scope="col">
                  <FormattedMessage id="institution.draftTitle" />
                </Table.Th>
                <Table.Th scope="col">
                  <FormattedMessage id="institution.claim" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.slice(0, 200).map((draft) => (
                <Table.Tr key={draft.id}>
                  <Table.Td>
                    {draft.displayName}
                    <Text size="xs" c="dimmed">
                      {draft.orcidId ?? intl.formatMessage({ id: 'institution.noOrcid' })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{draft.title}</Table.Td>
                  <Table.Td>
                    {draft.claimedAt ? (
                      <Badge c="dark.8" color="green" variant="light">
                        <FormattedMessage id="institution.claimed" />
                      </Badge>
                    ) : draft.assignedEmail ? (
                      <Text size="sm">
                        <FormattedMessage
                          id="institution.offeredTo"
                          values={{ email: draft.assignedEmail }}
                        />
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        <FormattedMessage id="institution.waiting" />
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
