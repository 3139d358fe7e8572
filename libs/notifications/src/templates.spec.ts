import { Language, NotificationEvent } from '@app/domain';
import { notificationPath, notificationText } from './templates';

const { MATCH_TO_REVIEW, POSTING_EXPIRING } = NotificationEvent;

describe('a notice of proposals', () => {
  it('names the posting and counts its proposals with the plural each language needs', () => {
    const title = (count: number, language: Language) =>
      notificationText(MATCH_TO_REVIEW, language, { matchCount: count, subjectTitle: 'Spawanie' })
        .title;
    expect(title(1, Language.pl)).toBe('Do przeglądu: nowe dopasowanie dla „Spawanie”');
    expect(title(3, Language.pl)).toBe('Do przeglądu: 3 nowe dopasowania dla „Spawanie”');
    expect(title(5, Language.pl)).toBe('Do przeglądu: 5 nowych dopasowań dla „Spawanie”');
    expect(title(12, Language.pl)).toBe('Do przeglądu: 12 nowych dopasowań dla „Spawanie”');
    expect(title(22, Language.pl)).toBe('Do przeglądu: 22 nowe dopasowania dla „Spawanie”');
    expect(title(1, Language.en)).toBe('To review: a new match for “Spawanie”');
    expect(title(7, Language.en)).toBe('To review: 7 new matches for “Spawanie”');
  });

  it('keeps the event’s own words for notices stored before they had a posting', () => {
    expect(notificationText(MATCH_TO_REVIEW, Language.pl).title).toBe(
      'Nowe dopasowanie do przeglądu',
    );
  });

  it('leads to the match, else to the queue of the posting’s proposals, else to the posting', () => {
    expect(notificationPath({ event: MATCH_TO_REVIEW, matchId: 'm1', needId: null })).toBe(
      '/matches/m1',
    );
    expect(notificationPath({ event: MATCH_TO_REVIEW, needId: 'n1' })).toBe('/review?posting=n1');
    expect(notificationPath({ event: MATCH_TO_REVIEW, capabilityId: 'c1' })).toBe(
      '/review?posting=c1',
    );
    expect(notificationPath({ event: POSTING_EXPIRING, capabilityId: 'c1' })).toBe(
      '/capabilities/c1',
    );
    expect(notificationPath({ event: POSTING_EXPIRING, needId: 'n1' })).toBe('/needs/n1');
  });
});
