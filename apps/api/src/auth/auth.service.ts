import { isUniqueViolation } from '@app/database';
import {
  AccountEmailKind,
  assertStrongPassword,
  checkArgument,
  conflict,
  decoyPasswordHash,
  hashPassword,
  invalidInput,
  NotificationPreferenceEntity,
  optedInToEveryEvent,
  OrganizationEntity,
  organizationKindsByRole,
  registryDigits,
  reportAs,
  unauthenticated,
  UserEntity,
  UserRole,
  verifyPassword,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountEmailsService } from './account-emails.service';
import { OrcidSignInService } from './orcid-sign-in.service';
import { SignUpInput } from './dto/sign-up.input';
import { SessionService, SessionTokens } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import type { Viewer } from './viewer';
import { LegalService } from './legal/legal.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { IdempotentRequest } from '../idempotency/idempotent-request';

/** E-mail addresses are unique whatever their case (`UQ_users_email_lower`). */
const userByEmail = (manager: EntityManager, email: string): Promise<UserEntity | null> =>
  manager
    .createQueryBuilder(UserEntity, 'user')
    .where('lower(user.email) = lower(:email)', { email: email.trim() })
    .getOne();

const signInRefused = 'E-mail or password is wrong, or the e-mail address is not verified yet';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly accountEmails: AccountEmailsService,
    private readonly idempotency: IdempotencyService,
    private readonly orcid: OrcidSignInService,
    private readonly legal: LegalService,
  ) {}

  /**
   * Creates the account, unverified, and e-mails its verification link. For an address that
   * has an account nothing is created and its owner is told by e-mail instead: the answer is
   * the same either way, so sign-up does not tell who has an account.
   */
  async signUp(input: SignUpInput, request: IdempotentRequest | undefined): Promise<void> {
    const email = input.email.trim();
    checkArgument('input', () =>
      assertStrongPassword(input.password, {
        email,
        fullName: input.fullName,
        language: input.language,
      }),
    );
    this.legal.assertAcceptsCurrent('input.acceptedLegalDocuments', input.acceptedLegalDocuments);
    if (input.orcidTicket && input.role !== UserRole.RESEARCHER) {
      throw invalidInput('input.orcidTicket', 'Only researchers sign up with an ORCID iD');
    }
    if (!input.organization === !input.inviteCode) {
      throw invalidInput(
        'input.organization',
        'Give either a new organization or an inviteCode, not both',
      );
    }
    const passwordHash = await hashPassword(input.password);
    try {
      await this.idempotency.once(request, async (manager) => {
        // Checked first, so an existing address gets the same errors as a new one.
        const organization = await this.organizationFor(manager, input);
        const orcidId = input.orcidTicket
          ? await this.orcid.spendSignUpTicket(manager, input.orcidTicket)
          : null;
        const user = await manager.save(
          manager.create(UserEntity, {
            email,
            passwordHash,
            fullName: input.fullName.trim(),
            role: input.role,
            organizationId: organization.id,
            language: input.language,
            orcidId,
          }),
        );
        await this.legal.record(manager, user.id, input.language);
        if (input.emailNotifications) {
          await manager.insert(
            NotificationPreferenceEntity,
            optedInToEveryEvent(user.id, new Date()),
          );
        }
        await this.accountEmails.send(manager, user.id, AccountEmailKind.VERIFY_EMAIL);
        return null;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_users_email_lower')) {
        await this.accountEmails.tellOwnerOfSignUp(email);
        return;
      }
      if (isUniqueViolation(error, 'UQ_users_orcid_id')) {
        throw conflict('This ORCID iD is linked to another account: sign in with ORCID instead');
      }
      if (isUniqueViolation(error, 'UQ_organizations_nip')) {
        throw conflict(
          'An organisation with this NIP is already registered; ask a colleague for its invite code',
        );
      }
      if (isUniqueViolation(error, 'UQ_organizations_name_city')) {
        throw conflict(
          'This organisation is already registered; ask a colleague for its invite code',
        );
      }
      throw error;
    }
  }

  /** Wrong password, unknown address and unverified address get one answer. */
  async signIn(email: string, password: string, address: string): Promise<SessionTokens> {
    await this.throttle.assertAllowed(email, address);
    const user = await userByEmail(this.dataSource.manager, email);
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, address);
      throw unauthenticated(signInRefused);
    }
    await this.throttle.recordSuccess(email, address);
    if (!user.emailVerifiedAt) throw unauthenticated(signInRefused);
    return this.dataSource.transaction((manager) => this.sessions.startSession(manager, user.id));
  }

  /** Needs the current password (throttled like sign-in); other sessions end. */
  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<void> {
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: viewer.id });
    await this.throttle.assertAllowed(user.email, address);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(user.email, address);
      throw invalidInput('currentPassword', 'The current password is wrong', 'wrong-password');
    }
    reportAs('newPassword', () => assertStrongPassword(newPassword, user));
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.endSessions(manager, user.id, viewer.sessionId);
    });
  }

  async signOutEverywhere(viewer: Viewer): Promise<void> {
    await this.sessions.endSessions(this.dataSource.manager, viewer.id);
  }

  private async organizationFor(
    manager: EntityManager,
    input: SignUpInput,
  ): Promise<OrganizationEntity> {
    const allowedKinds = organizationKindsByRole[input.role];
    if (input.inviteCode) {
      const existing = await manager.findOneBy(OrganizationEntity, {
        inviteCode: input.inviteCode,
        erasedAt: IsNull(),
      });
      if (!existing)
        throw invalidInput(
          'input.inviteCode',
          'No organisation has this invite code',
          'unknown-invite-code',
        );
      if (!allowedKinds.includes(existing.kind)) {
        throw invalidInput(
          'input.role',
          `A ${input.role} cannot join a ${existing.kind} organisation`,
        );
      }
      return existing;
    }
    const organization = input.organization!;
    if (!allowedKinds.includes(organization.kind)) {
      throw invalidInput(
        'input.organization.kind',
        `A ${input.role} belongs to one of: ${allowedKinds.join(', ')}`,
      );
    }
    if (organization.size && organization.kind !== 'COMPANY') {
      throw invalidInput('input.organization.size', 'Only companies have a size');
    }
    return manager.save(
      manager.create(OrganizationEntity, {
        name: organization.name.trim(),
        kind: organization.kind,
        size: organization.size ?? null,
        city: organization.city.trim(),
        region: organization.region.trim().toLowerCase(),
        country: organization.country.toUpperCase(),
        nip: organization.nip ? registryDigits(organization.nip) : null,
        regon: organization.regon ? registryDigits(organization.regon) : null,
        website: organization.website?.trim() || null,
        inviteCode: randomBytes(12).toString('base64url'),
      }),
    );
  }
}
