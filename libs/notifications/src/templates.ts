import { Language, NotificationEvent } from '@app/domain';

export interface NotificationText {
  title: string;
  body: string;
}

/** What each event says to its reader, in Polish and English. Ids only travel; texts are made here. */
export const notificationTexts: Record<NotificationEvent, Record<Language, NotificationText>> = {
  MATCH_TO_REVIEW: {
    pl: {
      title: 'Nowe dopasowanie do przeglądu',
      body: 'Platforma zaproponowała dopasowanie potrzeby i oferty członków Twojego klastra.',
    },
    en: {
      title: 'New match to review',
      body: "The platform proposed a match between members of your cluster's need and offer.",
    },
  },
  MATCH_APPROVED: {
    pl: {
      title: 'Koordynator polecił dopasowanie',
      body: 'Sprawdź propozycję i odpowiedz, czy jesteś zainteresowany kontaktem.',
    },
    en: {
      title: 'A coordinator recommends a match',
      body: 'Have a look and say whether you would like to be introduced.',
    },
  },
  OTHER_SIDE_INTERESTED: {
    pl: {
      title: 'Druga strona jest zainteresowana',
      body: 'Odpowiedz, a jeśli też jesteś zainteresowany, wymienimy kontakty.',
    },
    en: {
      title: 'The other side is interested',
      body: 'Answer, and if you are interested too, we will exchange contacts.',
    },
  },
  INTRODUCED: {
    pl: {
      title: 'Możecie rozmawiać',
      body: 'Obie strony są zainteresowane. Dane kontaktowe są już widoczne w dopasowaniu.',
    },
    en: {
      title: 'You have been introduced',
      body: 'Both sides are interested. Contact details are now shown on the match.',
    },
  },
  MATCH_REMINDER: {
    pl: {
      title: 'Dopasowanie czeka na Twoją decyzję',
      body: 'Za 3 dni dopasowanie wygaśnie, jeśli nikt go nie rozpatrzy. Zajrzyj do niego teraz.',
    },
    en: {
      title: 'A match is waiting for you',
      body: 'The match expires in 3 days unless someone acts on it. Have a look now.',
    },
  },
  MATCH_EXPIRED: {
    pl: {
      title: 'Dopasowanie wygasło',
      body: 'Termin minął bez decyzji, więc dopasowanie zostało zamknięte.',
    },
    en: {
      title: 'A match has expired',
      body: 'The deadline passed without a decision, so the match was closed.',
    },
  },
  MEETING_PROPOSED: {
    pl: {
      title: 'Propozycja spotkania',
      body: 'Druga strona proponuje terminy spotkania. Wybierz jeden albo zaproponuj inne.',
    },
    en: {
      title: 'A meeting is proposed',
      body: 'The other side offers times for a meeting. Pick one, or offer others.',
    },
  },
  MEETING_CONFIRMED: {
    pl: {
      title: 'Spotkanie ustalone',
      body: 'Termin spotkania został wybrany. Zaproszenie do kalendarza jest w załączniku i w dopasowaniu.',
    },
    en: {
      title: 'The meeting is set',
      body: 'A time was picked. The calendar invitation is attached, and on the match.',
    },
  },
  MEETING_CANCELLED: {
    pl: {
      title: 'Spotkanie odwołane',
      body: 'Spotkanie zostało odwołane. Załącznik usuwa je z kalendarza.',
    },
    en: {
      title: 'The meeting is cancelled',
      body: 'The meeting was cancelled. The attachment removes it from your calendar.',
    },
  },
  MEETING_FOLLOW_UP: {
    pl: {
      title: 'Jak poszło spotkanie?',
      body: 'Daj znać jednym kliknięciem, czy spotkanie się odbyło.',
    },
    en: {
      title: 'How did the meeting go?',
      body: 'Say with one click whether the meeting took place.',
    },
  },
  POSTING_EXPIRING: {
    pl: {
      title: 'Twoje ogłoszenie wkrótce wygaśnie',
      body: 'Za niecałe 14 dni ogłoszenie zniknie z platformy. Opublikuj je ponownie, aby je przedłużyć.',
    },
    en: {
      title: 'Your posting expires soon',
      body: 'In less than 14 days the posting leaves the platform. Publish it again to renew it.',
    },
  },
};

/** What a stored notification says beyond its event: the proposals' posting and count. */
export interface NotificationDetails {
  matchCount?: number | null;
  subjectTitle?: string | null;
}

const polishProposals = (count: number) => {
  const lastDigit = count % 10;
  const teen = count % 100 >= 12 && count % 100 <= 14;
  if (count === 1) return 'nowe dopasowanie';
  return lastDigit >= 2 && lastDigit <= 4 && !teen
    ? `${count} nowe dopasowania`
    : `${count} nowych dopasowań`;
};

/**
 * The text of one notification: the event's words, and for the proposals of a matching run the
 * posting they are for and how many (one notice per posting, not one per match).
 */
export function notificationText(
  event: NotificationEvent,
  language: Language,
  { matchCount, subjectTitle }: NotificationDetails = {},
): NotificationText {
  const text = notificationTexts[event][language];
  if (event !== NotificationEvent.MATCH_TO_REVIEW || !matchCount || !subjectTitle) return text;
  return language === Language.pl
    ? {
        title: `Do przeglądu: ${polishProposals(matchCount)} dla „${subjectTitle}”`,
        body: `Platforma zaproponowała ${polishProposals(matchCount)} dla ogłoszenia „${subjectTitle}” członka Twojego klastra.`,
      }
    : {
        title: `To review: ${matchCount === 1 ? 'a new match' : `${matchCount} new matches`} for “${subjectTitle}”`,
        body: `The platform proposed ${matchCount === 1 ? 'a new match' : `${matchCount} new matches`} for “${subjectTitle}”, posted by a member of your cluster.`,
      };
}

/** Where a notification leads in the app (a path, for links in pages and e-mails). */
export function notificationPath({
  event,
  matchId,
  needId,
  capabilityId,
}: {
  event: NotificationEvent;
  matchId?: string | null;
  needId?: string | null;
  capabilityId?: string | null;
}): string {
  if (matchId) return `/matches/${matchId}`;
  const postingId = needId ?? capabilityId;
  // A posting's proposals are waiting in the queue; the posting page would not show them.
  if (event === NotificationEvent.MATCH_TO_REVIEW) return `/review?posting=${postingId}`;
  return needId ? `/needs/${needId}` : `/capabilities/${capabilityId}`;
}
