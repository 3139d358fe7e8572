import { Column } from 'typeorm';

/** Where an e-mail (of a notification or a digest) stands; embedded without a column prefix. */
export class EmailDelivery {
  /** When the SMTP server accepted it; set once, so it is never sent twice. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  /** Set when the SMTP server refused it for good or every retry failed; admins see these. */
  @Column({ name: 'email_failed_at', type: 'timestamptz', nullable: true })
  emailFailedAt: Date | null;

  @Column({ name: 'email_error', type: 'varchar', length: 1000, nullable: true })
  emailError: string | null;
}
