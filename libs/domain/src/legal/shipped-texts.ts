import type { Language } from '../enums';

/**
 * The texts shipped with the app, for a cluster that has not written its own yet. The operator
 * replaces them (`LEGAL_TEXTS_DIR`) with the wording its lawyer approved; a new version line
 * asks every user to accept again.
 */
export const shippedLegalTexts: Record<'TERMS' | 'PRIVACY', Record<Language, string>> = {
  TERMS: {
    pl: `version: 2026-12-05

Regulamin platformy kojarzenia nauki i biznesu

1. Platformę prowadzi operator klastra (dalej: operator). Służy ona do publikowania potrzeb technologicznych firm i ofert badawczych naukowców oraz do kojarzenia ich przez koordynatorów klastra.
2. Konto zakłada osoba fizyczna w imieniu organizacji, którą reprezentuje. Użytkownik odpowiada za prawdziwość danych i za to, że ma prawo publikować treści w imieniu organizacji.
3. Potrzeby oznaczone jako anonimowe nie ujawniają nazwy ani miejsca firmy, dopóki obie strony nie zgodzą się na przedstawienie przez koordynatora.
4. Propozycje dopasowań są wyliczane automatycznie i oceniane przez koordynatorów; nie stanowią oferty ani zobowiązania żadnej ze stron.
5. Nie wolno publikować treści bezprawnych, cudzych tajemnic przedsiębiorstwa ani danych osobowych osób trzecich bez podstawy prawnej.
6. Operator może zawiesić konto naruszające regulamin. Użytkownik może w każdej chwili zrezygnować z konta, zwracając się do operatora.
7. Zmiana regulaminu obowiązuje od chwili jej zaakceptowania; do tego czasu konto pozwala tylko przeglądać.`,
    en: `version: 2026-12-05

Terms of use of the science–business matchmaking platform

1. The platform is run by the cluster's operator (the operator). It is for firms to publish technology needs and researchers to publish research offers, and for the cluster's coordinators to match them.
2. An account is opened by a person on behalf of the organisation they represent. Users answer for the truth of their data and for their right to publish on the organisation's behalf.
3. Needs marked anonymous do not show the firm's name or place until both sides agree to an introduction by a coordinator.
4. Proposed matches are computed automatically and reviewed by coordinators; they are neither an offer nor a commitment of either side.
5. Do not publish unlawful content, other people's trade secrets, or third persons' personal data without a legal basis.
6. The operator may suspend an account that breaks these terms. Users may give up their account at any time by asking the operator.
7. A change of these terms applies once accepted; until then the account can only browse.`,
  },
  PRIVACY: {
    pl: `version: 2026-12-05

Informacja o przetwarzaniu danych osobowych

Administratorem danych jest operator klastra prowadzący platformę.

Jakie dane: imię i nazwisko, adres e-mail, telefon (jeśli podany), organizacja i rola, treści opublikowane na platformie, propozycje dopasowań i decyzje w nich, powiadomienia i wysłane wiadomości e-mail, sesje logowania (adres IP w dzienniku prób logowania), identyfikator ORCID (jeśli połączony), zgody i akceptacje tych tekstów.

Cel i podstawa: prowadzenie konta i kojarzenie partnerów (art. 6 ust. 1 lit. b RODO), bezpieczeństwo platformy (art. 6 ust. 1 lit. f), powiadomienia e-mail według wybranych ustawień.

Odbiorcy: druga strona dopasowania widzi Twoje dane kontaktowe dopiero po przedstawieniu, na które obie strony się zgodziły; koordynatorzy klastra widzą propozycje dotyczące ich klastra; dostawcy hostingu i poczty na zlecenie operatora.

Okresy przechowywania (domyślne, ustawia je operator): niezweryfikowane konta 30 dni, wygasłe linki i sesje 7 dni po wygaśnięciu, powiadomienia 365 dni, treść błędów wysyłki 90 dni, zamknięte ogłoszenia bez przedstawienia 730 dni od zamknięcia.

Twoje prawa: dostęp do danych i ich kopia, sprostowanie, usunięcie, ograniczenie przetwarzania, przeniesienie danych, sprzeciw oraz skarga do Prezesa Urzędu Ochrony Danych Osobowych. W sprawie praw napisz do operatora.`,
    en: `version: 2026-12-05

Privacy notice

The controller of your data is the cluster operator that runs the platform.

What we hold: your name, e-mail address, phone (if given), organisation and role, what you publish, proposed matches and the decisions on them, notifications and e-mails sent, sign-in sessions (the IP address in the log of sign-in attempts), your ORCID iD (if linked), and your acceptances of these texts.

Purpose and legal basis: running your account and matching partners (Art. 6(1)(b) GDPR), keeping the platform secure (Art. 6(1)(f)), e-mail notifications as your settings choose.

Who sees it: the other side of a match sees your contact details only after an introduction both sides agreed to; the cluster's coordinators see the proposals of their cluster; hosting and mail providers process data for the operator.

How long (defaults, set by the operator): unverified accounts 30 days, expired links and sessions 7 days after expiry, notifications 365 days, the text of delivery errors 90 days, closed postings without an introduction 730 days after closing.

Your rights: access and a copy, rectification, erasure, restriction, portability, objection, and a complaint to the President of the Polish Personal Data Protection Office (UODO). Write to the operator to use them.`,
  },
};
