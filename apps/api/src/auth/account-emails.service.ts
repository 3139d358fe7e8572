import {
  AccountEmailKind,
  assertStrongPassword,
  forbidden,
  hashPassword,
  invalidInput,
  sameLinkKinds,
  sha256,
  UserEntity,
} from '@app/domain';
import { endAccountLinks, recordAccountEmail } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionService, type SessionTokens } from './session.service';

/** An address gets at most one e-mail of a kind per this many seconds, however often asked. */
const resendAfterSeconds = 60;

/**
 * E-mails about the account and the single-use links they carry: verifying the address,
 * resetting the password. Asking never tells whether an address has an account.
 */
@Injectable()
export class AccountEmailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** Records the e-mail and the job that sends it, in the caller's transaction. */
  send(manager: EntityManager, userId: string, kind: AccountEmailKind): Promise<void> {
    return recordAccountEmail(manager, userId, kind);
  }

  async resendVerification(email: string): Promise<void> {
    await this.sendUnlessRecent(email, AccountEmailKind.VERIFY_EMAIL, { unverifiedOnly: true });
  }

  async requestPasswordReset(email: string): Promise<void> {
    await this.sendUnlessRecent(email, AccountEmailKind.RESET_PASSWORD);
  }

  /** Someone signed up with the address of an account: its owner hears of it, once a minute at most. */
  async tellOwnerOfSignUp(email: string): Promise<void> {
    await this.sendUnlessRecent(email, AccountEmailKind.ACCOUNT_EXISTS);
  }

  /** Following the verification link verifies the address and signs its owner in. */
  verifyEmail(token: string): Promise<SessionTokens> {
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.useLink(manager, token, AccountEmailKind.VERIFY_EMAIL);
      await manager.update(UserEntity, { id: userId }, { emailVerifiedAt: () => 'now()' });
      return this.sessions.startSession(manager, userId);
    });
  }

  /**
   * Sets the password the link's owner chose, ends every session of theirs (whoever had one
   * may have had the old password) and starts a new one. The link proves the address too.
   */
  async resetPassword(token: string, password: string): Promise<SessionTokens> {
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.useLink(manager, token, AccountEmailKind.RESET_PASSWORD);
      const user = await manager.findOneByOrFail(UserEntity, { id: userId });
      assertStrongPassword(password, user);
      await manager.update(
        UserEntity,
        { id: userId },
        {
          passwordHash: await hashPassword(password),
          emailVerifiedAt: () => 'coalesce(email_verified_at, now())',
        },
      );
      await this.sessions.endSessions(manager, userId);
      return this.sessions.startSession(manager, userId);
    });
  }

  /**
   * Marks the link used, once; the caller's transaction undoes that if what follows fails. A
   * link meant for the signed-in `owner` is refused to anyone else, and stays unused.
   */
  async useLink(
    manager: EntityManager,
    token: string,
    kind: AccountEmailKind,
    owner?: string,
  ): Promise<string> {
    const [link] = await manager.sql<{ id: string; user_id: string }[]>`SELECT id, user_id
       FROM account_emails WHERE token_hash = ${sha256(token)} AND kind = ANY(${sameLinkKinds[kind]})
         AND used_at IS NULL AND expires_at > now()
       FOR UPDATE`;
    if (!link)
      throw invalidInput(
        'token',
        'This link is invalid, used or expired; ask for a new one',
        'invalid-link',
      );
    if (owner && link.user_id !== owner) {
      throw forbidden('This link was sent to another account; sign in as its owner');
    }
    await manager.sql`UPDATE account_emails SET used_at = now() WHERE id = ${link.id}::uuid`;
    await endAccountLinks(manager, link.user_id, kind);
    return link.user_id;
  }

  private async sendUnlessRecent(
    email: string,
    kind: AccountEmailKind,
    { unverifiedOnly = false } = {},
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [user] = await manager.sql<{ id: string }[]>`SELECT id FROM users u
        WHERE lower(email) = lower(${email.trim()})
          AND (NOT ${unverifiedOnly} OR email_verified_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM account_emails a WHERE a.user_id = u.id AND a.kind = ${kind}
            AND a.created_at > now() - make_interval(secs => ${resendAfterSeconds}))
        FOR UPDATE`;
      if (user) await this.send(manager, user.id, kind);
    });
  }
}
