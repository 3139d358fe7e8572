import '@mantine/dates/styles.css';
import 'dayjs/locale/pl';
import { useQuery } from '@apollo/client/react';
import { useMutation } from '../graphql/use-mutation';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import type {
  CapabilityQuery as CapabilityData,
  CollaborationType,
  Currency,
  IprStatus,
  NeedQuery as NeedData,
} from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-provider';
import { useServerFieldErrors } from '../i18n/use-field-errors';
import { LoadError, PageLoader } from '../layout/page-state';
import { focusFirstError } from '../layout/focus-first-error';
import { useOneAtATime } from '../layout/use-one-at-a-time';
import { useUnsavedWork } from './use-unsaved-work';
import { limits } from '@shared/limits';
import {
  CollaborationField,
  type CommonValues,
  type Form,
  KeywordsField,
  SectorField,
  TextFields,
  TrlField,
  TrlRangeField,
  VisibilityField,
} from './editor-fields';
import { iprStatuses, type PostingKind, postingPath } from '../ui/kinds';
import {
  CapabilityQuery,
  CreateCapabilityMutation,
  CreateNeedMutation,
  NeedQuery,
  UpdateCapabilityMutation,
  UpdateNeedMutation,
} from './operations';
import { DeadlineInput } from './deadline-input';
import { toFormErrors } from './server-field-paths';
import { localToday } from './typed-date';
import { usePostingActions } from './use-posting-actions';
import { createsOnce } from '../graphql/idempotency';

export function EditorPage({ kind }: { kind: PostingKind }) {
  const { id } = useParams();
  const need = useQuery(NeedQuery, { variables: { id: id ?? '' }, skip: !id || kind !== 'need' });
  const capability = useQuery(CapabilityQuery, {
    variables: { id: id ?? '' },
    skip: !id || kind !== 'capability',
  });
  const { locale } = useLocale();
  const loaded = kind === 'need' ? need : capability;
  if (id && loaded.error) return <LoadError error={loaded.error} retry={loaded.refetch} />;
  if (id && !loaded.data) return <PageLoader />;
  return (
    <DatesProvider settings={{ locale }}>
      {kind === 'need' ? (
        <NeedForm existing={need.data?.need} />
      ) : (
        <CapabilityForm existing={capability.data?.capability} />
      )}
    </DatesProvider>
  );
}

const common = (existing?: Partial<CommonValues> & { language?: string }): CommonValues => ({
  title: existing?.title ?? '',
  summary: existing?.summary ?? '',
  description: existing?.description ?? '',
  sectors: existing?.sectors ?? [],
  collaborationTypes: existing?.collaborationTypes ?? [],
  visibility: existing?.visibility ?? 'PUBLIC',
  language: (existing?.language as CommonValues['language']) ?? '',
});

function useCommonRules() {
  const intl = useIntl();
  const required = (value: string) =>
    value.trim() ? null : intl.formatMessage({ id: 'form.required' });
  return {
    title: required,
    summary: required,
    description: required,
    collaborationTypes: (value: string[]) =>
      value.length ? null : intl.formatMessage({ id: 'rule.arrayMinSize' }),
  };
}

const commonInput = (values: CommonValues) => ({
  title: values.title.trim(),
  summary: values.summary.trim(),
  description: values.description.trim(),
  sectors: values.sectors,
  collaborationTypes: values.collaborationTypes as CollaborationType[],
  visibility: values.visibility,
  ...(values.language ? { language: values.language } : {}),
});

interface NeedValues extends CommonValues {
  technologyKeywords: string[];
  marketKeywords: string[];
  trl: [number, number];
  budgetMin: number | '';
  budgetMax: number | '';
  currency: Currency;
  deadline: string | null;
  /** What was typed in the deadline when it is no date; never sent. */
  unreadableDeadline: string;
}

