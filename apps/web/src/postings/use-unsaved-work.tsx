import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { FormattedMessage, FormattedTime, useIntl } from 'react-intl';
import { UNSAFE_NavigationContext, useLocation } from 'react-router';
import { useSessionUser } from '../session/session-context';

interface WorkForm<V> {
  values: V;
  isDirty(): boolean;
  setValues(values: Partial<V>): void;
  reset(): void;
}

interface Draft<V> {
  values: V;
  savedAt: string;
}

/**
 * Keeps a form's unsaved work: in this browser until it is saved (so a reload, Back, a crash
 * or a session that ended elsewhere loses nothing, and coming back brings it back), and by
 * asking before an in-app navigation or an unload leaves it. Drafts are kept per user and page.
 */
export function useUnsavedWork<V>(form: WorkForm<V>) {
  const user = useSessionUser();
  const { pathname } = useLocation();
  const key = `unsaved-work:${user?.id ?? 'signed-out'}:${pathname}`;
  const [restored, setRestored] = useState(() => readDraft<V>(key)?.savedAt ?? null);
  // Set once saved: the navigation to the saved posting must not ask.
  const done = useRef(false);
  const dirty = form.isDirty();

  useEffect(() => {
    const stored = readDraft<V>(key);
    if (stored) form.setValues(stored.values);
    // Restoring once, when the page opens, is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (done.current) return;
    if (dirty) writeDraft(key, { values: form.values, savedAt: new Date().toISOString() });
    else localStorage.removeItem(key);
  }, [key, dirty, form.values]);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  // Every in-app navigation (links, the sidebar, Cancel, code) goes through the router's
  // navigator; while there is unsaved work it asks first. (A data router's useBlocker would do
  // this and Back too, at 18 KB more on the sign-in page; Back keeps the work as a draft.)
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  useEffect(() => {
    const original = { push: navigator.push, replace: navigator.replace, go: navigator.go };
    const asking =
      <A extends unknown[]>(go: (...args: A) => void) =>
      (...args: A) => {
        if (done.current || !form.isDirty()) go(...args);
        else setLeaving(() => () => go(...args));
      };
    Object.assign(navigator, {
      push: asking(original.push),
      replace: asking(original.replace),
      go: asking(original.go),
    });
    return () => void Object.assign(navigator, original);
  }, [navigator, form]);

  const discard = useCallback(() => {
    localStorage.removeItem(key);
    setRestored(null);
    form.reset();
  }, [form, key]);

  return {
    /** Call when the work is saved, before navigating away. */
    saved: () => {
      done.current = true;
      localStorage.removeItem(key);
    },
    notice: restored && (
      <Alert color="blue" role="status">
        <Group justify="space-between">
          <Text size="sm">
            <FormattedMessage
              id="editor.restored"
              values={{ time: <FormattedTime value={restored} /> }}
            />
          </Text>
          <Button size="xs" variant="default" onClick={discard}>
            <FormattedMessage id="editor.discardRestored" />
          </Button>
        </Group>
      </Alert>
    ),
    dialog: (
      <LeaveDialog
        opened={leaving !== null}
        stay={() => setLeaving(null)}
        leave={() => {
          localStorage.removeItem(key);
          done.current = true;
          setLeaving(null);
          leaving?.();
        }}
      />
    ),
  };
}

function LeaveDialog({
  opened,
  stay,
  leave,
}: {
  opened: boolean;
  stay: () => void;
  leave: () => void;
}) {
  const intl = useIntl();
  return (
    <Modal opened={opened} onClose={stay} title={intl.formatMessage({ id: 'editor.leaveTitle' })}>
      <Text size="sm" mb="md">
        <FormattedMessage id="editor.leaveText" />
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={stay} data-autofocus>
          <FormattedMessage id="editor.stay" />
        </Button>
        <Button color="red" onClick={leave}>
          <FormattedMessage id="editor.leave" />
        </Button>
      </Group>
    </Modal>
  );
}

function readDraft<V>(key: string): Draft<V> | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Draft<V>) : null;
  } catch {
    return null;
  }
}

function writeDraft<V>(key: string, draft: Draft<V>): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the question before leaving still protects the work.
  }
}
