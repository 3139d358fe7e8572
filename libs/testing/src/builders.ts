import {
  currentVersions,
  hashPassword,
  Language,
  LegalAcceptanceEntity,
  type LegalDocument,
  loadLegalTexts,
  UserEntity,
  UserRole,
} from '@app/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type GraphqlClient } from './graphql-client';
import { ops } from './operations';
import type { TestApi } from './test-api';

export const testPassword = 'Frezarka-CNC-2026';

/** The texts shipped with the app, accepted as a sign-up form sends them. */
export const shippedLegalVersions = currentVersions(loadLegalTexts());
export const acceptedLegalDocuments = Object.entries(shippedLegalVersions).map(
  ([document, version]) => ({ document, version }),
);

const organizationKindOf: Record<string, string> = {
  FIRM: 'COMPANY',
  RESEARCHER: 'UNIVERSITY',
  COORDINATOR: 'CLUSTER_BODY',
};

export function newOrganization() {
  return {
    name: `Firma ${randomUUID().slice(0, 8)}`,
    kind: 'COMPANY',
    city: 'Lublin',
    region: 'lubelskie',
  };
}

/** A firm employee founding a new company, as `signUp` takes it. */
export function signUpInput(overrides: Record<string, unknown> = {}) {
  return {
    email: `new-${randomUUID().slice(0, 8)}@test.example`,
    password: testPassword,
    fullName: 'Nowy Użytkownik',
    role: 'FIRM',
    organization: newOrganization(),
    acceptedLegalDocuments,
    ...overrides,
  };
}

export interface TestUser {
  id: string;
  email: string;
  organizationId: string;
  inviteCode: string;
  accessToken: string;
  refreshToken: string;
  client: GraphqlClient;
}

/**
 * Signs up a user of the role, creating a fresh organisation unless given an invite code, and
 * signs them in. The address is marked verified in the database, as following the e-mailed
 * link would (the account-e-mail tests follow the real link).
 */
export async function signUp(
  api: Pick<TestApi, 'anonymous' | 'dataSource'>,
  role: 'FIRM' | 'RESEARCHER' | 'COORDINATOR',
  options: { inviteCode?: string; city?: string; region?: string; name?: string } = {},
): Promise<TestUser> {
  const unique = randomUUID().slice(0, 8);
  const input = {
    email: `${role.toLowerCase()}-${unique}@test.example`,
    password: testPassword,
    fullName: `Test ${role} ${unique}`,
    role,
    language: 'pl',
    acceptedLegalDocuments,
    emailNotifications: true,
    ...(options.inviteCode
      ? { inviteCode: options.inviteCode }
      : {
          organization: {
            name: options.name ?? `${role} Org ${unique}`,
            kind: organizationKindOf[role],
            city: options.city ?? 'Lublin',
            region: options.region ?? 'lubelskie',
          },
        }),
  };
  await api.anonymous.ok(ops.signUp, { input });
  await api.dataSource.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [
    input.email,
  ]);
  const { signIn: payload } = await api.anonymous.ok(ops.signIn, {
    email: input.email,
    password: testPassword,
  });
  return {
    id: payload.user.id,
    email: payload.user.email,
    organizationId: payload.user.organization.id,
    inviteCode: payload.user.organization.inviteCode,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    client: api.anonymous.as(payload.accessToken),
  };
}

/** Admins are bootstrapped, not signed up: insert one and sign in. */
export async function createAdmin(
  dataSource: DataSource,
  anonymous: GraphqlClient,
): Promise<GraphqlClient> {
  const email = `admin-${randomUUID().slice(0, 8)}@test.example`;
  const { identifiers } = await dataSource.manager.insert(UserEntity, {
    email,
    passwordHash: await hashPassword(testPassword),
    fullName: 'Test admin',
    role: UserRole.ADMIN,
    organizationId: null,
    emailVerifiedAt: new Date(),
  });
  await acceptLegalTexts(dataSource, identifiers[0]!.id as string);
  const { signIn } = await anonymous.ok(ops.signIn, { email, password: testPassword });
  return anonymous.as(signIn.accessToken);
}

/** Records the shipped texts as accepted by a user created without signing up (invited, imported). */
export async function acceptLegalTexts(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.manager.insert(
    LegalAcceptanceEntity,
    Object.entries(shippedLegalVersions).map(([document, version]) => ({
      userId,
      document: document as LegalDocument,
      version,
      language: Language.pl,
    })),
  );
}
