import { useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import { Button, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../graphql/generated';
import type { EmailFrequency, NotificationEvent } from '../graphql/generated/graphql';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { LoadError, PageLoader } from '../layout/page-state';

const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      timeZone
      events {
        event
        frequency
        consentedAt
      }
    }
  }
`);

const UpdatePreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      timeZone
      events {
        event
        frequency
        consentedAt
      }
    }
  }
`);

const frequencies: EmailFrequency[] = ['INSTANT', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF'];
const timeZones =
  typeof Intl.supportedValuesOf === 'function'
    ? Intl.supportedValuesOf('timeZone')
    : ['Europe/Warsaw', 'UTC'];

/** For each event: e-mail at once, in a daily or weekly digest, or not at all; and the time zone. */
export function PreferencesPage() {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const { data, error, refetch } = useQuery(PreferencesQuery);
  const [save, { loading }] = useMutation(UpdatePreferencesMutation);
  const form = useForm<{ timeZone: string; events: Record<string, EmailFrequency> }>({
    initialValues: { timeZone: 'Europe/Warsaw', events: {} },
  });
  const preferences = data?.notificationPreferences;
  useEffect(() => {
    if (!preferences) return;
    form.setValues({
      timeZone: preferences.timeZone,
      events: Object.fromEntries(preferences.events.map((item) => [item.event, item.frequency])),
    });
    form.resetDirty();
    // Only a new answer from the server resets the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preferences]);
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!preferences) return <PageLoader />;

  const submit = form.onSubmit(async (values) => {
    try {
      await save({
        variables: {
          input: {
            timeZone: values.timeZone,
            events: Object.entries(values.events).map(([event, frequency]) => ({
              event: event as NotificationEvent,
              frequency,
            })),
          },
        },
      });
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'preferences.saved' }),
      });
    } catch (failure) {
      form.setErrors(serverErrors(failure));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        <Title order={1} size="h2">
          <FormattedMessage id="preferences.title" />
        </Title>
        <Text c="dimmed" size="sm">
          <FormattedMessage id="preferences.lead" />
        </Text>
        <Paper withBorder p="md">
          <Table.ScrollContainer minWidth={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{intl.formatMessage({ id: 'preferences.event' })}</Table.Th>
                  <Table.Th>{intl.formatMessage({ id: 'preferences.email' })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preferences.events.map(({ event, consentedAt }) => (
                  <Table.Tr key={event}>
                    <Table.Td>
                      <Text size="sm" id={`event-${event}`}>
                        {intl.formatMessage({ id: `event.${event}` })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-labelledby={`event-${event}`}
                        data={frequencies.map((frequency) => ({
                          value: frequency,
                          label: intl.formatMessage({ id: `frequency.${frequency}` }),
                        }))}
                        allowDeselect={false}
                        description={
                          consentedAt &&
                          intl.formatMessage(
                            { id: 'preferences.consentedAt' },
                            { date: new Date(consentedAt) },
                          )
                        }
                        {...form.getInputProps(`events.${event}`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <Select
          label={intl.formatMessage({ id: 'preferences.timeZone' })}
          description={intl.formatMessage({ id: 'preferences.timeZoneHint' })}
          data={timeZones}
          searchable
          allowDeselect={false}
          maw={360}
          {...form.getInputProps('timeZone')}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          <FormattedMessage id="action.save" />
        </Button>
      </Stack>
    </form>
  );
}
