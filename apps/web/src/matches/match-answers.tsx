import { useMutation } from '../graphql/use-mutation';
import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../graphql/errors';
import type {
  CollaborationType,
  DeclineReason,
  MatchOutcome,
  MatchQuery,
} from '../graphql/generated/graphql';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { declineReasons } from '../review';
import { collaborationTypes } from '../ui/kinds';
import {
  MatchQuery as MatchDocument,
  RecordOutcomeMutation,
  RespondToMatchMutation,
} from './operations';
import { focusFirstError } from '../layout/focus-first-error';

const outcomes: MatchOutcome[] = ['MEETING_HELD', 'NDA_SIGNED', 'AGREEMENT_SIGNED', 'NO_DEAL'];

export const isOutcome = (value: string | null | undefined): value is MatchOutcome =>
  outcomes.includes(value as MatchOutcome);

/** Yes, or no with a reason: once both say yes, both sides see each other's contact. */
export function RespondForm({ matchId }: { matchId: string }) {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [respond, { loading }] = useMutation(RespondToMatchMutation, {
    refetchQueries: [{ query: MatchDocument, variables: { id: matchId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { declining: false, reason: '' as DeclineReason | '', message: '' },
  });

  const answer = async (interested: boolean) => {
    if (!interested && !form.values.reason) {
      form.setFieldError('reason', intl.formatMessage({ id: 'rule.required' }));
      return;
    }
    try {
      await respond({
        variables: {
          id: matchId,
          interested,
          reason: interested ? undefined : (form.values.reason as DeclineReason),
          message: form.values.message.trim() || undefined,
        },
      });
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'match.answerSaved' }),
      });
    } catch (error) {
      form.setErrors(serverErrors(error, ''));
      if (errorCode(error) !== 'BAD_USER_INPUT') {
        notifications.show({
          color: 'red',
          message: intl.formatMessage({
            id: errorCode(error) === 'CONFLICT' ? 'error.conflict' : 'error.network',
          }),
        });
      }
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="answer-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="answer-heading">
          <FormattedMessage id="match.answerTitle" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="match.answerLead" />
        </Text>
        <Textarea
          label={intl.formatMessage({ id: 'match.message' })}
          description={intl.formatMessage({ id: 'match.messageDelivery' })}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('message')}
        />
        {form.values.declining && (
          <Select
            label={intl.formatMessage({ id: 'match.declineReason' })}
            data={declineReasons.map((reason) => ({
              value: reason,
              label: intl.formatMessage({ id: `declineReason.${reason}` }),
            }))}
            {...form.getInputProps('reason')}
          />
        )}
        <Group>
          {!form.values.declining ? (
            <>
              <Button loading={loading} onClick={() => void answer(true)}>
                <FormattedMessage id="match.yes" />
              </Button>
              <Button variant="default" onClick={() => form.setFieldValue('declining', true)}>
                <FormattedMessage id="match.no" />
              </Button>
            </>
          ) : (
            <>
              <Button color="red" loading={loading} onClick={() => void answer(false)}>
                <FormattedMessage id="match.confirmNo" />
              </Button>
              <Button variant="default" onClick={() => form.setFieldValue('declining', false)}>
                <FormattedMessage id="action.cancel" />
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** After the introduction: how it turned out (agreement type for a signed agreement). */
export function OutcomeForm({ match }: { match: MatchQuery['match'] }) {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [record, { loading }] = useMutation(RecordOutcomeMutation);
  const form = useForm({
    initialValues: {
      outcome: (match.outcome ?? '') as MatchOutcome | '',
      agreementType: (match.agreementType ?? '') as CollaborationType | '',
      note: match.outcomeNote ?? '',
    },
    validate: {
      outcome: (value) => (value ? null : intl.formatMessage({ id: 'form.required' })),
      agreementType: (value, values) =>
        values.outcome === 'AGREEMENT_SIGNED' && !value
          ? intl.formatMessage({ id: 'form.required' })
          : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await record({
        variables: {
          matchId: match.id,
          outcome: values.outcome as MatchOutcome,
          agreementType:
            values.outcome === 'AGREEMENT_SIGNED'
              ? (values.agreementType as CollaborationType)
              : undefined,
          note: values.note.trim() || undefined,
        },
      });
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'match.outcomeSaved' }),
      });
    } catch (error) {
      form.setErrors(serverErrors(error, ''));
    }
  }, focusFirstError);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcome-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="outcome-heading">
            <FormattedMessage id="match.outcomeTitle" />
          </Title>
          <Select
            label={intl.formatMessage({ id: 'match.outcome' })}
            data={outcomes.map((outcome) => ({
              value: outcome,
              label: intl.formatMessage({ id: `outcome.${outcome}` }),
            }))}
            {...form.getInputProps('outcome')}
          />
          {form.values.outcome === 'AGREEMENT_SIGNED' && (
            <Select
              label={intl.formatMessage({ id: 'match.agreementType' })}
              data={collaborationTypes.map((type) => ({
                value: type,
                label: intl.formatMessage({ id: `collaboration.${type}` }),
              }))}
              {...form.getInputProps('agreementType')}
            />
          )}
          <Textarea
            label={intl.formatMessage({ id: 'match.note' })}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="match.saveOutcome" />
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
