import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import type { ImportCapabilityMutation as ImportResult } from '../graphql/generated/graphql';
import { useMutation } from '../graphql/use-mutation';
import { LoadError, PageLoader } from '../layout/page-state';
import { ScoreBar } from '../ui/score';
import { PublishCapabilityMutation } from '../postings';
import { type ImportFailure, importFailure } from './import-failure';
import { CapabilitySourcesQuery, ImportCapabilityMutation, MatchPreviewQuery } from './operations';

type Changes = ImportResult['importCapability']['changes'];
type Source = { kind: string; ids: string[] };

const sourceLink = (id: string) => (id.startsWith('https://') ? id : `https://orcid.org/${id}`);

/** The records a value came from, each a link to the work or the ORCID record. */
function Sources({ sources }: { sources: Source[] }) {
  const intl = useIntl();
  return (
    <Stack gap={4}>
      {sources.map((source) => (
        <div key={source.kind}>
          <Badge c="dark.8" variant="light" size="sm">
            {intl.formatMessage({
              id: `research.source.${source.kind}` as 'research.source.WORK_TITLE',
            })}
          </Badge>{' '}
          {source.ids.slice(0, 4).map((id) => (
            <Anchor
              key={id}
              href={sourceLink(id)}
              target="_blank"
              rel="noreferrer"
              size="xs"
              mr={6}
            >
              {id.split('/').pop()}
            </Anchor>
          ))}
          {source.ids.length > 4 && (
            <Text span size="xs" c="dimmed">
              <FormattedMessage
                id="research.moreSources"
                values={{ count: source.ids.length - 4 }}
              />
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}

const shown = (value: string[]) => value.join(value.length > 1 ? ' · ' : '');

/**
 * A drafted capability field by field, with where each value came from; what importing again
 * changed; what it would find if published now; and publishing it.
 */
export function CapabilitySourcesPage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(CapabilitySourcesQuery, { variables: { id } });
  const [importAgain, reimport] = useMutation(ImportCapabilityMutation);
  const [publish, publishing] = useMutation(PublishCapabilityMutation);
  const [changes, setChanges] = useState<Changes | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const { capability } = data;
  const sources = capability.sources;
  const label = (field: string) =>
    intl.formatMessage({ id: `research.field.${field}` as 'research.field.title' });

  const update = async () => {
    setFailure(null);
    try {
      const { data: answer } = await importAgain({ variables: { input: { capabilityId: id } } });
      if (answer) setChanges(answer.importCapability.changes);
    } catch (failed) {
      setFailure(importFailure(failed));
    }
  };

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="research.sourcesOf" />
          </Text>
          <Title order={1} size="h2">
            {capability.title}
          </Title>
        </Stack>
        <Badge
          c="dark.8"
          size="lg"
          variant="light"
          color={capability.status === 'PUBLISHED' ? 'green' : 'gray'}
        >
          {intl.formatMessage({ id: `postingStatus.${capability.status}` })}
        </Badge>
      </Group>
      {!sources ? (
        <Alert>
          <FormattedMessage id="research.noSources" />
        </Alert>
      ) : (
        <>
          <Text c="dimmed">
            <FormattedMessage
              id="research.importedAt"
              values={{
                at: intl.formatDate(sources.importedAt, { dateStyle: 'long', timeStyle: 'short' }),
              }}
            />
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table
              withTableBorder
              verticalSpacing="sm"
              aria-label={intl.formatMessage({ id: 'research.sourcesTable' })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <FormattedMessage id="research.column.field" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="research.column.value" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="research.column.sources" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.fields.map((field) => (
                  <Table.Tr key={field.field}>
                    <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                      {label(field.field)}
                      {field.edited && (
                        <Badge c="dark.8" ml="xs" size="xs" color="orange" variant="light">
                          <FormattedMessage id="research.edited" />
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-line', verticalAlign: 'top' }}>
                      {shown(field.value)}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Sources sources={field.sources} />
                    </Table.Td>
                  </Table.Tr>
                ))}
                {sources.organization && (
                  <Table.Tr>
                    <Table.Th scope="row">
                      <FormattedMessage id="research.field.organization" />
                    </Table.Th>
                    <Table.Td>
                      {sources.organization.name}
                      <Text size="xs" c="dimmed">
                        <FormattedMessage id="research.organizationHint" />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Sources sources={sources.organization.sources} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {failure && (
        <Alert color="red" role="alert">
          <FormattedMessage id={`research.failure.${failure}`} />
        </Alert>
      )}
      {changes && <ChangesReport changes={changes} label={label} />}
      <Group>
        <Button component={Link} to={`/capabilities/${id}/edit`} variant="default">
          <FormattedMessage id="research.edit" />
        </Button>
        {sources && (
          <Button variant="light" onClick={() => void update()} loading={reimport.loading}>
            <FormattedMessage id="research.reimport" />
          </Button>
        )}
        {capability.status === 'DRAFT' && (
          <Button
            loading={publishing.loading}
            onClick={() =>
              void publish({ variables: { id } })
                .then(() => navigate(`/capabilities/${id}`))
                .catch(() => undefined)
            }
          >
            <FormattedMessage id="research.publish" />
          </Button>
        )}
      </Group>
      {publishing.error && (
        <Alert color="red" role="alert">
          <FormattedMessage id="research.publishFailed" />
        </Alert>
      )}
      <Preview capabilityId={id} />
    </Stack>
  );
}

function ChangesReport({ changes, label }: { changes: Changes; label: (field: string) => string }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="changes-heading">
      <Title order={2} size="h4" id="changes-heading" mb="xs">
        <FormattedMessage id="research.changesTitle" />
      </Title>
      {changes.length === 0 ? (
        <Text>
          <FormattedMessage id="research.noChanges" />
        </Text>
      ) : (
        <List spacing="xs">
          {changes.map((change) => (
            <List.Item key={change.field}>
              <Text fw={600} span>
                {label(change.field)}:
              </Text>{' '}
              <FormattedMessage
                id={change.applied ? 'research.changeApplied' : 'research.changeKept'}
              />
              <Text size="sm" c="dimmed">
                {shown(change.before)} → {shown(change.after)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function Preview({ capabilityId }: { capabilityId: string }) {
  const { data, loading, error, refetch } = useQuery(MatchPreviewQuery, {
    variables: { id: capabilityId },
    fetchPolicy: 'network-only',
  });
  const preview = data?.capabilityMatchPreview;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="preview-heading">
      <Stack>
        <Title order={2} size="h4" id="preview-heading">
          <FormattedMessage id="research.previewTitle" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="research.previewLead" />
        </Text>
        {loading && !data ? (
          <Text role="status">
            <FormattedMessage id="research.previewLoading" />
          </Text>
        ) : error || !preview?.available ? (
          <Group>
            <Text>
              <FormattedMessage id="research.previewUnavailable" />
            </Text>
            <Button size="xs" variant="light" onClick={() => void refetch()}>
              <FormattedMessage id="state.retry" />
            </Button>
          </Group>
        ) : preview.matches.length === 0 ? (
          <Text>
            <FormattedMessage id="research.previewNone" />
          </Text>
        ) : (
          <Stack gap="sm">
            {preview.matches.map((match) => (
              <Paper key={match.need.id} withBorder p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4}>
                    <Anchor component={Link} to={`/needs/${match.need.id}`} fw={600}>
                      {match.need.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {match.need.organization?.name ?? (
                        <FormattedMessage id="research.anonymousFirm" />
                      )}
                    </Text>
                    <Text size="sm">{match.reason}</Text>
                  </Stack>
                  <ScoreBar score={match.score} />
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
