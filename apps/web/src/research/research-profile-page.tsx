import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { uploadFile } from '../graphql/upload';
import { useMutation } from '../graphql/use-mutation';
import { LoadError, PageLoader } from '../layout/page-state';
import { OrcidLinkButton } from '../session/orcid-trip';
import { useSession } from '../session/session-context';
import { type ImportFailure, importFailure } from './import-failure';
import {
  ClaimResearchDraftMutation,
  ImportCapabilityMutation,
  ResearchProfileQuery,
} from './operations';

/**
 * A researcher's way to a capability without typing it: link the ORCID iD, then draft from
 * ORCID and OpenAlex (or their files), or claim a draft a coordinator's import made.
 */
export function ResearchProfilePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data, error, refetch } = useQuery(ResearchProfileQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [claim, claiming] = useMutation(ClaimResearchDraftMutation);
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const { me, myResearchDrafts } = data;
  const imported = data.capabilities.edges
    .map(({ node }) => node)
    .filter((capability) => capability.sources);

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        <FormattedMessage id="research.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="research.lead" />
      </Text>
      {params.get('linked') && me.orcidId && (
        <Alert color="green" role="status">
          <FormattedMessage id="research.linked" values={{ orcidId: me.orcidId }} />
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="orcid-heading">
        <Title order={2} size="h4" id="orcid-heading" mb="xs">
          ORCID
        </Title>
        {me.orcidId ? (
          <Group gap="xs">
            <Text>
              <FormattedMessage id="research.orcidLinked" />
            </Text>
            <Anchor href={`https://orcid.org/${me.orcidId}`} target="_blank" rel="noreferrer">
              {me.orcidId}
            </Anchor>
            <Badge c="dark.8" color="green" variant="light">
              <FormattedMessage id="research.verified" />
            </Badge>
          </Group>
        ) : (
          <Stack gap="sm">
            <Text>
              <FormattedMessage id="research.orcidWhy" />
            </Text>
            <OrcidLinkButton />
          </Stack>
        )}
      </Paper>
      {myResearchDrafts.length > 0 && (
        <Stack component="section" aria-labelledby="waiting-heading">
          <Title order={2} size="h4" id="waiting-heading">
            <FormattedMessage id="research.waiting" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {myResearchDrafts.map((draft) => (
              <Card key={draft.id} withBorder>
                <Stack gap="xs">
                  <Text fw={600}>{draft.title}</Text>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage
                      id="research.draftFor"
                      values={{ name: draft.displayName, organization: draft.organizationName }}
                    />
                  </Text>
                  <Button
                    loading={claiming.loading}
                    onClick={() =>
                      void claim({ variables: { id: draft.id } })
                        .then(({ data: claimed }) => {
                          if (claimed)
                            void navigate(`/capabilities/${claimed.claimResearchDraft.id}/sources`);
                        })
                        .catch(() => undefined)
                    }
                  >
                    <FormattedMessage id="research.claim" />
                  </Button>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          {claiming.error && (
            <Alert color="red" role="alert">
              <FormattedMessage id="research.claimFailed" />
            </Alert>
          )}
        </Stack>
      )}
      <DraftFromWorks linked={Boolean(me.orcidId)} />
      {imported.length > 0 && (
        <Stack component="section" aria-labelledby="imported-heading" gap="xs">
          <Title order={2} size="h4" id="imported-heading">
            <FormattedMessage id="research.imported" />
          </Title>
          {imported.map((capability) => (
            <Group key={capability.id} gap="xs">
              <Anchor component={Link} to={`/capabilities/${capability.id}/sources`}>
                {capability.title}
              </Anchor>
              <Badge
                c="dark.8"
                variant="light"
                color={capability.status === 'PUBLISHED' ? 'green' : 'gray'}
              >
                {intl.formatMessage({ id: `postingStatus.${capability.status}` })}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function DraftFromWorks({ linked }: { linked: boolean }) {
  const intl = useIntl();
  const session = useSession();
  const navigate = useNavigate();
  const [importCapability] = useMutation(ImportCapabilityMutation);
  const [works, setWorks] = useState<File | null>(null);
  const [record, setRecord] = useState<File | null>(null);
  const [busy, setBusy] = useState<'sources' | 'files' | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);

  const draft = async (from: 'sources' | 'files') => {
    setBusy(from);
    setFailure(null);
    try {
      const input =
        from === 'files'
          ? {
              openAlexUploadId: works ? await uploadFile(works, session) : null,
              orcidRecordUploadId: record ? await uploadFile(record, session) : null,
            }
          : {};
      const { data } = await importCapability({ variables: { input } });
      if (data) void navigate(`/capabilities/${data.importCapability.capability.id}/sources`);
    } catch (error) {
      setFailure(importFailure(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="draft-heading">
      <Stack>
        <Title order={2} size="h4" id="draft-heading">
          <FormattedMessage id="research.draftTitle" />
        </Title>
        <Text>
          <FormattedMessage id="research.draftLead" />
        </Text>
        {failure && (
          <Alert color="red" role="alert">
            <FormattedMessage id={`research.failure.${failure}`} />
          </Alert>
        )}
        <Group>
          <Button
            onClick={() => void draft('sources')}
            loading={busy === 'sources'}
            disabled={!linked || busy !== null}
          >
            <FormattedMessage id="research.draftFromSources" />
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="research.filesLead" />
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FileInput
            label={intl.formatMessage({ id: 'research.worksFile' })}
            accept=".json,application/json"
            leftSection={<IconFileCode size={18} aria-hidden />}
            value={works}
            onChange={setWorks}
            clearable
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'import.clearFile' }) }}
          />
          <FileInput
            label={intl.formatMessage({ id: 'research.recordFile' })}
            accept=".json,application/json"
            leftSection={<IconFileCode size={18} aria-hidden />}
            value={record}
            onChange={setRecord}
            clearable
            clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'import.clearFile' }) }}
          />
        </SimpleGrid>
        <Group>
          <Button
            variant="light"
            onClick={() => void draft('files')}
            loading={busy === 'files'}
            disabled={!linked || !works || busy !== null}
          >
            <FormattedMessage id="research.draftFromFiles" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
