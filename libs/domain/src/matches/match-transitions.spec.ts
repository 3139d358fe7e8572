import { DomainErrorCode, type DomainException } from '../errors/domain.exception';
import { MatchAction } from './match-event.entity';
import {
  assertCanTake,
  assertLeadsTo,
  matchStepStatuses,
  matchTransitions,
} from './match-transitions';
import { MatchStatus } from './match.entity';

describe('match transitions', () => {
  it('reaches every status and leaves from no status it cannot reach', () => {
    const steps = Object.values(matchTransitions);
    const reached = new Set([MatchStatus.PROPOSED, ...steps.flatMap((step) => step.to)]);
    expect([...reached].sort()).toEqual(Object.values(MatchStatus).sort());
    for (const step of steps) for (const from of step.from) expect(reached).toContain(from);
  });

  it('announces only where a step can lead', () => {
    for (const step of Object.values(matchTransitions)) {
      for (const status of Object.keys(step.announces)) expect(step.to).toContain(status);
    }
  });

  it('gives deadlines to the steps someone must act on: review and both answers', () => {
    expect([...matchStepStatuses]).toEqual([MatchStatus.PROPOSED, MatchStatus.APPROVED]);
  });

  it('refuses a step from any other status with CONFLICT and the status', () => {
    for (const action of Object.values(MatchAction)) {
      const { from } = matchTransitions[action];
      for (const status of Object.values(MatchStatus)) {
        let error: DomainException | undefined;
        try {
          assertCanTake(action, status);
        } catch (thrown) {
          error = thrown as DomainException;
        }
        if (from.includes(status)) expect(error).toBeUndefined();
        else expect(error?.code).toBe(DomainErrorCode.CONFLICT);
      }
    }
  });

  it('treats a step led somewhere the table does not allow as a programming error', () => {
    expect(() => assertLeadsTo(MatchAction.APPROVED, MatchStatus.INTRODUCED)).toThrow(
      'APPROVED cannot lead to INTRODUCED',
    );
    expect(() => assertLeadsTo(MatchAction.RESPONDED, MatchStatus.INTRODUCED)).not.toThrow();
  });
});
