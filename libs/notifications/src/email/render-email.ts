import type { Language, NotificationEvent } from '@app/domain';
import { notificationTexts } from '../templates';
import templates from './email-templates.json';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const fill = (
  template: string,
  values: Record<string, string>,
  escape: (value: string) => string,
) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escape(values[key] ?? ''));

/** The e-mail of a notification in the recipient's language, as text and HTML. */
export function renderEmail(
  event: NotificationEvent,
  language: Language,
  recipient: { name: string; link: string },
): RenderedEmail {
  const { title, body } = notificationTexts[event][language];
  const values = { title, body, name: recipient.name, link: recipient.link };
  const template = templates[language];
  return {
    subject: fill(template.subject, values, (v) => v),
    text: fill(template.text, values, (v) => v),
    html: fill(template.html, values, escapeHtml),
  };
}
