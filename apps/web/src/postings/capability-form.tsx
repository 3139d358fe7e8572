import { Select, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { CapabilityQuery as CapabilityData } from '../graphql/generated/graphql';
import { limits } from '@shared/limits';
import { iprStatuses } from '../ui/kinds';
import {
  CollaborationField,
  KeywordsField,
  SectorField,
  TrlField,
  VisibilityField,
} from './editor-fields';
import { EditorFrame, Section } from './editor-frame';
import { useCapabilityForm } from './use-capability-form';

export function CapabilityForm({ existing }: { existing?: CapabilityData['capability'] }) {
  const intl = useIntl();
  const { form, save } = useCapabilityForm(existing);
  return (
    <EditorFrame kind="capability" existing={existing} form={form} save={save}>
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
