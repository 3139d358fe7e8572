import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../i18n/messages';

export function NotFoundPage() {
  return <Refusal title="notFound.title" body="notFound.body" />;
}

/** A page this account's role may not open: said in words, not shown as a failed request. */
export function ForbiddenPage() {
  return <Refusal title="forbidden.title" body="forbidden.body" />;
}

function Refusal({ title, body }: { title: MessageId; body: MessageId }) {
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id={title} />
      </Title>
      <Text>
        <FormattedMessage id={body} />
      </Text>
      <Anchor component={Link} to="/">
        <FormattedMessage id="nav.home" />
      </Anchor>
    </Stack>
  );
}
