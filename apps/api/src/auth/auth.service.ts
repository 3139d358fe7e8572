import { isUniqueViolation } from '@app/database';
import {
  assertStrongPassword,
  checkArgument,
  conflict,
  decoyPasswordHash,
  hashPassword,
  invalidInput,
  OrganizationEntity,
  organizationKindsByRole,
  unauthenticated,
  UserEntity,
  verifyPassword,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SignUpInput } from './dto/sign-up.input';

import { SessionService, SessionTokens } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
  ) {}

  async signUp(input: SignUpInput): Promise<SessionTokens> {
    const email = input.email.trim();
    checkArgument('input', () =>
      assertStrongPassword(input.password, {
        email,
        fullName: input.fullName,
        language: input.language,
      }),
    );
    if (!input.organization === !input.inviteCode) {
      throw invalidInput(
        'input.organization',
        'Give either a new organization or an inviteCode, not both',
      );
    }
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const emailTaken = await manager
          .createQueryBuilder(UserEntity, 'user')
          .where('lower(user.email) = lower(:email)', { email })
          .getExists();
        if (emailTaken) throw conflict(`An account for ${email} already exists`);
        const organization = await this.organizationFor(manager, input);
        const user = await manager.save(
          manager.create(UserEntity, {
            email,
            passwordHash,
            fullName: input.fullName.trim(),
            role: input.role,
            organizationId: organization.id,
            language: input.language,
          }),
        );
        return this.sessions.startSession(manager, user.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_users_email_lower')) {
        throw conflict(`An account for ${email} already exists`);
      }
      if (isUniqueViolation(error, 'UQ_organizations_name_city')) {
        throw conflict(
          'This organisation is already registered; ask a colleague for its invite code',
        );
      }
      throw error;
    }
  }

  async signIn(email: string, password: string, address: string): Promise<SessionTokens> {
    await this.throttle.assertAllowed(email, address);
    const user = await this.dataSource
      .createQueryBuilder(UserEntity, 'user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, address);
      throw unauthenticated('E-mail or password is wrong');
    }
    await this.throttle.recordSuccess(email, address);
    return this.dataSource.transaction((manager) => this.sessions.startSession(manager, user.id));
  }

  private async organizationFor(
    manager: EntityManager,
    input: SignUpInput,
  ): Promise<OrganizationEntity> {
    const allowedKinds = organizationKindsByRole[input.role];
    if (input.inviteCode) {
      const existing = await manager.findOneBy(OrganizationEntity, {
        inviteCode: input.inviteCode,
      });
      if (!existing) throw invalidInput('input.inviteCode', 'No organisation has this invite code');
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
        inviteCode: randomBytes(12).toString('base64url'),
      }),
    );
  }
}
