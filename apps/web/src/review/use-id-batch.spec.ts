import { act, renderHook } from '@testing-library/react';
import { useIdBatch } from './use-id-batch';

describe('useIdBatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('hands a burst of ids over once, each id once, after the burst goes quiet', () => {
    const flush = jest.fn();
    const { result } = renderHook(() => useIdBatch(flush, 250));
    act(() => {
      for (const id of ['a', 'b', 'a', 'c']) {
        result.current(id);
        jest.advanceTimersByTime(100);
      }
    });
    expect(flush).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(250));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(flush).toHaveBeenCalledWith(['a', 'b', 'c']);

    act(() => {
      result.current('d');
      jest.advanceTimersByTime(250);
    });
    expect(flush).toHaveBeenLastCalledWith(['d']);
  });

  it('drops what is pending when the page goes away', () => {
    const flush = jest.fn();
    const { result, unmount } = renderHook(() => useIdBatch(flush, 250));
    act(() => result.current('a'));
    unmount();
    jest.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});
