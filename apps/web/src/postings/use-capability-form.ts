import { useForm } from '@mantine/form';
import type { CapabilityQuery as CapabilityData, IprStatus } from '../graphql/generated/graphql';
import { createsOnce } from '../graphql/idempotency';
import { useMutation } from '../graphql/use-mutation';
import type { CommonValues } from './editor-fields';
import { common, commonInput, useCommonRules } from './editor-values';
import { CreateCapabilityMutation, UpdateCapabilityMutation } from './operations';

export interface CapabilityValues extends CommonValues {
  expertiseKeywords: string[];
  methods: string[];
  equipment: string[];
  publications: string[];
  team: string;
  trl: number;
  iprStatus: IprStatus;
}

/** A capability's form: its values and rules, and how it is saved (created, or updated). */
export function useCapabilityForm(existing?: CapabilityData['capability']) {
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
  const save = async (values: CapabilityValues) => {
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
      return (await update({ variables: { id: existing.id, input } })).data?.updateCapability.id;
    return (await create({ variables: { input }, context: createsOnce })).data?.createCapability.id;
  };
  return { form, save };
}
