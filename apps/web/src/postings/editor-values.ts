import { useIntl } from 'react-intl';
import type { CollaborationType } from '../graphql/generated/graphql';
import type { CommonValues } from './editor-fields';

/** The fields both kinds share, as the form starts them: from the posting, or empty. */
export const common = (existing?: Partial<CommonValues> & { language?: string }): CommonValues => ({
  title: existing?.title ?? '',
  summary: existing?.summary ?? '',
  description: existing?.description ?? '',
  sectors: existing?.sectors ?? [],
  collaborationTypes: existing?.collaborationTypes ?? [],
  visibility: existing?.visibility ?? 'PUBLIC',
  language: (existing?.language as CommonValues['language']) ?? '',
});

/** The rules both kinds' fields share. */
export function useCommonRules() {
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

/** The shared fields as the api takes them: trimmed, language only when chosen. */
export const commonInput = (values: CommonValues) => ({
  title: values.title.trim(),
  summary: values.summary.trim(),
  description: values.description.trim(),
  sectors: values.sectors,
  collaborationTypes: values.collaborationTypes as CollaborationType[],
  visibility: values.visibility,
  ...(values.language ? { language: values.language } : {}),
});
