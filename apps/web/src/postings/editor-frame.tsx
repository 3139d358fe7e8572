import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { focusFirstError } from '../layout/focus-first-error';
import { useOneAtATime } from '../layout/use-one-at-a-time';
import { type PostingKind, postingPath } from '../ui/kinds';
import { type CommonValues, type Form, TextFields } from './editor-fields';
import { toFormErrors } from './server-field-paths';
import { usePostingActions } from './use-posting-actions';
import { useUnsavedWork } from './use-unsaved-work';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" component="legend" px={4}>
        {title}
      </Title>
      <Stack>{children}</Stack>
    </Paper>
  );
}

interface FrameProps<V extends CommonValues> {
  kind: PostingKind;
  existing?: { id: string; status: string; title: string };
  form: Form<V>;
  save: (values: V) => Promise<string | undefined>;
  children: ReactNode;
}

/** Title, the shared text fields, the kind's own sections, and save (as draft, or publish). */
export function EditorFrame<V extends CommonValues>({
  kind,
  existing,
  form,
  save,
  children,
}: FrameProps<V>) {
  const intl = useIntl();
  const navigate = useNavigate();
  const serverErrors = useServerFieldErrors();
  const { publish } = usePostingActions(kind);

  const oneAtATime = useOneAtATime();
  const work = useUnsavedWork(form);
  const submit = (andPublish: boolean) =>
    form.onSubmit(
      (values) =>
        oneAtATime(async () => {
          try {
            const id = await save(values);
            if (!id) return false;
            if (andPublish) await publish(id);
            notifications.show({
              color: 'green',
              message: intl.formatMessage({
                id: andPublish ? 'posting.published' : 'editor.saved',
              }),
            });
            work.saved();
            void navigate(postingPath(kind, id));
            return true;
          } catch (error) {
            const errors = toFormErrors(serverErrors(error));
            form.setErrors(errors);
            requestAnimationFrame(() => focusFirstError(errors));
            if (Object.keys(errors).length === 0) {
              notifications.show({
                color: 'red',
                message: intl.formatMessage({ id: 'error.network' }),
              });
            }
            return false;
          }
        }),
      focusFirstError,
    );

  const heading = existing
    ? intl.formatMessage({ id: 'editor.editTitle' }, { title: existing.title })
    : intl.formatMessage({ id: kind === 'need' ? 'need.new' : 'capability.new' });
  return (
    <form onSubmit={submit(false)} noValidate>
      <Stack maw={860}>
        <Title order={1} size="h2">
          {heading}
        </Title>
        <Text c="dimmed" size="sm">
          <FormattedMessage id={kind === 'need' ? 'editor.needLead' : 'editor.capabilityLead'} />
        </Text>
        {work.notice}
        {work.dialog}
        <Section title={intl.formatMessage({ id: 'editor.section.description' })}>
          <TextFields form={form} />
        </Section>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(-1)}>
            <FormattedMessage id="action.cancel" />
          </Button>
          <Button type="submit" variant={existing ? 'filled' : 'light'} loading={form.submitting}>
            <FormattedMessage id={existing ? 'editor.saveChanges' : 'editor.saveDraft'} />
          </Button>
          {(!existing || existing.status === 'DRAFT') && (
            <Button onClick={() => submit(true)()} loading={form.submitting}>
              <FormattedMessage id="editor.saveAndPublish" />
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
