import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Input,
  Paper,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../graphql/errors';
import type { MatchQuery, MeetingFieldsFragment } from '../graphql/generated/graphql';
import { useMutation } from '../graphql/use-mutation';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { focusFirstError } from '../layout/focus-first-error';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { downloadFile } from '../ui/download-file';
import {
  AcceptMeetingTimeMutation,
  CancelMeetingMutation,
  MatchQuery as MatchDocument,
  ProposeMeetingMutation,
  ReportMeetingMutation,
} from './operations';

type Meeting = MeetingFieldsFragment;

/** As many times as the API takes in one offer (`meetingLimits.times`). */
const mostTimes = 3;
const lengths = [30, 45, 60, 90, 120, 180];

const longDate = (value: string) => (
  <FormattedDate
    value={value}
    weekday="long"
    day="numeric"
    month="long"
    year="numeric"
    hour="2-digit"
    minute="2-digit"
    timeZoneName="short"
  />
);

/**
 * The meetings of an introduced match: its sides offer up to three times, pick one, move or
 * cancel it, download the calendar invitation and, afterwards, say whether it took place;
 * coordinators read them.
 */
export function MeetingsSection({ match }: { match: MatchQuery['match'] }) {
  const [proposing, setProposing] = useState(false);
  // A side can offer times on a meeting only while it is open, so none offers: none is open.
  const hasOpen = match.meetings.some((meeting) => meeting.viewerCan.propose);
  if (match.meetings.length === 0 && !match.viewerCan.meet) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="meetings-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="meetings-heading">
          <FormattedMessage id="meetings.title" />
        </Title>
        {match.viewerCan.meet && !hasOpen && (
          <>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="meetings.lead" />
            </Text>
            {proposing ? (
              <ProposalForm matchId={match.id} onDone={() => setProposing(false)} />
            ) : (
              <Button style={{ alignSelf: 'flex-start' }} onClick={() => setProposing(true)}>
                <FormattedMessage id="meetings.propose" />
              </Button>
            )}
          </>
        )}
        {match.meetings.map((meeting) => (
          <MeetingCard key={meeting.id} matchId={match.id} meeting={meeting} />
        ))}
      </Stack>
    </Paper>
  );
}

