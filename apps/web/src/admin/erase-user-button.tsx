import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EraseUserMutation, UsersQuery } from './operations';

/** Erases a person's account on their request, after a confirmation naming them. */
export function EraseUserButton({ user }: { user: { id: string; email: string } }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  const [erase, { loading }] = useMutation(EraseUserMutation, { refetchQueries: [UsersQuery] });

  const confirm = async () => {
    try {
      const { data } = await erase({ variables: { id: user.id } });
      const count = (data?.eraseUser.removed ?? []).reduce((sum, item) => sum + item.count, 0);
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'users.erased' }, { count }),
      });
    } catch (failure) {
      notifications.show({
        color: 'red',
        message: intl.formatMessage({
          id: errorCode(failure) === 'CONFLICT' ? 'users.eraseConflict' : 'state.error',
        }),
      });
    }
    close();
  };

  return (
    <>
      <Button size="compact-sm" variant="default" onClick={open}>
        <FormattedMessage id="users.erase" />
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'users.eraseTitle' }, { email: user.email })}
        confirmLabel={<FormattedMessage id="users.erase" />}
        loading={loading}
        onConfirm={() => void confirm()}
      >
        <FormattedMessage id="users.eraseHint" />
      </ConfirmDialog>
    </>
  );
}
