import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import {
  Anchor,
  Button,
  CopyButton,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { graphql } from '../graphql/generated';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { LoadError, PageLoader } from '../layout/page-state';
import { SignOutEverywhereMutation } from '../session/operations';
import { useSession } from '../session/session-context';
import { focusFirstError } from '../layout/focus-first-error';
import { OrcidLinkButton } from '../session/orcid-trip';
import { YourDataSection } from '../personal-data/your-data-section';
import { EraseAccountSection } from '../personal-data/erase-account-section';
import { ConfirmDialog } from '../ui/confirm-dialog';

const AccountQuery = graphql(`
  query Account {
    me {
      id
      fullName
      email
      role
      can {
        postCapabilities
      }
      language
      orcidId
      organization {
        id
        name
        kind
        city
        region
        country
        inviteCode
      }
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Who you are, your organisation and its invite code, your password and your sessions. */
export function AccountPage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(AccountQuery);
  if (error && !data) return <LoadError error={error} retry={refetch} />;
  if (!data) return <PageLoader />;
  const { me } = data;
  const organization = me.organization;
  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        <FormattedMessage id="account.title" />
      </Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Item label={intl.formatMessage({ id: 'form.fullName' })}>{me.fullName}</Item>
          <Item label={intl.formatMessage({ id: 'form.email' })}>{me.email}</Item>
          <Item label={intl.formatMessage({ id: 'account.role' })}>
            {intl.formatMessage({ id: `role.${me.role}` })}
          </Item>
          <Item label={intl.formatMessage({ id: 'account.language' })}>
            {intl.formatMessage({ id: `language.${me.language}` })}
          </Item>
          {me.can.postCapabilities && (
            <Item label={intl.formatMessage({ id: 'account.orcid' })}>
              {me.orcidId ? (
                <Anchor href={`https://orcid.org/${me.orcidId}`} target="_blank" rel="noreferrer">
                  {me.orcidId}
                </Anchor>
              ) : (
                <OrcidLinkButton />
              )}
            </Item>
          )}
        </SimpleGrid>
      </Paper>
      {organization && (
        <Paper withBorder p="md" component="section" aria-labelledby="organization-heading">
          <Title order={2} size="h4" id="organization-heading" mb="sm">
            <FormattedMessage id="account.organization" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Item label={intl.formatMessage({ id: 'organization.name' })}>{organization.name}</Item>
            <Item label={intl.formatMessage({ id: 'organization.kind' })}>
              {intl.formatMessage({ id: `organizationKind.${organization.kind}` })}
            </Item>
            <Item label={intl.formatMessage({ id: 'organization.city' })}>
              {organization.city}, {organization.region}
            </Item>
            {organization.inviteCode && (
              <Item label={intl.formatMessage({ id: 'signUp.inviteCode' })}>
                <Group gap="xs">
                  <Text ff="monospace" fw={600}>
                    {organization.inviteCode}
                  </Text>
                  <CopyButton value={organization.inviteCode}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="light" onClick={copy}>
                        <FormattedMessage id={copied ? 'account.copied' : 'account.copy'} />
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Text size="xs" c="dimmed">
                  <FormattedMessage id="account.inviteHint" />
                </Text>
              </Item>
            )}
          </SimpleGrid>
        </Paper>
      )}
      <ChangePassword />
      <Sessions />
      <YourDataSection email={me.email} />
      <EraseAccountSection />
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

function ChangePassword() {
  const intl = useIntl();
  const serverErrors = useServerFieldErrors();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (value) => (value ? null : intl.formatMessage({ id: 'form.required' })),
      newPassword: (value) =>
        value.length >= 10 ? null : intl.formatMessage({ id: 'form.passwordTooShort' }),
      repeat: (value, values) =>
        value === values.newPassword ? null : intl.formatMessage({ id: 'account.passwordsDiffer' }),
    },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await change({ variables: { currentPassword, newPassword } });
      form.reset();
      notifications.show({
        color: 'green',
        message: intl.formatMessage({ id: 'account.passwordChanged' }),
      });
    } catch (error) {
      const errors = serverErrors(error, '');
      form.setErrors({ ...errors, ...(errors.password ? { newPassword: errors.password } : {}) });
    }
  }, focusFirstError);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="password-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <Title order={2} size="h4" id="password-heading">
            <FormattedMessage id="account.changePassword" />
          </Title>
          <PasswordInput
            label={intl.formatMessage({ id: 'account.currentPassword' })}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'account.newPassword' })}
            description={intl.formatMessage({ id: 'signUp.passwordHint' })}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'account.repeatPassword' })}
            autoComplete="new-password"
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="account.changePassword" />
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function Sessions() {
  const intl = useIntl();
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereMutation);
  const confirm = async () => {
    await signOutEverywhere().catch(() => undefined);
    session.end();
    await client.clearStore();
    void navigate('/sign-in', { replace: true });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sessions-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="sessions-heading">
          <FormattedMessage id="account.sessions" />
        </Title>
        <Text size="sm">
          <FormattedMessage id="account.signOutEverywhereHint" />
        </Text>
        <Button color="red" variant="light" onClick={open}>
          <FormattedMessage id="account.signOutEverywhere" />
        </Button>
      </Stack>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'account.signOutEverywhere' })}
        confirmLabel={<FormattedMessage id="account.signOutEverywhere" />}
        loading={loading}
        onConfirm={() => void confirm()}
      >
        <FormattedMessage id="account.signOutEverywhereConfirm" />
      </ConfirmDialog>
    </Paper>
  );
}
