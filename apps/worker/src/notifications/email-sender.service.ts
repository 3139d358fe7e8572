import { ENV, type Env } from '@app/config';
import { type Language, type NotificationEvent } from '@app/domain';
import { renderEmail } from '@app/notifications';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';

export type EmailOutcome = { sent: string } | { skipped: string };

/**
 * Sends the e-mail of one notification over SMTP. `emailed_at` is set once the server has
 * accepted it, and checked first, so a retried job does not send again; the Message-ID is the
 * notification's, so a receiving server can drop the one duplicate a crash between the two
 * could still cause.
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

  async send(notificationId: string): Promise<EmailOutcome> {
    if (!this.transport) return { skipped: 'SMTP_URL is not set' };
    const [row] = await this.dataSource.query(
      `SELECT n.event, n.match_id, n.emailed_at, u.email, u.full_name, u.language
       FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = $1`,
      [notificationId],
    );
    if (!row) return { skipped: 'notification is gone' };
    if (row.emailed_at) return { skipped: 'already sent' };
    const email = renderEmail(row.event as NotificationEvent, row.language as Language, {
      name: row.full_name,
      link: `${this.env.APP_URL}/matches/${row.match_id}`,
    });
    await this.transport.sendMail({
      from: this.env.MAIL_FROM,
      to: row.email,
      messageId: `<${notificationId}@matchmaking>`,
      ...email,
    });
    await this.dataSource.query('UPDATE notifications SET emailed_at = now() WHERE id = $1', [
      notificationId,
    ]);
    return { sent: row.email };
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
