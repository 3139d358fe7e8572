import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CapabilityFieldsFragment, NeedFieldsFragment } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-provider';
import { StatusBadge, TrlBadge, VisibilityBadge } from '../ui/badges';
import { type PostingKind, postingPath } from '../ui/kinds';
import { naceLabel } from '../ui/nace';

type Posting = NeedFieldsFragment | CapabilityFieldsFragment;

/** One posting in a list. An anonymous firm's need names no poster, here or anywhere. */
export function PostingCard({ kind, posting }: { kind: PostingKind; posting: Posting }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const poster = posting.organization;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`posting-${posting.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor
            component={Link}
            to={postingPath(kind, posting.id)}
            fw={600}
            id={`posting-${posting.id}`}
          >
            {posting.title}
          </Anchor>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            {posting.isOwn && <StatusBadge status={posting.status} />}
            <VisibilityBadge visibility={posting.visibility} />
          </Group>
        </Group>
        <Text size="sm" lineClamp={2}>
          {posting.summary}
        </Text>
        <Group gap="xs" wrap="wrap">
          {'trlMin' in posting ? (
            <TrlBadge min={posting.trlMin} max={posting.trlMax} />
          ) : (
            <TrlBadge min={posting.trl} />
          )}
          {posting.collaborationTypes.slice(0, 3).map((type) => (
            <Text key={type} size="xs" c="dimmed">
              {intl.formatMessage({ id: `collaboration.${type}` })}
            </Text>
          ))}
        </Group>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            {poster ? (
              `${poster.name} · ${poster.city}`
            ) : (
              <FormattedMessage id="posting.anonymousPoster" />
            )}
            {posting.sectors.length > 0 &&
              ` · ${posting.sectors.map((code) => naceLabel(code, locale).split(' · ')[0]).join(', ')}`}
          </Text>
          {(posting.publishedAt ?? posting.createdAt) && (
            <Text size="xs" c="dimmed">
              <FormattedDate value={posting.publishedAt ?? posting.createdAt} dateStyle="medium" />
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
