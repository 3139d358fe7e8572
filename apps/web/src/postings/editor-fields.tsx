import {
  Checkbox,
  Radio,
  RangeSlider,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import { limits } from '@shared/limits';
import { collaborationTypes, visibilities } from '../ui/kinds';
import { SectorSelect } from '../ui/sector-select';

/** What needs and capabilities both have. */
export interface CommonValues {
  title: string;
  summary: string;
  description: string;
  sectors: string[];
  collaborationTypes: string[];
  visibility: (typeof visibilities)[number];
  language: '' | 'pl' | 'en';
}

export type Form<V extends CommonValues> = UseFormReturnType<V>;

export function TextFields<V extends CommonValues>({ form }: { form: Form<V> }) {
  const intl = useIntl();
  const counter = (value: string, max: number) =>
    intl.formatMessage({ id: 'form.counter' }, { used: value.length, max });
  return (
    <Stack>
      <TextInput
        label={intl.formatMessage({ id: 'posting.title' })}
        description={counter(form.values.title, limits.title)}
        required
        maxLength={limits.title}
        {...form.getInputProps('title')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'posting.summary' })}
        description={counter(form.values.summary, limits.summary)}
        required
        autosize
        minRows={2}
        maxLength={limits.summary}
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={intl.formatMessage({ id: 'posting.description' })}
        description={counter(form.values.description, limits.description)}
        required
        autosize
        minRows={6}
        maxLength={limits.description}
        {...form.getInputProps('description')}
      />
      <Select
        label={intl.formatMessage({ id: 'posting.language' })}
        description={intl.formatMessage({ id: 'posting.languageHint' })}
        data={[
          { value: '', label: intl.formatMessage({ id: 'posting.languageAuto' }) },
          { value: 'pl', label: intl.formatMessage({ id: 'language.pl' }) },
          { value: 'en', label: intl.formatMessage({ id: 'language.en' }) },
        ]}
        allowDeselect={false}
        {...form.getInputProps('language')}
      />
    </Stack>
  );
}

export function SectorField<V extends CommonValues>({ form }: { form: Form<V> }) {
  const intl = useIntl();
  const props = form.getInputProps('sectors');
  return (
    <SectorSelect
      value={props.value as string[]}
      onChange={props.onChange as (value: string[]) => void}
      error={props.error as string | undefined}
      description={intl.formatMessage({ id: 'posting.sectorsHint' })}
    />
  );
}

export function KeywordsField<V extends CommonValues>({
  form,
  path,
  label,
  description,
  max = limits.keywordsPerKind,
}: {
  form: Form<V>;
  path: string;
  label: string;
  description?: string;
  max?: number;
}) {
  const intl = useIntl();
  return (
    <TagsInput
      label={label}
      description={description ?? intl.formatMessage({ id: 'posting.keywordsHint' }, { max })}
      maxTags={max}
      clearable
      splitChars={[',', ';']}
      {...form.getInputProps(path)}
    />
  );
}

export function CollaborationField<V extends CommonValues>({ form }: { form: Form<V> }) {
  const intl = useIntl();
  return (
    <Checkbox.Group
      label={intl.formatMessage({ id: 'posting.collaborationTypes' })}
      required
      {...form.getInputProps('collaborationTypes')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {collaborationTypes.map((type) => (
          <Checkbox
            key={type}
            value={type}
            label={intl.formatMessage({ id: `collaboration.${type}` })}
            description={intl.formatMessage({ id: `collaboration.${type}.help` })}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

export function VisibilityField<V extends CommonValues>({
  form,
  kind,
}: {
  form: Form<V>;
  kind: 'need' | 'capability';
}) {
  const intl = useIntl();
  return (
    <Radio.Group
      label={intl.formatMessage({ id: 'posting.visibility' })}
      {...form.getInputProps('visibility')}
    >
      <Stack mt="xs" gap="xs">
        {visibilities
          .filter((visibility) => kind === 'need' || visibility !== 'ANONYMOUS')
          .map((visibility) => (
            <Radio
              key={visibility}
              value={visibility}
              label={intl.formatMessage({ id: `visibility.${visibility}` })}
              description={intl.formatMessage({ id: `visibility.${visibility}.help` })}
            />
          ))}
      </Stack>
    </Radio.Group>
  );
}

const trlMarks = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((value) => ({ value, label: String(value) }));

/** A need accepts a TRL range; the meaning of the chosen levels is spelled out below. */
export function TrlRangeField({
  value,
  onChange,
  error,
}: {
  value: [number, number];
  onChange: (value: [number, number]) => void;
  error?: string;
}) {
  const intl = useIntl();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="trl-label">
        {intl.formatMessage({ id: 'need.trlRange' })}
      </Text>
      <Text size="xs" c="dimmed">
        {intl.formatMessage({ id: 'need.trlRangeHint' })}
      </Text>
      <RangeSlider
        min={1}
        max={9}
        step={1}
        minRange={0}
        marks={trlMarks}
        value={value}
        onChange={onChange}
        thumbFromLabel={intl.formatMessage({ id: 'need.trlMin' })}
        thumbToLabel={intl.formatMessage({ id: 'need.trlMax' })}
        mb="lg"
      />
      <TrlMeaning levels={value[0] === value[1] ? [value[0]] : [value[0], value[1]]} />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

export function TrlField({
  value,
  onChange,
}: {
  value: number;
  onChange: (value: number) => void;
}) {
  const intl = useIntl();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {intl.formatMessage({ id: 'capability.trl' })}
      </Text>
      <Slider
        min={1}
        max={9}
        step={1}
        marks={trlMarks}
        value={value}
        onChange={onChange}
        thumbLabel={intl.formatMessage({ id: 'capability.trl' })}
        mb="lg"
      />
      <TrlMeaning levels={[value]} />
    </Stack>
  );
}

function TrlMeaning({ levels }: { levels: number[] }) {
  const intl = useIntl();
  return (
    <Stack gap={2} aria-live="polite">
      {levels.map((level) => (
        <Text key={level} size="sm">
          <strong>TRL {level}</strong> — {intl.formatMessage({ id: `trl.${level}` as 'trl.1' })}
        </Text>
      ))}
    </Stack>
  );
}
