import { act, renderHook } from '@testing-library/react';
import { useSelection } from './use-selection';

describe('useSelection', () => {
  it('toggles, selects a set of ids and drops the ones decided', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.toggle('a'));
    act(() => result.current.toggle('b'));
    act(() => result.current.toggle('a'));
    expect([...result.current.selected]).toEqual(['b']);
    act(() => result.current.selectOnly(['c', 'd', 'e']));
    expect([...result.current.selected]).toEqual(['c', 'd', 'e']);
    act(() => result.current.drop(new Set(['d', 'x'])));
    expect([...result.current.selected]).toEqual(['c', 'e']);
    act(() => result.current.selectOnly([]));
    expect(result.current.selected.size).toBe(0);
  });

  it('keeps its functions across renders, so rows memoised on them do not redraw', () => {
    const { result, rerender } = renderHook(() => useSelection());
    const { toggle, selectOnly, drop } = result.current;
    act(() => result.current.toggle('a'));
    rerender();
    expect(result.current.toggle).toBe(toggle);
    expect(result.current.selectOnly).toBe(selectOnly);
    expect(result.current.drop).toBe(drop);
  });
});
