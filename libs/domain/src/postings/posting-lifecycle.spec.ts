import { PostingStatus } from '../enums';
import { DomainException } from '../errors/domain.exception';
import { assertActionAllowed, PostingAction } from './posting-lifecycle';

describe('posting lifecycle', () => {
  const cases: [PostingAction, PostingStatus, boolean][] = [
    [PostingAction.PUBLISH, PostingStatus.DRAFT, true],
    [PostingAction.PUBLISH, PostingStatus.PAUSED, true],
    [PostingAction.PUBLISH, PostingStatus.EXPIRED, true],
    [PostingAction.PUBLISH, PostingStatus.PUBLISHED, false],
    [PostingAction.PUBLISH, PostingStatus.CLOSED, false],
    [PostingAction.PAUSE, PostingStatus.PUBLISHED, true],
    [PostingAction.PAUSE, PostingStatus.DRAFT, false],
    [PostingAction.CLOSE, PostingStatus.PUBLISHED, true],
    [PostingAction.CLOSE, PostingStatus.CLOSED, false],
    [PostingAction.EDIT, PostingStatus.PAUSED, true],
    [PostingAction.EDIT, PostingStatus.CLOSED, false],
  ];

  it.each(cases)('%s from %s allowed: %s', (action, status, allowed) => {
    const attempt = () => assertActionAllowed(action, status);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(DomainException);
  });

  it('reports the current state in a conflict', () => {
    try {
      assertActionAllowed(PostingAction.PUBLISH, PostingStatus.PUBLISHED);
    } catch (error) {
      expect((error as DomainException).details.currentState).toBe('PUBLISHED');
    }
    expect.assertions(1);
  });
});
