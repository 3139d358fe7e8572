import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CloseReason, PostingStatus } from '../graphql/generated/graphql';
import { errorCode } from '../graphql/errors';
import { type PostingKind, postingPath } from '../ui/kinds';
import { usePostingActions } from './use-posting-actions';

/** The api's answer to what the viewer may do to a posting now. */
export interface PostingViewerCan {
  edit: boolean;
  publish: boolean;
  pause: boolean;
  close: boolean;
}

/** What the viewer may do now, as the api says: edit; publish, resume or renew; pause; close (asks first). */
export function PostingActions({
  kind,
  id,
  status,
  can,
}: {
  kind: PostingKind;
  id: string;
  status: PostingStatus;
  can: PostingViewerCan;
}) {
  const intl = useIntl();
  const actions = usePostingActions(kind);
  const [closing, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState<CloseReason>('FULFILLED');

  const run = async (action: () => Promise<unknown>, done: 'published' | 'paused' | 'closed') => {
    try {
      await action();
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: `posting.${done}` }),
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: intl.formatMessage({
          id: errorCode(error) === 'CONFLICT' ? 'error.conflict' : 'error.network',
        }),
      });
    }
  };

  const publishLabel =
    status === 'DRAFT'
      ? 'posting.publish'
      : status === 'PAUSED'
        ? 'posting.resume'
        : 'posting.republish';
  return (
    <Group gap="xs">
      {can.edit && (
        <Button variant="default" component={Link} to={`${postingPath(kind, id)}/edit`}>
          <FormattedMessage id="posting.edit" />
        </Button>
      )}
      {can.publish && (
        <Button
          loading={actions.busy}
          onClick={() => void run(() => actions.publish(id), 'published')}
        >
          <FormattedMessage id={publishLabel} />
        </Button>
      )}
      {can.pause && (
        <Button
          variant="default"
          loading={actions.busy}
          onClick={() => void run(() => actions.pause(id), 'paused')}
        >
          <FormattedMessage id="posting.pause" />
        </Button>
      )}
      {can.close && (
        <Button variant="subtle" color="red" onClick={open}>
          <FormattedMessage id="posting.close" />
        </Button>
      )}
      <Modal
        opened={closing}
        onClose={close}
        title={intl.formatMessage({ id: 'posting.closeTitle' })}
      >
        <Stack>
          <Text size="sm">
            <FormattedMessage id="posting.closeWarning" />
          </Text>
          <Radio.Group
            label={intl.formatMessage({ id: 'posting.closeReason' })}
            value={reason}
            onChange={(value) => setReason(value as CloseReason)}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="FULFILLED"
                label={intl.formatMessage({ id: 'closeReason.FULFILLED' })}
              />
              <Radio
                value="WITHDRAWN"
                label={intl.formatMessage({ id: 'closeReason.WITHDRAWN' })}
              />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              <FormattedMessage id="action.cancel" />
            </Button>
            <Button
              color="red"
              loading={actions.busy}
              onClick={() => void run(() => actions.close(id, reason), 'closed').then(close)}
            >
              <FormattedMessage id="posting.closeConfirm" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
