import { Currency } from '../enums';
import { DomainErrorCode, DomainException } from '../errors/domain.exception';
import { assertNeedTermsValid, type NeedTerms } from './need-rules';

const valid: NeedTerms = {
  trlMin: 4,
  trlMax: 7,
  budgetMin: 10_000,
  budgetMax: 50_000,
  currency: Currency.PLN,
  deadline: '2027-03-01',
};

function fieldOf(terms: Partial<NeedTerms>): string | undefined {
  try {
    assertNeedTermsValid({ ...valid, ...terms }, '2026-11-26');
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe(DomainErrorCode.INVALID_INPUT);
    return (error as DomainException).details.fieldErrors?.[0]?.field;
  }
}

describe('need terms', () => {
  it('accepts a consistent need', () => {
    expect(fieldOf({})).toBeUndefined();
    expect(
      fieldOf({
        trlMin: 5,
        trlMax: 5,
        budgetMin: null,
        budgetMax: null,
        currency: null,
        deadline: null,
      }),
    ).toBeUndefined();
  });

  it('rejects an inverted TRL range', () =>
    expect(fieldOf({ trlMin: 8, trlMax: 3 })).toBe('trlMin'));

  it('rejects a currency without any amount, which the database would refuse', () => {
    expect(fieldOf({ budgetMin: null, budgetMax: null })).toBe('budget');
    expect(fieldOf({ budgetMin: null })).toBeUndefined();
  });

  it('rejects a budget whose minimum exceeds its maximum', () =>
    expect(fieldOf({ budgetMin: 60_000 })).toBe('budget.min'));

  it('rejects a deadline before today but accepts today', () => {
    expect(fieldOf({ deadline: '2026-11-25' })).toBe('deadline');
    expect(fieldOf({ deadline: '2026-11-26' })).toBeUndefined();
  });

  it('rejects impossible calendar dates', () =>
    expect(fieldOf({ deadline: '2027-02-30' })).toBe('deadline'));
});
