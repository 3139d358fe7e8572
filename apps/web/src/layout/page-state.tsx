import { Alert, Button, Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../graphql/errors';
import { ForbiddenPage, NotFoundPage } from '../ui/not-found';

export function PageLoader() {
  const intl = useIntl();
  return (
    <Center py="xl" role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{intl.formatMessage({ id: 'state.loading' })}</VisuallyHidden>
    </Center>
  );
}

/**
 * A page that could not load says why: a page the viewer may not see says so, one that does not
 * exist is a 404, and only the rest is a network failure worth retrying.
 */
export function LoadError({ error, retry }: { error: unknown; retry?: () => unknown }) {
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <ForbiddenPage />;
  if (code === 'NOT_FOUND') return <NotFoundPage />;
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
