import { useForm } from '@mantine/form';
import { useIntl } from 'react-intl';
import type { Currency, NeedQuery as NeedData } from '../graphql/generated/graphql';
import { createsOnce } from '../graphql/idempotency';
import { useMutation } from '../graphql/use-mutation';
import type { CommonValues } from './editor-fields';
import { common, commonInput, useCommonRules } from './editor-values';
import { CreateNeedMutation, UpdateNeedMutation } from './operations';
import { localToday } from './typed-date';

export interface NeedValues extends CommonValues {
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

/** A need's form: its values and rules, and how it is saved (created, or updated). */
export function useNeedForm(existing?: NeedData['need']) {
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
  const save = async (values: NeedValues) => {
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
  };
  return { form, save };
}
