import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import type { CollaborationType, Language } from '../graphql/generated/graphql';
import { EmptyState, LoadError, PageLoader } from '../layout/page-state';
import { useSessionUser } from '../session/session-context';
import {
  collaborationTypes,
  type PostingKind,
  postingsPath,
  trlLevels,
  voivodeships,
} from '../ui/kinds';
import { SectorSelect } from '../ui/sector-select';
import { CapabilitiesQuery, NeedsQuery } from './operations';
import { PostingCard } from './posting-card';
import { appendPage } from '../graphql/pagination';

/** The filters live in the URL, so a search can be bookmarked, shared and reloaded. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const list = (name: string) => params.getAll(name).filter(Boolean);
  const filters = {
    text: params.get('q') ?? '',
    sectors: list('sector'),
    trl: params.get('trl') ?? '',
    collaborationTypes: list('collaboration') as CollaborationType[],
    region: params.get('region') ?? '',
    language: (params.get('language') ?? '') as Language | '',
    mine: params.get('mine') === '1',
  };
  const update = (patch: Partial<typeof filters>) => {
    const next = { ...filters, ...patch };
    const search = new URLSearchParams();
    if (next.text) search.set('q', next.text);
    next.sectors.forEach((code) => search.append('sector', code));
    if (next.trl) search.set('trl', next.trl);
    next.collaborationTypes.forEach((type) => search.append('collaboration', type));
    if (next.region) search.set('region', next.region);
    if (next.language) search.set('language', next.language);
    if (next.mine) search.set('mine', '1');
    setParams(search, { replace: true });
  };
  return [filters, update] as const;
}

export function BrowsePage({ kind }: { kind: PostingKind }) {
  const intl = useIntl();
  const user = useSessionUser();
  const [filters, update] = useFilters();
  const [text, setText] = useState(filters.text);
  const [debouncedText] = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debouncedText !== filters.text) update({ text: debouncedText });
    // Only typing moves the text filter; the other filters update the URL themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedText]);

  const common = {
    ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
    ...(filters.sectors.length ? { sectors: filters.sectors } : {}),
    ...(filters.collaborationTypes.length
      ? { collaborationTypes: filters.collaborationTypes }
      : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.mine ? { mine: true } : {}),
  };
  const trl = filters.trl ? Number(filters.trl) : undefined;
  const canPost =
    (kind === 'need' && user?.can.postNeeds) ||
    (kind === 'capability' && user?.can.postCapabilities);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage
            id={kind === 'need' ? 'browse.needs.title' : 'browse.capabilities.title'}
          />
        </Title>
        {canPost && (
          <Button
            component={Link}
            to={`${postingsPath(kind)}/new`}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            <FormattedMessage id={kind === 'need' ? 'need.new' : 'capability.new'} />
          </Button>
        )}
      </Group>
      <Paper
        withBorder
        p="md"
        component="form"
        role="search"
        onSubmit={(event) => event.preventDefault()}
      >
        <Stack gap="sm">
          <TextInput
            label={intl.formatMessage({ id: 'browse.text' })}
            description={intl.formatMessage({ id: 'browse.textHint' })}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <SectorSelect value={filters.sectors} onChange={(sectors) => update({ sectors })} />
            <Select
              label={intl.formatMessage({ id: 'browse.trl' })}
              data={trlLevels.map((level) => ({ value: String(level), label: `TRL ${level}` }))}
              value={filters.trl || null}
              onChange={(value) => update({ trl: value ?? '' })}
              clearable
            />
            <MultiSelect
              label={intl.formatMessage({ id: 'posting.collaborationTypes' })}
              data={collaborationTypes.map((type) => ({
                value: type,
                label: intl.formatMessage({ id: `collaboration.${type}` }),
              }))}
              value={filters.collaborationTypes}
              onChange={(value) => update({ collaborationTypes: value as CollaborationType[] })}
              clearable
            />
            <Select
              label={intl.formatMessage({ id: 'organization.region' })}
              data={[...voivodeships]}
              value={filters.region || null}
              onChange={(value) => update({ region: value ?? '' })}
              searchable
              clearable
            />
            <Select
              label={intl.formatMessage({ id: 'posting.language' })}
              data={[
                { value: 'pl', label: intl.formatMessage({ id: 'language.pl' }) },
                { value: 'en', label: intl.formatMessage({ id: 'language.en' }) },
              ]}
              value={filters.language || null}
              onChange={(value) => update({ language: (value ?? '') as Language | '' })}
              clearable
            />
          </SimpleGrid>
          <Checkbox
            label={intl.formatMessage({ id: 'browse.mine' })}
            checked={filters.mine}
            onChange={(event) => update({ mine: event.currentTarget.checked })}
          />
        </Stack>
      </Paper>
      {kind === 'need' ? (
        <NeedResults filter={{ ...common, ...(trl ? { trl } : {}) }} />
      ) : (
        <CapabilityResults filter={{ ...common, ...(trl ? { trlMin: trl, trlMax: trl } : {}) }} />
      )}
    </Stack>
  );
}

function NeedResults({ filter }: { filter: object }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(NeedsQuery, {
    variables: { filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.needs;
  return (
    <Results
      kind="need"
      nodes={connection?.edges.map((edge) => edge.node)}
      loading={loading}
      error={error}
      retry={refetch}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      more={() =>
        fetchMore({
          variables: { after: connection?.pageInfo.endCursor },
          updateQuery: appendPage('needs'),
        })
      }
    />
  );
}

function CapabilityResults({ filter }: { filter: object }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(CapabilitiesQuery, {
    variables: { filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.capabilities;
  return (
    <Results
      kind="capability"
      nodes={connection?.edges.map((edge) => edge.node)}
      loading={loading}
      error={error}
      retry={refetch}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      more={() =>
        fetchMore({
          variables: { after: connection?.pageInfo.endCursor },
          updateQuery: appendPage('capabilities'),
        })
      }
    />
  );
}

interface ResultsProps {
  kind: PostingKind;
  nodes: Parameters<typeof PostingCard>[0]['posting'][] | undefined;
  loading: boolean;
  error: unknown;
  retry: () => unknown;
  hasMore: boolean;
  more: () => unknown;
}

function Results({ kind, nodes, loading, error, retry, hasMore, more }: ResultsProps) {
  if (error && !nodes) return <LoadError error={error} retry={retry} />;
  if (!nodes) return <PageLoader />;
  if (nodes.length === 0)
    return (
      <EmptyState>
        <FormattedMessage id="browse.empty" />
      </EmptyState>
    );
  return (
    <Stack gap="sm" aria-live="polite">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="browse.shown" values={{ count: nodes.length }} />
      </Text>
      {nodes.map((node) => (
        <PostingCard key={node.id} kind={kind} posting={node} />
      ))}
      {hasMore && (
        <Button
          variant="light"
          onClick={() => void more()}
          loading={loading}
          style={{ alignSelf: 'center' }}
        >
          <FormattedMessage id="browse.more" />
        </Button>
      )}
    </Stack>
  );
}
