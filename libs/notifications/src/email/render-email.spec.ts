import { Language, NotificationEvent } from '@app/domain';
import { renderEmail } from './render-email';

describe('notification e-mails', () => {
  it('speak the recipient’s language in subject, text and HTML', () => {
    const email = renderEmail(NotificationEvent.INTRODUCED, Language.pl, {
      name: 'Anna',
      link: 'https://x.example/m/1',
    });
    expect(email.subject).toBe('Możecie rozmawiać');
    expect(email.text).toContain('Dzień dobry Anna');
    expect(email.html).toContain('<a href="https://x.example/m/1">');
    expect(
      renderEmail(NotificationEvent.INTRODUCED, Language.en, { name: 'Anna', link: '' }).subject,
    ).toBe('You have been introduced');
  });

  it('escapes what users wrote in HTML', () => {
    const email = renderEmail(NotificationEvent.MATCH_APPROVED, Language.en, {
      name: '<b>Eve</b>',
      link: '',
    });
    expect(email.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(email.text).toContain('<b>Eve</b>');
  });
});
