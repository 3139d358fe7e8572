import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A route's code that no longer exists: the app was deployed again since this tab loaded it
 * (browsers word it differently; Vite's preload helper says "Unable to preload CSS").
 */
const staleChunk =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export const isStaleChunk = (error: unknown): boolean =>
  error instanceof Error && staleChunk.test(error.message);

interface Props {
  children: ReactNode;
  /** The place the boundary guards; going elsewhere clears a caught error. */
  resetKey: string;
}

/**
 * A page that fails to render, or whose code cannot be loaded, says so in the reader's language
 * with a way out instead of leaving a blank page; the rest of the app stays usable.
 */
export class RouteErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) {
      this.setState({ error: null });
    }
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const stale = isStaleChunk(this.state.error);
    return (
      <Alert
        color={stale ? 'blue' : 'red'}
        role="alert"
        m="md"
        title={<FormattedMessage id={stale ? 'error.newVersion' : 'state.error'} />}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            <FormattedMessage id={stale ? 'error.newVersionHint' : 'error.page'} />
          </Text>
          <Button size="xs" variant="light" onClick={() => window.location.reload()}>
            <FormattedMessage id="error.reload" />
          </Button>
        </Stack>
      </Alert>
    );
  }
}
