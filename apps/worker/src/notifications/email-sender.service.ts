import { ENV, type Env } from '@app/config';
import { AccountEmailKind, type Language, NotificationEvent, sha256 } from '@app/domain';
import {
  invitationOf,
  type MeetingInvitation,
  renderAccountEmail,
  renderDigest,
  notificationPath,
  renderEmail,
  type RenderedEmail,
} from '@app/notifications';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';

/** Kept by the queue as the job's result: the message id, never the address (see erasure). */
export type EmailOutcome = { sent: string } | { skipped: string };

export interface BatchOutcome {
  sent: number;
  skipped: number;
  refused: number;
}

interface Recipient {
  email: string;
  full_name: string;
  language: Language;
}

interface SubjectIds {
  match_id: string | null;
  need_id: string | null;
  capability_id: string | null;
}

/** How each kind of row records that its e-mail went out, or failed for good. */
const recordSent = {
  notifications: {
    sent: (db: DataSource, id: string) =>
      db.sql`UPDATE notifications SET emailed_at = now(), email_failed_at = NULL, email_error = NULL
        WHERE id = ${id}::uuid`,
    failed: (db: DataSource, id: string, error: string) =>
      db.sql`UPDATE notifications SET email_failed_at = now(), email_error = left(${error}, 1000)
        WHERE id = ${id}::uuid`,
  },
  email_digests: {
    sent: (db: DataSource, id: string) =>
      db.sql`UPDATE email_digests SET emailed_at = now(), email_failed_at = NULL, email_error = NULL
        WHERE id = ${id}::uuid`,
    failed: (db: DataSource, id: string, error: string) =>
      db.sql`UPDATE email_digests SET email_failed_at = now(), email_error = left(${error}, 1000)
        WHERE id = ${id}::uuid`,
  },
  account_emails: {
    sent: (db: DataSource, id: string) =>
      db.sql`UPDATE account_emails SET emailed_at = now(), email_failed_at = NULL, email_error = NULL
        WHERE id = ${id}::uuid`,
    failed: (db: DataSource, id: string, error: string) =>
      db.sql`UPDATE account_emails SET email_failed_at = now(), email_error = left(${error}, 1000)
        WHERE id = ${id}::uuid`,
  },
};

type Sent = keyof typeof recordSent;

/** Notices whose e-mail carries the meeting's calendar file as it stands. */
const invitationMailed = new Set<NotificationEvent>([
  NotificationEvent.MEETING_CONFIRMED,
  NotificationEvent.MEETING_CANCELLED,
]);

/** How long the link of an account e-mail works. */
export const accountLinkHours: Record<AccountEmailKind, number> = {
  [AccountEmailKind.VERIFY_EMAIL]: 48,
  [AccountEmailKind.RESET_PASSWORD]: 1,
  [AccountEmailKind.ACCOUNT_EXISTS]: 1,
  [AccountEmailKind.INVITATION]: 7 * 24,
  [AccountEmailKind.DRAFT_TO_CLAIM]: 7 * 24,
  [AccountEmailKind.DATA_EXPORT_READY]: 48,
};

/** The web page each kind's link opens. */
const accountLinkPage: Record<AccountEmailKind, string> = {
  [AccountEmailKind.VERIFY_EMAIL]: 'verify-email',
  [AccountEmailKind.RESET_PASSWORD]: 'reset-password',
  [AccountEmailKind.ACCOUNT_EXISTS]: 'reset-password',
  [AccountEmailKind.INVITATION]: 'accept-invitation',
  [AccountEmailKind.DRAFT_TO_CLAIM]: 'accept-invitation',
  [AccountEmailKind.DATA_EXPORT_READY]: 'data-export',
};

/** SMTP reply codes of 500 and above are permanent: retrying cannot help. */
const isPermanent = (error: unknown) =>
  typeof (error as { responseCode?: unknown }).responseCode === 'number' &&
  (error as { responseCode: number }).responseCode >= 500;

/**
 * Sends notification and digest e-mails over SMTP. `emailed_at` is set once the server has
 * accepted one, and checked first, so a retried job does not send again; the Message-ID is the
 * row's id, so a receiving server can drop the one duplicate a crash between the two could
 * still cause. A permanent refusal, or the last failed retry, is recorded for admins to see.
 */
