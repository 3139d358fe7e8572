import { useMutation } from '../graphql/use-mutation';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  PasswordInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import type { OrganizationKind, SignUpInput } from '../session/operations.generated';
import { useLocale } from '../i18n/locale-provider';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { focusFirstError } from '../layout/focus-first-error';
import { PublicPage } from '../layout/public-page';
import { voivodeships } from '../ui/kinds';
import { LegalTextsQuery, SignUpMutation } from '../session/operations';
import { useQuery } from '@apollo/client/react';
import { createsOnce } from '../graphql/idempotency';
import type { OrcidSignUpState } from '../session/orcid-trip';
import { RegistryLookup } from './registry-lookup';

type Role = 'FIRM' | 'RESEARCHER';

const organizationKind = (role: Role, picked: OrganizationKind): OrganizationKind =>
  role === 'FIRM' ? 'COMPANY' : picked === 'COMPANY' ? 'UNIVERSITY' : picked;

export function SignUpPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const serverErrors = useServerFieldErrors();
  const [signUp, { loading, error }] = useMutation(SignUpMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const legalTexts = useQuery(LegalTextsQuery, { variables: { language: locale } });
  // Arriving from ORCID with a verified iD no account has: a researcher's sign-up.
  const orcid = (useLocation().state as OrcidSignUpState | null) ?? null;
  const form = useForm({
    initialValues: {
      role: (orcid ? 'RESEARCHER' : 'FIRM') as Role,
      fullName: orcid?.fullName ?? '',
      email: '',
      password: '',
      joining: 'new' as 'new' | 'invite',
      inviteCode: '',
      organization: { name: '', kind: 'COMPANY', city: '', region: 'lubelskie', nip: '' },
      acceptsLegalTexts: false,
      emailNotifications: false,
    },
    validate: {
      fullName: (value) => (value.trim() ? null : intl.formatMessage({ id: 'form.required' })),
      acceptsLegalTexts: (value) => (value ? null : intl.formatMessage({ id: 'legal.agreeFirst' })),
      email: (value) =>
        /^\S+@\S+$/.test(value) ? null : intl.formatMessage({ id: 'form.email.invalid' }),
      password: (value) =>
        value.length >= 10 ? null : intl.formatMessage({ id: 'form.passwordTooShort' }),
      inviteCode: (value, values) =>
        values.joining === 'invite' && !value.trim()
          ? intl.formatMessage({ id: 'form.required' })
          : null,
      organization: {
        name: (value, values) =>
          values.joining === 'new' && !value.trim()
            ? intl.formatMessage({ id: 'form.required' })
            : null,
        city: (value, values) =>
          values.joining === 'new' && !value.trim()
            ? intl.formatMessage({ id: 'form.required' })
            : null,
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    const input: SignUpInput = {
      role: values.role,
      fullName: values.fullName.trim(),
      email: values.email.trim(),
      password: values.password,
      language: locale,
      emailNotifications: values.emailNotifications,
      // The versions this form showed links to: a text changed meanwhile is refused, not accepted.
      acceptedLegalDocuments: (legalTexts.data?.legalTexts ?? []).map(({ document, version }) => ({
        document,
        version,
      })),
      ...(orcid ? { orcidTicket: orcid.orcidTicket } : {}),
      ...(values.joining === 'invite'
        ? { inviteCode: values.inviteCode.trim() }
        : {
            organization: {
              ...values.organization,
              kind: organizationKind(values.role, values.organization.kind as OrganizationKind),
              nip: values.role === 'FIRM' ? values.organization.nip.trim() || null : null,
            },
          }),
    };
    try {
      await signUp({ variables: { input }, context: createsOnce });
      setSentTo(input.email);
    } catch (failure) {
      const { acceptedLegalDocuments, ...errors } = serverErrors(failure);
      if (acceptedLegalDocuments) {
        await legalTexts.refetch();
        form.setFieldValue('acceptsLegalTexts', false);
        Object.assign(errors, { acceptsLegalTexts: acceptedLegalDocuments });
      }
      form.setErrors(errors);
      requestAnimationFrame(() => focusFirstError(errors));
    }
  }, focusFirstError);

  if (sentTo) {
    return (
      <PublicPage title={<FormattedMessage id="signUp.checkMail.title" />}>
        <Text>
          <FormattedMessage
            id="signUp.checkMail.body"
            values={{ email: <strong>{sentTo}</strong> }}
          />
        </Text>
      </PublicPage>
    );
  }

  const researchKinds = ['UNIVERSITY', 'RESEARCH_INSTITUTE'].map((kind) => ({
    value: kind,
    label: intl.formatMessage({ id: `organizationKind.${kind}` as 'organizationKind.UNIVERSITY' }),
  }));

  return (
    <PublicPage title={<FormattedMessage id="signUp.title" />}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && Object.keys(form.errors).length === 0 && (
            <Alert color="red" role="alert">
              <FormattedMessage id="error.network" />
            </Alert>
          )}
          {orcid ? (
            <Alert color="green">
              <Text fw={700}>
                <FormattedMessage id="orcid.verifiedTitle" />
              </Text>
              <Text size="sm">
                <FormattedMessage id="orcid.verifiedBody" values={{ orcidId: orcid.orcidId }} />
              </Text>
            </Alert>
          ) : (
            <Radio.Group
              label={intl.formatMessage({ id: 'signUp.role' })}
              {...form.getInputProps('role')}
            >
              <Group mt="xs">
                <Radio value="FIRM" label={intl.formatMessage({ id: 'signUp.roleFirm' })} />
                <Radio
                  value="RESEARCHER"
                  label={intl.formatMessage({ id: 'signUp.roleResearcher' })}
                />
              </Group>
            </Radio.Group>
          )}
          <TextInput
            label={intl.formatMessage({ id: 'form.fullName' })}
            autoComplete="name"
            required
            {...form.getInputProps('fullName')}
          />
          <TextInput
            label={intl.formatMessage({ id: 'form.email' })}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'form.password' })}
            description={intl.formatMessage({ id: 'signUp.passwordHint' })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <SegmentedControl
            aria-label={intl.formatMessage({ id: 'signUp.organization' })}
            fullWidth
            // On a phone the two choices share the width, each label wrapping rather than cut.
            styles={{ label: { whiteSpace: 'normal' } }}
            data={[
              { value: 'new', label: intl.formatMessage({ id: 'signUp.newOrganization' }) },
              { value: 'invite', label: intl.formatMessage({ id: 'signUp.joinOrganization' }) },
            ]}
            {...form.getInputProps('joining')}
          />
          {form.values.joining === 'invite' ? (
            <TextInput
              label={intl.formatMessage({ id: 'signUp.inviteCode' })}
              description={intl.formatMessage({ id: 'signUp.inviteCodeHint' })}
              required
              {...form.getInputProps('inviteCode')}
            />
          ) : (
            <>
              <TextInput
                label={intl.formatMessage({ id: 'organization.name' })}
                required
                {...form.getInputProps('organization.name')}
              />
              {form.values.role === 'FIRM' && (
                <>
                  <TextInput
                    label={intl.formatMessage({ id: 'organization.nip' })}
                    description={intl.formatMessage({ id: 'organization.nipHint' })}
                    inputMode="numeric"
                    autoComplete="off"
                    {...form.getInputProps('organization.nip')}
                  />
                  <RegistryLookup
                    nip={form.values.organization.nip}
                    onUse={({ name, city }) => {
                      form.setFieldValue('organization.name', name);
                      if (city) form.setFieldValue('organization.city', city);
                    }}
                  />
                </>
              )}
              {form.values.role === 'RESEARCHER' && (
                <Select
                  label={intl.formatMessage({ id: 'organization.kind' })}
                  data={researchKinds}
                  allowDeselect={false}
                  {...form.getInputProps('organization.kind')}
                />
              )}
              <Group grow>
                <TextInput
                  label={intl.formatMessage({ id: 'organization.city' })}
                  required
                  {...form.getInputProps('organization.city')}
                />
                <Select
                  label={intl.formatMessage({ id: 'organization.region' })}
                  data={[...voivodeships]}
                  searchable
                  allowDeselect={false}
                  {...form.getInputProps('organization.region')}
                />
              </Group>
            </>
          )}
          <Checkbox
            label={
              <FormattedMessage
                id="signUp.acceptLegal"
                values={{
                  terms: (words) => (
                    <Anchor component={Link} to="/legal/terms" target="_blank">
                      {words}
                    </Anchor>
                  ),
                  privacy: (words) => (
                    <Anchor component={Link} to="/legal/privacy" target="_blank">
                      {words}
                    </Anchor>
                  ),
                }}
              />
            }
            {...form.getInputProps('acceptsLegalTexts', { type: 'checkbox' })}
          />
          <Checkbox
            label={intl.formatMessage({ id: 'signUp.emailNotifications' })}
            description={intl.formatMessage({ id: 'signUp.emailNotificationsHint' })}
            {...form.getInputProps('emailNotifications', { type: 'checkbox' })}
          />
          <Button type="submit" loading={loading || !legalTexts.data}>
            <FormattedMessage id="signUp.submit" />
          </Button>
          <Text size="sm" ta="center">
            <FormattedMessage id="signUp.haveAccount" />{' '}
            <Anchor component={Link} to="/sign-in">
              <FormattedMessage id="signIn.link" />
            </Anchor>
          </Text>
        </Stack>
      </form>
    </PublicPage>
  );
}
