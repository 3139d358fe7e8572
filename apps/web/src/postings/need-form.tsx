import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { NeedQuery as NeedData } from '../graphql/generated/graphql';
import { DeadlineInput } from './deadline-input';
import {
  CollaborationField,
  KeywordsField,
  SectorField,
  TrlRangeField,
  VisibilityField,
} from './editor-fields';
import { EditorFrame, Section } from './editor-frame';
import { useNeedForm } from './use-need-form';

export function NeedForm({ existing }: { existing?: NeedData['need'] }) {
  const intl = useIntl();
  const { form, save } = useNeedForm(existing);
  return (
    <EditorFrame kind="need" existing={existing} form={form} save={save}>
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
