import { hashPassword, UserEntity, UserRole } from '@app/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type GraphqlClient } from './graphql-client';
import { ops } from './operations';
import type { TestApi } from './test-api';

export const testPassword = 'Frezarka-CNC-2026';

/** A date this many days from today, as the API expects deadlines. */
export const daysFromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Zwiększenie trwałości frezów przy obróbce stopów tytanu',
    summary: 'Szukamy partnera do badań powłok PVD, które wydłużą żywotność narzędzi.',
    description:
      'Obrabiamy Ti6Al4V na centrach 5-osiowych; frezy zużywają się po 30 minutach. Chcemy przetestować powłoki AlTiN.',
    technologyKeywords: ['obróbka skrawaniem', 'powłoki PVD'],
    marketKeywords: ['lotnictwo'],
    sectors: ['C25.62'],
    trlMin: 4,
    trlMax: 7,
    collaborationTypes: ['CONTRACT_RESEARCH'],
    budget: { min: 40000, max: 120000, currency: 'PLN' },
    deadline: daysFromToday(90),
    language: 'pl',
    visibility: 'PUBLIC',
    ...overrides,
  };
}

export function capabilityInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Wear-resistant PVD coatings for cutting tools',
    summary: 'Design and tribological testing of nitride coatings that extend tool life.',
    description:
      'Our lab deposits AlTiN and CrN coatings and tests them on tribometers and in machining trials of titanium alloys.',
    expertiseKeywords: ['PVD coatings', 'tribology'],
    methods: ['ball-on-disc tribometry'],
    equipment: ['industrial PVD arc system'],
    sectors: ['C25.73'],
    trl: 6,
    iprStatus: 'IPR_GRANTED',
    collaborationTypes: ['CONTRACT_RESEARCH', 'TESTING_AND_LAB_SERVICES'],
    team: '8 researchers',
    publications: ['10.1016/j.surfcoat.2023.129876'],
    language: 'en',
    visibility: 'PUBLIC',
    ...overrides,
  };
}

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
  await dataSource.manager.insert(UserEntity, {
    email,
    passwordHash: await hashPassword(testPassword),
    fullName: 'Test admin',
    role: UserRole.ADMIN,
    organizationId: null,
    emailVerifiedAt: new Date(),
  });
  const { signIn } = await anonymous.ok(ops.signIn, { email, password: testPassword });
  return anonymous.as(signIn.accessToken);
}
