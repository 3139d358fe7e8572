import { Language, NotificationEvent } from '@app/domain';
import { renderAccountEmail, renderDigest, renderEmail } from './render-email';

describe('notification e-mails', () => {
  it('speak the recipient’s language in subject, text and HTML', () => {
    const email = renderEmail(NotificationEvent.INTRODUCED, Language.pl, {
      name: 'Anna',
      link: 'https://x.example/m/1',
      settingsLink: 'https://x.example/settings/notifications',
    });
    expect(email.subject).toBe('Możecie rozmawiać');
    expect(email.text).toContain('Dzień dobry Anna');
    expect(email.text).toContain('https://x.example/settings/notifications');
    expect(email.html).toContain('<a href="https://x.example/settings/notifications">');
    expect(email.html).toContain('<a href="https://x.example/m/1">');
    expect(
      renderEmail(NotificationEvent.INTRODUCED, Language.en, {
        name: 'Anna',
        link: '',
        settingsLink: '',
      }).subject,
    ).toBe('You have been introduced');
  });

  it('escapes what users wrote in HTML', () => {
    const email = renderEmail(NotificationEvent.MATCH_APPROVED, Language.en, {
      name: '<b>Eve</b>',
      link: '',
      settingsLink: '',
    });
    expect(email.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(email.text).toContain('<b>Eve</b>');
  });
});

describe('digest e-mails', () => {
  const items = [
    { event: NotificationEvent.MATCH_TO_REVIEW, link: 'https://x.example/matches/1' },
    { event: NotificationEvent.POSTING_EXPIRING, link: 'https://x.example/needs/2?a=1&b=2' },
  ];

  it('list every notification with its link, in the recipient’s language', () => {
    const email = renderDigest(items, Language.pl, {
      name: 'Anna',
      settingsLink: 'https://x.example/settings/notifications',
    });
    expect(email.subject).toBe('Podsumowanie: 2 nowych powiadomień');
    expect(email.text).toContain('• Nowe dopasowanie do przeglądu');
    expect(email.text).toContain('https://x.example/needs/2?a=1&b=2');
    expect(email.html.match(/<li>/g)).toHaveLength(2);
    expect(
      renderDigest(items, Language.en, {
        name: 'Anna',
        settingsLink: 'https://x.example/settings/notifications',
      }).subject,
    ).toBe('Digest: 2 new notifications');
  });

  it('escape names and links in HTML only', () => {
    const email = renderDigest(items, Language.en, {
      name: '<i>Eve</i>',
      settingsLink: 'https://x.example/s?a=1&b=2',
    });
    expect(email.html).toContain('&lt;i&gt;Eve&lt;/i&gt;');
    expect(email.html).toContain('href="https://x.example/s?a=1&amp;b=2"');
    expect(email.html).toContain('href="https://x.example/needs/2?a=1&amp;b=2"');
    expect(email.html).not.toContain('<i>Eve');
    expect(email.text).toContain('Hello <i>Eve</i>');
  });

  it('says how long an account link works in words of the language, as the web page does', () => {
    const link = (kind: 'RESET_PASSWORD' | 'VERIFY_EMAIL', language: Language, hours: number) =>
      renderAccountEmail(kind, language, { name: 'Anna', link: 'https://x.example/r', hours }).text;
    expect(link('RESET_PASSWORD', Language.pl, 1)).toContain('Link działa przez godzinę');
    expect(link('RESET_PASSWORD', Language.en, 1)).toContain('works for one hour,');
    expect(link('VERIFY_EMAIL', Language.pl, 48)).toContain('przez 48 godzin ');
    expect(link('VERIFY_EMAIL', Language.pl, 24)).toContain('przez 24 godziny ');
    expect(link('VERIFY_EMAIL', Language.en, 48)).toContain('for 48 hours,');
  });

  it('invites in the person’s language, naming the organisation, with a week-long link', () => {
    const invitation = (language: Language) =>
      renderAccountEmail('INVITATION', language, {
        name: 'Anna',
        link: 'https://x.example/accept-invitation?token=t',
        hours: 7 * 24,
        organization: 'Odlewnia <Radom>',
      });
    expect(invitation(Language.pl).text).toContain('z organizacji Odlewnia <Radom>');
    expect(invitation(Language.pl).text).toContain('Link działa przez 7 dni i tylko raz');
    expect(invitation(Language.en).text).toContain('works for 7 days, once');
    expect(invitation(Language.en).html).toContain('member of Odlewnia &lt;Radom&gt;');
  });
});