function MeetingCard({ matchId, meeting }: { matchId: string; meeting: Meeting }) {
  const intl = useIntl();
  const [countering, setCountering] = useState(false);
  const can = meeting.viewerCan;
  const refetch = { refetchQueries: [{ query: MatchDocument, variables: { id: matchId } }] };
  const headingId = `meeting-${meeting.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            {meeting.startsAt ? (
              longDate(meeting.startsAt)
            ) : (
              <FormattedMessage id="meetings.proposal" />
            )}
          </Title>
          <Badge variant="light" color={meeting.status === 'CANCELLED' ? 'gray' : 'blue'}>
            <FormattedMessage id={`meetingStatus.${meeting.status}`} />
          </Badge>
        </Group>
        <Text size="sm">
          <FormattedMessage
            id={meeting.online ? 'meetings.whereOnline' : 'meetings.where'}
            values={{
              place: meeting.online ? (
                <Anchor href={meeting.location} target="_blank" rel="noreferrer">
                  {meeting.location}
                </Anchor>
              ) : (
                meeting.location
              ),
            }}
          />
          {' · '}
          <FormattedMessage id="meetings.minutes" values={{ count: meeting.durationMinutes }} />
        </Text>
        {meeting.status === 'PROPOSED' && meeting.startsAt && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="meetings.agreedStays" />
          </Text>
        )}
        {meeting.status === 'PROPOSED' &&
          (can.accept ? (
            <PickTime meeting={meeting} refetch={refetch} />
          ) : (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                <FormattedMessage id={`meetings.offeredBy.${meeting.proposedBy}`} />
              </Text>
              {meeting.proposedTimes.map((time) => (
                <Text key={time} size="sm">
                  {longDate(time)}
                </Text>
              ))}
              {can.propose && (
                <Text size="sm" c="dimmed">
                  <FormattedMessage id="meetings.waiting" />
                </Text>
              )}
            </Stack>
          ))}
        {can.report && <ReportButtons meeting={meeting} refetch={refetch} />}
        <Group gap="xs">
          {meeting.invitation && (
            <Button
              variant="light"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
              onClick={() =>
                downloadFile(
                  meeting.status === 'CANCELLED' ? 'cancellation.ics' : 'invitation.ics',
                  meeting.invitation!,
                  'text/calendar;charset=utf-8',
                )
              }
            >
              <FormattedMessage id="meetings.download" />
            </Button>
          )}
          {can.propose && !countering && (
            <Button variant="default" onClick={() => setCountering(true)}>
              <FormattedMessage id="meetings.proposeOther" />
            </Button>
          )}
          {can.cancel && <CancelButton meeting={meeting} refetch={refetch} />}
        </Group>
        {countering && (
          <ProposalForm
            matchId={matchId}
            initial={meeting}
            onDone={() => setCountering(false)}
            label={intl.formatMessage({ id: 'meetings.proposeOther' })}
          />
        )}
      </Stack>
    </Paper>
  );
}

type Refetch = { refetchQueries: { query: typeof MatchDocument; variables: { id: string } }[] };

const failed = (intl: ReturnType<typeof useIntl>, error: unknown) =>
  notifications.show({
    color: 'red',
    message: intl.formatMessage({
      id: errorCode(error) === 'CONFLICT' ? 'error.conflict' : 'error.network',
    }),
  });

function PickTime({ meeting, refetch }: { meeting: Meeting; refetch: Refetch }) {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [accept, { loading }] = useMutation(AcceptMeetingTimeMutation, refetch);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!startsAt) return setError(intl.formatMessage({ id: 'rule.required' }));
    try {
      await accept({ variables: { meetingId: meeting.id, startsAt } });
      notifications.show({ color: 'green', message: intl.formatMessage({ id: 'meetings.set' }) });
    } catch (caught) {
      const fields = serverErrors(caught, '');
      if (fields.startsAt) setError(fields.startsAt);
      else failed(intl, caught);
    }
  };
  return (
    <Stack gap="xs">
      <Radio.Group
        label={intl.formatMessage({ id: `meetings.offeredBy.${meeting.proposedBy}` })}
        description={intl.formatMessage({ id: 'meetings.pick' })}
        value={startsAt}
        onChange={(value) => {
          setStartsAt(value);
          setError(null);
        }}
        error={error}
      >
        <Stack gap={6} mt="xs">
          {meeting.proposedTimes.map((time) => (
            <Radio key={time} value={time} label={longDate(time)} />
          ))}
        </Stack>
      </Radio.Group>
      <Button style={{ alignSelf: 'flex-start' }} loading={loading} onClick={() => void submit()}>
        <FormattedMessage id="meetings.accept" />
      </Button>
    </Stack>
  );
}

function ReportButtons({ meeting, refetch }: { meeting: Meeting; refetch: Refetch }) {
  const intl = useIntl();
  const [report, { loading }] = useMutation(ReportMeetingMutation, refetch);
  const send = async (held: boolean) => {
    try {
      await report({ variables: { meetingId: meeting.id, held } });
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'meetings.reported' }),
      });
    } catch (error) {
      failed(intl, error);
    }
  };
  return (
    <Group gap="xs" role="group" aria-label={intl.formatMessage({ id: 'meetings.howItWent' })}>
      <Text size="sm" fw={500}>
        <FormattedMessage id="meetings.howItWent" />
      </Text>
      <Button size="xs" loading={loading} onClick={() => void send(true)}>
        <FormattedMessage id="meetings.held" />
      </Button>
      <Button size="xs" variant="default" loading={loading} onClick={() => void send(false)}>
        <FormattedMessage id="meetings.notHeld" />
      </Button>
    </Group>
  );
}

function CancelButton({ meeting, refetch }: { meeting: Meeting; refetch: Refetch }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  const [cancel, { loading }] = useMutation(CancelMeetingMutation, refetch);
  const confirm = async () => {
    try {
      await cancel({ variables: { meetingId: meeting.id } });
      close();
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'meetings.cancelled' }),
      });
    } catch (error) {
      failed(intl, error);
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" onClick={open}>
        <FormattedMessage id="meetings.cancel" />
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'meetings.cancelTitle' })}
        confirmLabel={<FormattedMessage id="meetings.cancel" />}
        loading={loading}
        onConfirm={() => void confirm()}
      >
        <FormattedMessage id="meetings.cancelHint" />
      </ConfirmDialog>
    </>
  );
}

/** `2027-01-14T09:00` in the browser's zone, as a datetime-local field shows it. */
const localInput = (iso: string) => {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** Up to three times, how long, and where: a first offer, or other times for a meeting. */
function ProposalForm({
  matchId,
  initial,
  onDone,
  label,
}: {
  matchId: string;
  initial?: Meeting;
  onDone: () => void;
  label?: string;
}) {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [propose, { loading }] = useMutation(ProposeMeetingMutation, {
    refetchQueries: [{ query: MatchDocument, variables: { id: matchId } }],
  });
  const form = useForm({
    initialValues: {
      times: [''],
      durationMinutes: String(initial?.durationMinutes ?? 60),
      online: initial?.online ?? false,
      location: initial?.location ?? '',
    },
    validate: {
      times: (times) =>
        times.some((time) => !time) ? intl.formatMessage({ id: 'rule.required' }) : null,
      location: (value) => (value.trim() ? null : intl.formatMessage({ id: 'rule.required' })),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await propose({
        variables: {
          input: {
            matchId,
            times: values.times.map((time) => new Date(time).toISOString()),
            durationMinutes: Number(values.durationMinutes),
            online: values.online,
            location: values.location.trim(),
          },
        },
      });
      notifications.show({ color: 'green', message: intl.formatMessage({ id: 'meetings.sent' }) });
      onDone();
    } catch (error) {
      const fields = serverErrors(error);
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      else failed(intl, error);
    }
  }, focusFirstError);
  const { times } = form.values;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={label ?? intl.formatMessage({ id: 'meetings.propose' })}
    >
      <Stack gap="sm">
        <Input.Wrapper
          label={intl.formatMessage({ id: 'meetings.times' }, { most: mostTimes })}
          error={form.errors.times}
        >
          <Stack gap="xs" mt={4}>
            {times.map((time, index) => (
              <Group key={index} gap="xs" wrap="nowrap">
                <TextInput
                  type="datetime-local"
                  aria-label={intl.formatMessage({ id: 'meetings.time' }, { n: index + 1 })}
                  min={localInput(new Date().toISOString())}
                  value={time}
                  onChange={(event) => {
                    form.setFieldValue(`times.${index}`, event.currentTarget.value);
                    form.clearFieldError('times');
                  }}
                  error={!!form.errors.times && !time}
                  style={{ flex: 1 }}
                />
                {times.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={intl.formatMessage({ id: 'meetings.removeTime' }, { n: index + 1 })}
                    onClick={() => form.removeListItem('times', index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        </Input.Wrapper>
        {times.length < mostTimes && (
          <Button
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('times', '')}
          >
            <FormattedMessage id="meetings.addTime" />
          </Button>
        )}
        <Select
          label={intl.formatMessage({ id: 'meetings.duration' })}
          data={lengths.map((minutes) => ({
            value: String(minutes),
            label: intl.formatMessage({ id: 'meetings.minutes' }, { count: minutes }),
          }))}
          allowDeselect={false}
          {...form.getInputProps('durationMinutes')}
          error={form.errors.durationMinutes}
        />
        <Switch
          label={intl.formatMessage({ id: 'meetings.online' })}
          {...form.getInputProps('online', { type: 'checkbox' })}
        />
        <TextInput
          label={intl.formatMessage({
            id: form.values.online ? 'meetings.link' : 'meetings.address',
          })}
          placeholder={form.values.online ? 'https://' : undefined}
          maxLength={500}
          {...form.getInputProps('location')}
        />
        <Group gap="xs">
          <Button type="submit" loading={loading}>
            <FormattedMessage id="meetings.send" />
          </Button>
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="action.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
