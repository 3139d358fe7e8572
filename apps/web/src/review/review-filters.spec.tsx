import { MantineProvider, NumberInput, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { AppRouter } from '../layout/app-router';
import { useReviewFilters } from './review-filters';

function Filters() {
  const [filters, update] = useReviewFilters();
  return (
    <>
      <NumberInput
        label="min"
        value={filters.minScore}
        onChange={(value) => update({ minScore: String(value) })}
        clampBehavior="none"
        suffix="%"
      />
      <TextInput
        label="city"
        value={filters.city}
        onChange={(event) => update({ city: event.currentTarget.value })}
      />
    </>
  );
}

/** Types as the browser does: outside React's act(), so nothing is flushed for the test. */
function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('filters kept in the URL', () => {
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  beforeEach(() => window.history.replaceState(null, '', '/review'));
  afterEach(() => (actEnvironment.IS_REACT_ACT_ENVIRONMENT = true));
  /** Lets React finish what it scheduled, as the browser would between two user actions. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => {});
  };

  const renderFilters = () => {
    render(
      <MantineProvider>
        <AppRouter>
          <Filters />
        </AppRouter>
      </MantineProvider>,
    );
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  };
  const searchParam = (name: string) => new URLSearchParams(window.location.search).get(name);

  it('keep every keystroke', async () => {
    renderFilters();
    const city = screen.getByLabelText<HTMLInputElement>('city');
    type(city, 'R');
    expect(city.value).toBe('R');
    type(city, 'Ra');
    expect(city.value).toBe('Ra');
    await settle();
    expect(searchParam('city')).toBe('Ra');
  });

  it('keep a score typed and left at once, not the one before it', async () => {
    renderFilters();
    const score = screen.getByLabelText<HTMLInputElement>('min');
    type(score, '99');
    await settle();
    expect(score.value).toBe('99%');
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    type(score, '150');
    // The number input sends its value again when left, as a number: before the fix, the one
    // it was last given (99), which replaced the 150 in the URL while the field still showed it.
    score.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await settle();
    expect(score.value).toBe('150%');
    expect(searchParam('minScore')).toBe('150');
  });
});
