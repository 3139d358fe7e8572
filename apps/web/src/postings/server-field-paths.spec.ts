import { toFormErrors } from './server-field-paths';

describe('toFormErrors', () => {
  it('puts the API’s field paths on the editor’s fields', () => {
    expect(
      toFormErrors({
        trlMin: 'lowest above highest',
        'budget.min': 'min above max',
        'technologyKeywords[2]': 'too long',
        title: 'required',
      }),
    ).toEqual({
      trl: 'lowest above highest',
      budgetMin: 'min above max',
      technologyKeywords: 'too long',
      title: 'required',
    });
  });

  it('keeps the first message when two paths land on one field', () => {
    expect(toFormErrors({ trlMin: 'first', trlMax: 'second' })).toEqual({ trl: 'first' });
  });
});
