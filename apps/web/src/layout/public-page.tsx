import { Anchor, Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages seen before signing in. */
export function PublicPage({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Box bg="gray.0" mih="100dvh" py="xl">
      <Container size={460}>
        <Group justify="space-between" mb="lg">
          <Anchor component={Link} to="/" fw={700} c="dark">
            <FormattedMessage id="app.name" />
          </Anchor>
          <LanguageSwitch />
        </Group>
        <main>
          <Paper withBorder shadow="sm" p="xl">
            <Title order={1} size="h2" mb="xs">
              {title}
            </Title>
            {children}
          </Paper>
        </main>
        <Text size="sm" c="dimmed" mt="md" ta="center">
          <FormattedMessage id="app.tagline" />
        </Text>
      </Container>
    </Box>
  );
}
