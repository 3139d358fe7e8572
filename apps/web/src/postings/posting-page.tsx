import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Divider,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { errorCode } from '../graphql/errors';
import { useLocale } from '../i18n/locale-provider';
import { LoadError, PageLoader } from '../layout/page-state';
import { PostingMatches } from '../matches';
import { ExpressInterest } from './express-interest';
import { NotFoundPage } from '../ui/not-found';
import { StatusBadge, TrlBadge, VisibilityBadge } from '../ui/badges';
import { type PostingKind, postingsPath } from '../ui/kinds';
import { naceLabel } from '../ui/nace';
import { CapabilityQuery, NeedQuery } from './operations';
import { PostingActions, type PostingViewerCan } from './posting-actions';

export function PostingPage({ kind }: { kind: PostingKind }) {
  const { id = '' } = useParams();
  return kind === 'need' ? <NeedView id={id} /> : <CapabilityView id={id} />;
}

function NeedView({ id }: { id: string }) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(NeedQuery, { variables: { id } });
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN') return <NotFoundPage />;
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const need = data.need;
  return (
    <PostingLayout
      kind="need"
      posting={need}
      trl={<TrlBadge min={need.trlMin} max={need.trlMax} />}
      facts={[
        need.budget && {
          label: intl.formatMessage({ id: 'need.budget' }),
          value: <Budget {...need.budget} />,
        },
        need.deadline && {
          label: intl.formatMessage({ id: 'need.deadline' }),
          value: <FormattedDate value={need.deadline} dateStyle="long" />,
        },
      ]}
      keywords={[
        [intl.formatMessage({ id: 'need.technologyKeywords' }), need.technologyKeywords],
        [intl.formatMessage({ id: 'need.marketKeywords' }), need.marketKeywords],
      ]}
      description={need.description}
    />
  );
}

function CapabilityView({ id }: { id: string }) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(CapabilityQuery, { variables: { id } });
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN') return <NotFoundPage />;
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const capability = data.capability;
  return (
    <PostingLayout
      kind="capability"
      posting={capability}
      trl={<TrlBadge min={capability.trl} />}
      facts={[
        {
          label: intl.formatMessage({ id: 'capability.iprStatus' }),
          value: intl.formatMessage({ id: `ipr.${capability.iprStatus}` }),
        },
        capability.team && {
          label: intl.formatMessage({ id: 'capability.team' }),
          value: capability.team,
        },
      ]}
      keywords={[
        [intl.formatMessage({ id: 'capability.expertiseKeywords' }), capability.expertiseKeywords],
        [intl.formatMessage({ id: 'capability.methods' }), capability.methods],
        [intl.formatMessage({ id: 'capability.equipment' }), capability.equipment],
        [intl.formatMessage({ id: 'capability.publications' }), capability.publications],
      ]}
      description={capability.description}
    />
  );
}

export function Budget({
  min,
  max,
  currency,
}: {
  min?: number | null;
  max?: number | null;
  currency: string;
}) {
  const money = (value: number) => (
    <FormattedNumber value={value} style="currency" currency={currency} maximumFractionDigits={0} />
  );
  if (min != null && max != null)
    return (
      <>
        {money(min)} – {money(max)}
      </>
    );
  if (max != null) return <FormattedMessage id="need.budgetUpTo" values={{ amount: money(max) }} />;
  if (min != null) return <FormattedMessage id="need.budgetFrom" values={{ amount: money(min) }} />;
  return <FormattedMessage id="need.budgetOpen" />;
}

interface LayoutProps {
  kind: PostingKind;
  posting: {
    id: string;
    title: string;
    summary: string;
    status: Parameters<typeof StatusBadge>[0]['status'];
    visibility: Parameters<typeof VisibilityBadge>[0]['visibility'];
    sectors: string[];
    collaborationTypes: string[];
    language: string;
    isOwn: boolean;
    viewerCan: PostingViewerCan;
    publishedAt?: string | null;
    expiresAt?: string | null;
    organization?: { name: string; city: string; region: string } | null;
  };
  trl: ReactNode;
  facts: (false | null | undefined | '' | { label: string; value: ReactNode })[];
  keywords: [string, string[]][];
  description: string;
}

function PostingLayout({ kind, posting, trl, facts, keywords, description }: LayoutProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const poster = posting.organization;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={postingsPath(kind)}>
          <FormattedMessage id={kind === 'need' ? 'nav.needs' : 'nav.capabilities'} />
        </Anchor>
        <Text size="sm" lineClamp={1}>
          {posting.title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6} style={{ flex: 1, minWidth: 260 }}>
          <Title order={1} size="h2">
            {posting.title}
          </Title>
          <Group gap={6}>
            {posting.isOwn && <StatusBadge status={posting.status} />}
            <VisibilityBadge visibility={posting.visibility} />
            {trl}
          </Group>
        </Stack>
        {Object.values(posting.viewerCan).includes(true) && (
          <PostingActions
            kind={kind}
            id={posting.id}
            status={posting.status}
            can={posting.viewerCan}
          />
        )}
      </Group>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text fw={500}>{posting.summary}</Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text>
          <Divider />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Fact
              label={intl.formatMessage({
                id: kind === 'need' ? 'posting.postedBy' : 'posting.offeredBy',
              })}
            >
              {poster ? (
                `${poster.name}, ${poster.city} (${poster.region})`
              ) : (
                <FormattedMessage id="posting.anonymousPoster" />
              )}
            </Fact>
            <Fact label={intl.formatMessage({ id: 'posting.collaborationTypes' })}>
              {posting.collaborationTypes
                .map((type) =>
                  intl.formatMessage({ id: `collaboration.${type}` as 'collaboration.CONSULTING' }),
                )
                .join(', ')}
            </Fact>
            <Fact label={intl.formatMessage({ id: 'posting.sectors' })}>
              {posting.sectors.length
                ? posting.sectors.map((code) => naceLabel(code, locale)).join('; ')
                : '—'}
            </Fact>
            <Fact label={intl.formatMessage({ id: 'posting.language' })}>
              {intl.formatMessage({ id: `language.${posting.language}` as 'language.pl' })}
            </Fact>
            {facts.map(
              (fact) =>
                fact && (
                  <Fact key={fact.label} label={fact.label}>
                    {fact.value}
                  </Fact>
                ),
            )}
            {posting.expiresAt && posting.isOwn && (
              <Fact label={intl.formatMessage({ id: 'posting.expiresAt' })}>
                <FormattedDate value={posting.expiresAt} dateStyle="long" />
              </Fact>
            )}
          </SimpleGrid>
          {keywords.map(([label, values]) =>
            values.length ? (
              <Fact key={label} label={label}>
                <Group gap={4}>
                  {values.map((value) => (
                    <Badge key={value} variant="default" tt="none">
                      {value}
                    </Badge>
                  ))}
                </Group>
              </Fact>
            ) : null,
          )}
        </Stack>
      </Paper>
      {posting.isOwn ? (
        <PostingMatches kind={kind} id={posting.id} />
      ) : (
        posting.status === 'PUBLISHED' && <ExpressInterest kind={kind} id={posting.id} />
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
