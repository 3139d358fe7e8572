import {
  type CapabilityEntity,
  CollaborationType,
  type ImportedFields,
  importableFields,
  IprStatus,
  type Language,
  Visibility,
} from '@app/domain';

/** What a researcher confirms before publishing: the sources say nothing about these. */
const confirmedByTheResearcher = {
  trl: 3,
  iprStatus: IprStatus.NO_IPR_APPLIED,
  collaborationTypes: [CollaborationType.RD_COOPERATION, CollaborationType.CONTRACT_RESEARCH],
  visibility: Visibility.CLUSTER,
  sectors: [],
  methods: [],
  equipment: [],
  team: '',
};

/** A new draft capability's fields: the imported ones, and defaults for the rest. */
export function draftCapabilityValues(
  imported: ImportedFields,
  language: string,
): Partial<CapabilityEntity> {
  return {
    ...confirmedByTheResearcher,
    language: language as Language,
    ...Object.fromEntries(importableFields.map((field) => [field, imported.fields[field]?.value])),
  };
}