@Injectable()
export class EmailSenderService implements OnApplicationShutdown {
  private readonly transport: Transporter | undefined;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = env.SMTP_URL ? createTransport(env.SMTP_URL) : undefined;
  }

  async send(notificationId: string, lastAttempt: boolean): Promise<EmailOutcome> {
    const [row] = await this.dataSource.sql<
      {
        event: NotificationEvent;
        match_id: string | null;
        meeting_id: string | null;
        need_id: string | null;
        capability_id: string | null;
        match_count: number | null;
        subject_title: string | null;
        emailed_at: Date | null;
        user_id: string;
        email: string;
        full_name: string;
        language: Language;
      }[]
    >`SELECT n.event, n.match_id, n.meeting_id, n.need_id, n.capability_id, n.match_count,
         n.subject_title, n.emailed_at, n.user_id, u.email, u.full_name, u.language
       FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = ${notificationId}::uuid`;
    if (!row) return { skipped: 'notification is gone' };
    if (row.emailed_at) return { skipped: 'already sent' };
    const email = renderEmail(
      row.event,
      row.language,
      { name: row.full_name, link: this.linkTo(row), settingsLink: this.settingsLink },
      { matchCount: row.match_count, subjectTitle: row.subject_title },
    );
    const invitation = invitationMailed.has(row.event)
      ? await invitationOf(this.dataSource, row.meeting_id!, row.user_id, {
          appUrl: this.env.APP_URL,
          sender: this.env.MAIL_FROM,
        })
      : undefined;
    return this.deliver('notifications', notificationId, row, email, lastAttempt, true, invitation);
  }

  /**
   * A batch's e-mails one after the other. An address the server refuses is marked and passed
   * over; any other failure fails the job, whose retry sends only what is still unsent and
   * unrefused (on the last attempt the rest are tried, so each failure is marked).
   */
  async sendBatch(notificationIds: string[], lastAttempt: boolean): Promise<BatchOutcome> {
    if (!this.transport) return { sent: 0, skipped: notificationIds.length, refused: 0 };
    const unsent = await this.dataSource.sql<{ id: string }[]>`SELECT id FROM notifications
       WHERE id = ANY(${notificationIds}::uuid[]) AND emailed_at IS NULL AND email_failed_at IS NULL`;
    const outcome: BatchOutcome = {
      sent: 0,
      skipped: notificationIds.length - unsent.length,
      refused: 0,
    };
    let failure: unknown;
    for (const { id } of unsent) {
      try {
        if ('sent' in (await this.send(id, lastAttempt))) outcome.sent++;
        else outcome.skipped++;
      } catch (error) {
        if (error instanceof UnrecoverableError) outcome.refused++;
        else failure ??= error;
        // The server is away: the rest wait for the retry, unless none is left to mark them.
        if (failure && !lastAttempt) break;
      }
    }
    if (failure) throw failure;
    return outcome;
  }

  async sendDigest(digestId: string, lastAttempt: boolean): Promise<EmailOutcome> {
    const [row] = await this.dataSource.sql<
      { emailed_at: Date | null; email: string; full_name: string; language: Language }[]
    >`SELECT d.emailed_at, u.email, u.full_name, u.language
       FROM email_digests d JOIN users u ON u.id = d.user_id WHERE d.id = ${digestId}::uuid`;
    if (!row) return { skipped: 'digest is gone' };
    if (row.emailed_at) return { skipped: 'already sent' };
    const items: (SubjectIds & {
      event: NotificationEvent;
      match_count: number | null;
      subject_title: string | null;
    })[] = await this.dataSource.sql<
      {
        event: NotificationEvent;
        match_id: string | null;
        need_id: string | null;
        capability_id: string | null;
        match_count: number | null;
        subject_title: string | null;
      }[]
    >`SELECT event, match_id, need_id, capability_id, match_count, subject_title FROM notifications
       WHERE digest_id = ${digestId}::uuid ORDER BY created_at, id`;
    if (items.length === 0) return { skipped: 'nothing left to tell' };
    const email = renderDigest(
      items.map((item) => ({
        event: item.event,
        link: this.linkTo(item),
        matchCount: item.match_count,
        subjectTitle: item.subject_title,
      })),
      row.language,
      { name: row.full_name, settingsLink: this.settingsLink },
    );
    const outcome = await this.deliver('email_digests', digestId, row, email, lastAttempt);
    await this.dataSource.sql`UPDATE notifications SET emailed_at = d.emailed_at
       FROM email_digests d WHERE d.id = ${digestId}::uuid AND notifications.digest_id = d.id`;
    return outcome;
  }

  /**
   * The token of the link is made here and only its hash stored, so it never sits in the
   * outbox or Redis. A retry after a crash between sending and recording makes a new token:
   * the newest e-mail's link is the one that works.
   */
  async sendAccountEmail(accountEmailId: string, lastAttempt: boolean): Promise<EmailOutcome> {
    const [row] = await this.dataSource.sql<
      {
        kind: AccountEmailKind;
        emailed_at: Date | null;
        used_at: Date | null;
        email: string;
        full_name: string;
        language: Language;
        email_verified_at: Date | null;
        has_password: boolean;
        organization: string | null;
        draft_title: string | null;
      }[]
    >`SELECT a.kind, a.emailed_at, a.used_at, u.email, u.full_name, u.language, u.email_verified_at,
         u.password_hash IS NOT NULL AS has_password, o.name AS organization,
         (SELECT d.imported_fields #>> '{fields,title,value}' FROM research_drafts d
          WHERE d.assigned_user_id = u.id AND d.claimed_at IS NULL
          ORDER BY d.updated_at DESC LIMIT 1) AS draft_title
       FROM account_emails a JOIN users u ON u.id = a.user_id
         LEFT JOIN organizations o ON o.id = u.organization_id
       WHERE a.id = ${accountEmailId}::uuid`;
    if (!row) return { skipped: 'account e-mail is gone' };
    if (row.emailed_at) return { skipped: 'already sent' };
    if (row.used_at) return { skipped: 'a newer link replaced it before it was sent' };
    const { kind } = row;
    if (kind === AccountEmailKind.VERIFY_EMAIL && row.email_verified_at) {
      return { skipped: 'the address is verified already' };
    }
    if (kind === AccountEmailKind.INVITATION && row.has_password) {
      return { skipped: 'the invitation was accepted already' };
    }
    const hours = accountLinkHours[kind];
    const token = randomBytes(32).toString('base64url');
    await this.dataSource
      .sql`UPDATE account_emails SET token_hash = ${sha256(token)}, expires_at = now() + make_interval(hours => ${hours})
       WHERE id = ${accountEmailId}::uuid`;
    // Someone with a password opens the drafts page; the link sets a first password otherwise.
    const link =
      kind === AccountEmailKind.DRAFT_TO_CLAIM && row.has_password
        ? `${this.env.APP_URL}/research-drafts`
        : `${this.env.APP_URL}/${accountLinkPage[kind]}?token=${token}`;
    const email = renderAccountEmail(kind, row.language, {
      name: row.full_name,
      link,
      hours,
      organization: row.organization ?? '',
      title: row.draft_title ?? '',
    });
    return this.deliver('account_emails', accountEmailId, row, email, lastAttempt, false);
  }

  private get settingsLink(): string {
    return `${this.env.APP_URL}/settings/notifications`;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  private async deliver(
    table: Sent,
    id: string,
    recipient: Recipient,
    email: RenderedEmail,
    lastAttempt: boolean,
    aboutNotifications = true,
    invitation?: MeetingInvitation,
  ): Promise<EmailOutcome> {
    if (!this.transport) return { skipped: 'SMTP_URL is not set' };
    try {
      await this.transport.sendMail({
        from: this.env.MAIL_FROM,
        to: recipient.email,
        messageId: `<${id}@matchmaking>`,
        // Mail programs offer this as their "unsubscribe" button.
        ...(aboutNotifications ? { list: { unsubscribe: this.settingsLink } } : {}),
        // The calendar part mail programs show as an invitation with its buttons (RFC 6047).
        ...(invitation ? { icalEvent: invitation } : {}),
        ...email,
      });
    } catch (error) {
      const permanent = isPermanent(error);
      if (permanent || lastAttempt) {
        const reason = error instanceof Error ? error.message : String(error);
        await recordSent[table].failed(this.dataSource, id, reason);
      }
      // The queue keeps a failed job's reason: it names the message, not the address.
      if (permanent)
        throw new UnrecoverableError(
          `SMTP refused message ${id}: ${String(error).replaceAll(recipient.email, '<recipient>')}`,
        );
      throw error;
    }
    await recordSent[table].sent(this.dataSource, id);
    return { sent: id };
  }

  private linkTo({ event, match_id, need_id, capability_id }: SubjectIds & { event: string }) {
    const path = notificationPath({
      event: event as NotificationEvent,
      matchId: match_id,
      needId: need_id,
      capabilityId: capability_id,
    });
    return `${this.env.APP_URL}${path}`;
  }
}
