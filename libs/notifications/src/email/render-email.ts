import { Language, type NotificationEvent } from '@app/domain';
import { type NotificationDetails, notificationText } from '../templates';
import templates from './email-templates.json';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface DigestItem extends NotificationDetails {
  event: NotificationEvent;
  link: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const asIs = (value: string) => value;

const fill = (
  template: string,
  values: Record<string, string>,
  escape: (value: string) => string,
) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escape(values[key] ?? ''));

/** The e-mail of a notification in the recipient's language, as text and HTML. */
export function renderEmail(
  event: NotificationEvent,
  language: Language,
  recipient: { name: string; link: string; settingsLink: string },
  details: NotificationDetails = {},
): RenderedEmail {
  const { title, body } = notificationText(event, language, details);
  const values = { title, body, ...recipient };
  const template = templates.notification[language];
  return {
    subject: fill(template.subject, values, asIs),
    text: fill(template.text, values, asIs),
    html: fill(template.html, values, escapeHtml),
  };
}

/** One e-mail listing several notifications, oldest first, for a daily or weekly digest. */
export function renderDigest(
  items: DigestItem[],
  language: Language,
  recipient: { name: string; settingsLink: string },
): RenderedEmail {
  const template = templates.digest[language];
  const itemValues = items.map(({ event, link, ...details }) => ({
    ...notificationText(event, language, details),
    link,
  }));
  const values = { ...recipient, count: String(items.length) };
  const list = (itemTemplate: string, escape: (value: string) => string) =>
    itemValues.map((item) => fill(itemTemplate, item, escape)).join('');
  return {
    subject: fill(template.subject, values, asIs),
    text: fill(template.text, { ...values, items: list(template.textItem, asIs) }, asIs),
    html: fill(
      template.html,
      {
        ...values,
        name: escapeHtml(recipient.name),
        settingsLink: escapeHtml(recipient.settingsLink),
        items: list(template.htmlItem, escapeHtml),
      },
      asIs,
    ),
  };
}

/** "przez godzinę", "for 48 hours", "7 dni": the same words the web page uses. */
function linkLifetime(hours: number, language: Language): string {
  // Past two days people count a link's life in days.
  if (hours > 48 && hours % 24 === 0) {
    return language === Language.en ? `${hours / 24} days` : `${hours / 24} dni`;
  }
  if (language === Language.en) return hours === 1 ? 'one hour' : `${hours} hours`;
  if (hours === 1) return 'godzinę';
  const lastDigit = hours % 10;
  const teen = hours % 100 >= 12 && hours % 100 <= 14;
  return `${hours} ${lastDigit >= 2 && lastDigit <= 4 && !teen ? 'godziny' : 'godzin'}`;
}

export type AccountEmailKindName = keyof typeof templates.account;

/**
 * An e-mail about the account (verification, password reset, account exists, invitation) with
 * its link; an invitation names the organisation the person was added to.
 */
export function renderAccountEmail(
  kind: AccountEmailKindName,
  language: Language,
  recipient: { name: string; link: string; hours: number; organization?: string; title?: string },
): RenderedEmail {
  const template = templates.account[kind][language];
  const values = {
    name: recipient.name,
    link: recipient.link,
    organization: recipient.organization ?? '',
    title: recipient.title ?? '',
    duration: linkLifetime(recipient.hours, language),
  };
  return {
    subject: fill(template.subject, values, asIs),
    text: fill(template.text, values, asIs),
    html: fill(template.html, values, escapeHtml),
  };
}