function NeedForm({ existing }: { existing?: NeedData['need'] }) {
  const intl = useIntl();
  const notNegative = (value: number | '') =>
    value === ''
      ? null
      : value < 0
        ? intl.formatMessage({ id: 'rule.budget-negative' })
        : Number.isInteger(value)
          ? null
          : intl.formatMessage({ id: 'rule.budget-whole' });
  const form = useForm<NeedValues>({
    initialValues: {
      ...common(existing),
      technologyKeywords: existing?.technologyKeywords ?? [],
      marketKeywords: existing?.marketKeywords ?? [],
      trl: [existing?.trlMin ?? 4, existing?.trlMax ?? 7],
      budgetMin: existing?.budget?.min ?? '',
      budgetMax: existing?.budget?.max ?? '',
      currency: existing?.budget?.currency ?? 'PLN',
      deadline: existing?.deadline ?? null,
      unreadableDeadline: '',
    },
    validate: {
      ...useCommonRules(),
      budgetMin: (value) => notNegative(value),
      budgetMax: (value, values) =>
        notNegative(value) ??
        (value !== '' && values.budgetMin !== '' && value < values.budgetMin
          ? intl.formatMessage({ id: 'rule.budget-range' })
          : null),
      deadline: (value, values) =>
        values.unreadableDeadline
          ? intl.formatMessage({ id: 'rule.calendar-date' })
          : value && value < localToday()
            ? intl.formatMessage({ id: 'rule.deadline-past' })
            : null,
    },
  });
  const [create] = useMutation(CreateNeedMutation);
  const [update] = useMutation(UpdateNeedMutation);
  const toInput = (values: NeedValues) => {
    const budget =
      values.budgetMin === '' && values.budgetMax === ''
        ? null
        : {
            currency: values.currency,
            ...(values.budgetMin !== '' ? { min: values.budgetMin } : {}),
            ...(values.budgetMax !== '' ? { max: values.budgetMax } : {}),
          };
    return {
      ...commonInput(values),
      technologyKeywords: values.technologyKeywords,
      marketKeywords: values.marketKeywords,
      trlMin: values.trl[0],
      trlMax: values.trl[1],
      deadline: values.deadline || null,
      ...(budget || existing ? { budget } : {}),
    };
  };
  return (
    <EditorFrame
      kind="need"
      existing={existing}
      form={form}
      save={async (values) => {
        const input = toInput(values);
        if (existing)
          return (await update({ variables: { id: existing.id, input } })).data?.updateNeed.id;
        const { deadline, budget, ...rest } = input;
        const created = await create({
          variables: {
            input: { ...rest, ...(deadline ? { deadline } : {}), ...(budget ? { budget } : {}) },
          },
          context: createsOnce,
        });
        return created.data?.createNeed.id;
      }}
    >
      <Section title={intl.formatMessage({ id: 'editor.section.classification' })}>
        <SectorField form={form} />
        <KeywordsField
          form={form}
          path="technologyKeywords"
          label={intl.formatMessage({ id: 'need.technologyKeywords' })}
        />
        <KeywordsField
          form={form}
          path="marketKeywords"
          label={intl.formatMessage({ id: 'need.marketKeywords' })}
        />
        <TrlRangeField
          value={form.values.trl}
          onChange={(value) => form.setFieldValue('trl', value)}
          error={form.errors.trl as string | undefined}
        />
      </Section>
      <Section title={intl.formatMessage({ id: 'editor.section.terms' })}>
        <CollaborationField form={form} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={intl.formatMessage({ id: 'need.budgetMin' })}
            clampBehavior="none"
            thousandSeparator=" "
            {...form.getInputProps('budgetMin')}
          />
          <NumberInput
            label={intl.formatMessage({ id: 'need.budgetMax' })}
            clampBehavior="none"
            thousandSeparator=" "
            {...form.getInputProps('budgetMax')}
          />
          <Select
            label={intl.formatMessage({ id: 'need.currency' })}
            data={['PLN', 'EUR']}
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
        </SimpleGrid>
        <DeadlineInput
          value={form.values.deadline}
          onChange={(value) => form.setFieldValue('deadline', value)}
          onUnreadable={(text) => form.setFieldValue('unreadableDeadline', text)}
          error={form.errors.deadline as string | undefined}
        />
        <VisibilityField form={form} kind="need" />
      </Section>
    </EditorFrame>
  );
}

interface CapabilityValues extends CommonValues {
  expertiseKeywords: string[];
  methods: string[];
  equipment: string[];
  publications: string[];
  team: string;
  trl: number;
  iprStatus: IprStatus;
}

function CapabilityForm({ existing }: { existing?: CapabilityData['capability'] }) {
  const intl = useIntl();
  const form = useForm<CapabilityValues>({
    initialValues: {
      ...common(existing),
      expertiseKeywords: existing?.expertiseKeywords ?? [],
      methods: existing?.methods ?? [],
      equipment: existing?.equipment ?? [],
      publications: existing?.publications ?? [],
      team: existing?.team ?? '',
      trl: existing?.trl ?? 4,
      iprStatus: existing?.iprStatus ?? 'NO_IPR_APPLIED',
    },
    validate: useCommonRules(),
  });
  const [create] = useMutation(CreateCapabilityMutation);
  const [update] = useMutation(UpdateCapabilityMutation);
  return (
    <EditorFrame
      kind="capability"
      existing={existing}
      form={form}
      save={async (values) => {
        const input = {
          ...commonInput(values),
          expertiseKeywords: values.expertiseKeywords,
          methods: values.methods,
          equipment: values.equipment,
          publications: values.publications,
          team: values.team.trim(),
          trl: values.trl,
          iprStatus: values.iprStatus,
        };
        if (existing)
          return (await update({ variables: { id: existing.id, input } })).data?.updateCapability
            .id;
        return (await create({ variables: { input }, context: createsOnce })).data?.createCapability
          .id;
      }}
    >
      <Section title={intl.formatMessage({ id: 'editor.section.classification' })}>
        <SectorField form={form} />
        <KeywordsField
          form={form}
          path="expertiseKeywords"
          label={intl.formatMessage({ id: 'capability.expertiseKeywords' })}
        />
        <KeywordsField
          form={form}
          path="methods"
          label={intl.formatMessage({ id: 'capability.methods' })}
          max={limits.listItems}
        />
        <KeywordsField
          form={form}
          path="equipment"
          label={intl.formatMessage({ id: 'capability.equipment' })}
          max={limits.listItems}
        />
        <TrlField value={form.values.trl} onChange={(value) => form.setFieldValue('trl', value)} />
        <Select
          label={intl.formatMessage({ id: 'capability.iprStatus' })}
          data={iprStatuses.map((status) => ({
            value: status,
            label: intl.formatMessage({ id: `ipr.${status}` }),
          }))}
          allowDeselect={false}
          {...form.getInputProps('iprStatus')}
        />
      </Section>
      <Section title={intl.formatMessage({ id: 'editor.section.terms' })}>
        <CollaborationField form={form} />
        <TextInput
          label={intl.formatMessage({ id: 'capability.team' })}
          maxLength={limits.team}
          {...form.getInputProps('team')}
        />
        <KeywordsField
          form={form}
          path="publications"
          label={intl.formatMessage({ id: 'capability.publications' })}
          description={intl.formatMessage({ id: 'capability.publicationsHint' })}
          max={limits.publications}
        />
        <VisibilityField form={form} kind="capability" />
      </Section>
    </EditorFrame>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
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
function EditorFrame<V extends CommonValues>({
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
