import { type Currency } from '../enums';
import { invalidInput } from '../errors/domain.exception';
import { assertDeadlineNotPast } from '../postings/posting-rules';

export interface NeedTerms {
  trlMin: number;
  trlMax: number;
  budgetMin: number | null;
  budgetMax: number | null;
  currency: Currency | null;
  deadline: string | null;
}

/** Rules that span several fields, checked on the merged need so partial updates obey them too. */
export function assertNeedTermsValid(need: NeedTerms, today: string): void {
  if (need.trlMin > need.trlMax) {
    throw invalidInput(
      'trlMin',
      `trlMin (${need.trlMin}) must not exceed trlMax (${need.trlMax})`,
      'trl-range',
    );
  }
  if (need.currency !== null && need.budgetMin === null && need.budgetMax === null) {
    throw invalidInput('budget', 'A budget needs a minimum or a maximum', 'budget-amount');
  }
  if (need.budgetMin !== null && need.budgetMax !== null && need.budgetMin > need.budgetMax) {
    throw invalidInput(
      'budget.min',
      `budget min (${need.budgetMin}) must not exceed max (${need.budgetMax})`,
      'budget-range',
    );
  }
  assertDeadlineNotPast(need.deadline, today);
}
