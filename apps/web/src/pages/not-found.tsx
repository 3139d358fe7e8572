import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="notFound.title" />
      </Title>
      <Text>
        <FormattedMessage id="notFound.body" />
      </Text>
      <Anchor component={Link} to="/">
        <FormattedMessage id="nav.home" />
      </Anchor>
    </Stack>
  );
}
