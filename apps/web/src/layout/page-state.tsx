import { Alert, Button, Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

export function PageLoader() {
  const intl = useIntl();
  return (
    <Center py="xl" role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{intl.formatMessage({ id: 'state.loading' })}</VisuallyHidden>
    </Center>
  );
}

export function LoadError({ retry }: { retry?: () => unknown }) {
  return (
    <Alert color="red" role="alert" title={<FormattedMessage id="state.error" />}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <FormattedMessage id="error.network" />
        </Text>
        {retry && (
          <Button size="xs" variant="light" color="red" onClick={() => void retry()}>
            <FormattedMessage id="state.retry" />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" py="md">
      {children}
    </Text>
  );
}
