import {
  acceptedLegalDocuments,
  ops,
  signUp,
  startTestApi,
  testPassword,
  type TestApi,
} from '@app/testing';
import { ENV, type Env } from '@app/config';
import { createHmac, randomUUID } from 'node:crypto';

describe('accounts and sessions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const newFirmInput = (overrides: Record<string, unknown> = {}) => ({
    email: `Anna.${randomUUID().slice(0, 8)}@Firma.example`,
    password: testPassword,
    fullName: 'Anna Kowalska',
    role: 'FIRM',
    organization: {
      name: `Firma ${randomUUID().slice(0, 8)}`,
      kind: 'COMPANY',
      size: 'SME_11_49',
      city: 'Radom',
      region: 'mazowieckie',
    },
    acceptedLegalDocuments,
    ...overrides,
  });

  it('signs up a firm employee with a new company and lets a colleague join it by invite code', async () => {
    const founder = await signUp(api, 'FIRM');
    const colleague = await signUp(api, 'FIRM', { inviteCode: founder.inviteCode });
    expect(colleague.organizationId).toBe(founder.organizationId);
  });

  /** Signs up as a client would, and verifies the address as its link would. */
  const signUpVerified = async (input: ReturnType<typeof newFirmInput>) => {
    await api.anonymous.ok(ops.signUp, { input });
    await api.dataSource.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [
      input.email,
    ]);
  };

  it('shows the invite code on every path that returns the organisation to its member', async () => {
    const input = newFirmInput();
    await signUpVerified(input);
    const { signIn } = await api.anonymous.ok(ops.signIn, {
      email: input.email,
      password: input.password,
    });
    const { me } = await api.anonymous.as(signIn.accessToken).ok(ops.me);
    const { refreshSession } = await api.anonymous.ok(ops.refreshSession, {
      token: signIn.refreshToken,
    });
    expect(me.organization.inviteCode).toEqual(expect.any(String));
    for (const payload of [signIn, refreshSession]) {
      expect(payload.user.organization.inviteCode).toBe(me.organization.inviteCode);
    }
  });

  /** A NIP no other test uses: nine random digits and their check digit. */
  const freshNip = (): string => {
    for (;;) {
      const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
      const check = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11;
      if (check !== 10) return [...digits, check].join('');
    }
  };

  it("keeps a firm's NIP as digits, refuses a wrong check digit, and registers one NIP once", async () => {
    const nip = freshNip();
    const typed = `PL ${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
    const firm = (organization: Record<string, unknown>) =>
      newFirmInput({ organization: { ...newFirmInput().organization, ...organization } });
    const input = firm({ nip: typed, regon: '123456785', website: 'www.firma.example' });
    await signUpVerified(input);
    const registered = () =>
      api.dataSource.query(
        `SELECT o.nip, o.regon, o.website FROM organizations o
         JOIN users u ON u.organization_id = o.id WHERE lower(u.email) = lower($1)`,
        [input.email],
      );
    expect(await registered()).toEqual([{ nip, regon: '123456785', website: 'www.firma.example' }]);

    const organizations = async () =>
      (await api.dataSource.query('SELECT count(*)::int AS n FROM organizations'))[0].n;
    const before = await organizations();
    const wrongDigit = `${nip.slice(0, 9)}${(Number(nip[9]) + 1) % 10}`;
    for (const bad of [{ nip: wrongDigit }, { nip: '12345' }, { regon: '123456786' }]) {
      const refused = await api.anonymous.fails(ops.signUp, { input: firm(bad) });
      expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const again = await api.anonymous.fails(ops.signUp, { input: firm({ nip }) });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(await organizations()).toBe(before);
  });

  it('signs in case-insensitively by e-mail and returns the user', async () => {
    const input = newFirmInput();
    await signUpVerified(input);
    const { signIn } = await api.anonymous.ok(ops.signIn, {
      email: input.email.toUpperCase(),
      password: testPassword,
    });
    expect(signIn.user).toMatchObject({ email: input.email, role: 'FIRM' });
    const { me } = await api.anonymous.as(signIn.accessToken).ok(ops.me);
    expect(me.organization.inviteCode).toEqual(expect.any(String));
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const user = await signUp(api, 'RESEARCHER');
    const wrongPassword = await api.anonymous.fails(ops.signIn, {
      email: user.email,
      password: 'Wrong-Password-1',
    });
    const unknownEmail = await api.anonymous.fails(ops.signIn, {
      email: 'nobody@test.example',
      password: testPassword,
    });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('rotates refresh tokens and revokes the whole session when an old one is replayed', async () => {
    const user = await signUp(api, 'FIRM');
    const { refreshSession: rotated } = await api.anonymous.ok(ops.refreshSession, {
      token: user.refreshToken,
    });
    expect(rotated.refreshToken).not.toBe(user.refreshToken);
    await api.anonymous.as(rotated.accessToken).ok(ops.me);

    const replay = await api.anonymous.fails(ops.refreshSession, { token: user.refreshToken });
    expect(replay.extensions?.code).toBe('UNAUTHENTICATED');
    const afterReplay = await api.anonymous.fails(ops.refreshSession, {
      token: rotated.refreshToken,
    });
    expect(afterReplay.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.as(rotated.accessToken).fails(ops.me)).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ends the session on sign-out, leaving other sessions alive', async () => {
    const user = await signUp(api, 'FIRM');
    const { signIn: second } = await api.anonymous.ok(ops.signIn, {
      email: user.email,
      password: testPassword,
    });
    await user.client.ok(ops.signOut);
    expect((await user.client.fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await api.anonymous.fails(ops.refreshSession, { token: user.refreshToken })).extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    await api.anonymous.as(second.accessToken).ok(ops.me);
  });

  it('refuses missing, malformed and forged access tokens', async () => {
    expect((await api.anonymous.fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.as('not-a-jwt').fails(ops.me)).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3Rpbmc';
    expect((await api.anonymous.as(forged).fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with the real secret that lacks what every issued token has', async () => {
    const user = await signUp(api, 'FIRM');
    const { JWT_SECRET } = api.app.get<Env>(ENV);
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    /** Exactly these claims, HS256 with the api's own secret. */
    const signed = async (claims: object) => {
      const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
      const signature = createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url');
      return `${unsigned}.${signature}`;
    };
    const { sub, sid } = JSON.parse(
      Buffer.from(user.accessToken.split('.')[1]!, 'base64url').toString('utf8'),
    ) as { sub: string; sid: string };
    const now = Math.floor(Date.now() / 1000);
    expect(await user.client.ok(ops.me)).toBeTruthy();
    for (const claims of [
      { sub, sid },
      { sub, sid, exp: now + 600 },
      { sub, sid, iat: now },
      { sub: 'not-a-uuid', sid, iat: now, exp: now + 600 },
      { sub, sid: 42, iat: now, exp: now + 600 },
    ]) {
      const error = await api.anonymous.as(await signed(claims)).fails(ops.me);
      expect({ claims, code: error.extensions?.code }).toEqual({
        claims,
        code: 'UNAUTHENTICATED',
      });
    }
    await api.anonymous.as(await signed({ sub, sid, iat: now, exp: now + 600 })).ok(ops.me);
  });

  it('never stores or returns the password', async () => {
    const input = newFirmInput();
    await api.anonymous.ok(ops.signUp, { input });
    const [row] = await api.dataSource.query('SELECT password_hash FROM users WHERE email = $1', [
      input.email,
    ]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const result = await api.anonymous.request(`query { me { passwordHash } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
  it('lets a user change their own name and language, and no one else’s', async () => {
    const user = await signUp(api, 'RESEARCHER');
    const other = await signUp(api, 'FIRM');
    const { updateProfile } = await user.client.ok(ops.updateProfile, {
      input: { fullName: '  Maria Nowak  ', language: 'en' },
    });
    expect(updateProfile).toEqual({ id: user.id, fullName: 'Maria Nowak', language: 'en' });
    const { me } = await user.client.ok(ops.me);
    expect(me.fullName).toBe('Maria Nowak');
    const { me: untouched } = await other.client.ok(ops.me);
    expect(untouched.fullName).not.toBe('Maria Nowak');
  });
});
