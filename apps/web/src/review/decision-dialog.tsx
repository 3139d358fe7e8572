import { useMutation } from '../graphql/use-mutation';
import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type {
  ApproveMatchesMutation as Approved,
  DeclineReason,
} from '../graphql/generated/graphql';
import { declineReasons } from './decline-reasons';
import { ApproveMatchesMutation, RejectMatchesMutation } from './operations';

export type Decision = 'approve' | 'reject';
export type DecisionResult = Approved['approveMatches'][number];

interface Props {
  decision: Decision | null;
  ids: string[];
  onClose: () => void;
  /** Called with each id's own result, done or refused. */
  onDone: (results: DecisionResult[]) => void;
}

/**
 * Approve (with an optional note) or reject (with a reason; OTHER needs a note) one match or
 * many. Each id gets its own result: the ones that failed stay listed with why.
 */
export function DecisionDialog({ decision, ids, onClose, onDone }: Props) {
  const intl = useIntl();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failed, setFailed] = useState<DecisionResult[]>([]);
  const [approve, approving] = useMutation(ApproveMatchesMutation);
  const [reject, rejecting] = useMutation(RejectMatchesMutation);

  const close = () => {
    setNote('');
    setReason(null);
    setProblem(null);
    setFailed([]);
    onClose();
  };

  const submit = async () => {
    const trimmed = note.trim() || undefined;
    if (decision === 'reject' && !reason)
      return setProblem(intl.formatMessage({ id: 'review.reasonRequired' }));
    if (decision === 'reject' && reason === 'OTHER' && !trimmed) {
      return setProblem(intl.formatMessage({ id: 'rule.note-required' }));
    }
    try {
      const results =
        decision === 'approve'
          ? ((await approve({ variables: { ids, note: trimmed } })).data?.approveMatches ?? [])
          : ((await reject({ variables: { ids, reason: reason!, note: trimmed } })).data
              ?.rejectMatches ?? []);
      onDone(results);
      const refused = results.filter((result) => result.error);
      if (refused.length === 0) close();
      else setFailed(refused);
    } catch {
      setProblem(intl.formatMessage({ id: 'error.network' }));
    }
  };

  const title = intl.formatMessage(
    { id: decision === 'reject' ? 'review.rejectTitle' : 'review.approveTitle' },
    { count: ids.length },
  );
  return (
    <Modal opened={decision !== null} onClose={close} title={title}>
      <Stack>
        {decision === 'reject' && (
          <Select
            label={intl.formatMessage({ id: 'review.reason' })}
            data={declineReasons.map((value) => ({
              value,
              label: intl.formatMessage({ id: `declineReason.${value}` }),
            }))}
            value={reason}
            onChange={(value) => {
              setReason(value as DeclineReason | null);
              setProblem(null);
            }}
            required
            data-autofocus
          />
        )}
        <Textarea
          label={intl.formatMessage({
            id: reason === 'OTHER' ? 'review.noteRequired' : 'review.note',
          })}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setProblem(null);
          }}
          data-autofocus={decision === 'approve' ? true : undefined}
        />
        {problem && (
          <Text c="red.8" size="sm" role="alert">
            {problem}
          </Text>
        )}
        {failed.length > 0 && (
          <Alert
            color="orange"
            title={intl.formatMessage({ id: 'review.someFailed' }, { count: failed.length })}
          >
            <List size="sm">
              {failed.map((result) => (
                <List.Item key={result.id}>
                  {intl.formatMessage({
                    id: `review.error.${result.error!.code}` as 'review.error.CONFLICT',
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            <FormattedMessage id={failed.length ? 'action.close' : 'action.cancel'} />
          </Button>
          {failed.length === 0 && (
            <Button
              color={decision === 'reject' ? 'red' : undefined}
              loading={approving.loading || rejecting.loading}
              onClick={() => void submit()}
            >
              {title}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
