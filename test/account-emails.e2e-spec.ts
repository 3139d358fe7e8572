import {
  databaseFingerprint,
  eventually,
  ops,
  type PlatformUnderTest,
  signUp,
  signUpInput,
  startPlatformUnderTest,
  testPassword,
} from '@app/testing';

const newPassword = 'Nowe-Haslo-Tokarka-2027';

/** Sign-up verification and password reset, with the real worker sending to a real inbox. */
describe('account e-mails', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
  }, 180_000);
  afterAll(() => platform.stop());

  const anonymous = () => platform.api.anonymous;

  /** The token of the newest `page` link e-mailed to the address, once `count` have arrived. */
  async function linkTokenFor(address: string, page: string, count = 1): Promise<string> {
    const pattern = new RegExp(`/${page}\\?token=([\\w-]+)`);
    const links = await eventually(async () => {
      const found = platform.mailbox
        .to(address)
        .map((mail) => pattern.exec(mail.text ?? '')?.[1])
        .filter((token): token is string => Boolean(token));
      return found.length >= count && found;
    });
    return links.at(-1)!;
  }

  it('signs a new account in only once its address is verified by the e-mailed link', async () => {
    const input = signUpInput({ language: 'en' });
    expect(await anonymous().ok(ops.signUp, { input })).toEqual({ signUp: true });
    const credentials = { email: input.email, password: input.password };
    const unverified = await anonymous().fails(ops.signIn, credentials);
    const wrongPassword = await anonymous().fails(ops.signIn, {
      email: input.email,
      password: 'Wrong-Password-1',
    });
    expect(unverified).toEqual(wrongPassword);

    const token = await linkTokenFor(input.email, 'verify-email');
    const [mail] = platform.mailbox.to(input.email);
    expect(mail!.subject).toBe('Confirm your e-mail address');
    const { verifyEmail } = await anonymous().ok(ops.verifyEmail, { token });
    expect(verifyEmail.user.email).toBe(input.email);
    await anonymous().as(verifyEmail.accessToken).ok(ops.me);
    await anonymous().ok(ops.signIn, credentials);
    expect((await anonymous().fails(ops.verifyEmail, { token })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
  });

  it('sends a new link on request, and only the newest works', async () => {
    const input = signUpInput();
    await anonymous().ok(ops.signUp, { input });
    const first = await linkTokenFor(input.email, 'verify-email');
    await platform.api.dataSource.query(
      `UPDATE account_emails SET created_at = now() - interval '2 minutes'
       WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [input.email],
    );
    await anonymous().ok(ops.resendVerificationEmail, { email: input.email.toUpperCase() });
    // Asked again at once: no third e-mail.
    await anonymous().ok(ops.resendVerificationEmail, { email: input.email });
    const second = await linkTokenFor(input.email, 'verify-email', 2);
    expect(second).not.toBe(first);
    // The older link ends when the newer one is issued, not only when the newer one is used.
    expect((await anonymous().fails(ops.verifyEmail, { token: first })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    await anonymous().ok(ops.verifyEmail, { token: second });
    expect((await anonymous().fails(ops.verifyEmail, { token: first })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    await platform.pipeline.idle();
    expect(platform.mailbox.to(input.email)).toHaveLength(2);
  });

  it('does not tell who has an account: the owner is told by e-mail instead', async () => {
    const owner = await signUp(platform.api, 'FIRM');
    const before = await databaseFingerprint(platform.api.dataSource);
    const again = signUpInput({
      email: owner.email.toUpperCase(),
      password: 'Inne-Haslo-Frezarka-99',
    });
    expect(await anonymous().ok(ops.signUp, { input: again })).toEqual({ signUp: true });
    const after = await databaseFingerprint(platform.api.dataSource);
    for (const table of ['users', 'organizations', 'refresh_tokens']) {
      expect({ table, digest: after[table] }).toEqual({ table, digest: before[table] });
    }
    const told = await eventually(async () =>
      platform.mailbox
        .to(owner.email)
        .find((mail) => mail.subject === 'Masz już konto na platformie'),
    );
    expect(told.text).toContain('/reset-password');
    // The attempt's password opens nothing.
    expect(
      (await anonymous().fails(ops.signIn, { email: owner.email, password: again.password }))
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it("sets a new password by the 'you already have an account' link, e-mailed once a minute at most", async () => {
    const owner = await signUp(platform.api, 'RESEARCHER');
    const again = () => signUpInput({ email: owner.email, password: 'Inne-Haslo-Frezarka-99' });
    const answers = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      answers.push(await anonymous().request(ops.signUp, { input: again() }));
    }
    const fresh = await anonymous().request(ops.signUp, { input: signUpInput() });
    for (const answer of answers) expect(answer).toEqual(fresh);
    const token = await linkTokenFor(owner.email, 'reset-password');
    await platform.pipeline.idle();
    // Counted by kind: `signUp` marks the address verified in the database after the sign-up,
    // so its verification e-mail may or may not go out first, depending on the worker's pace.
    const alreadyHaveAccount = platform.mailbox
      .to(owner.email)
      .filter((mail) => mail.subject === 'Masz już konto na platformie');
    expect(alreadyHaveAccount).toHaveLength(1);

    const { resetPassword } = await anonymous().ok(ops.resetPassword, {
      token,
      password: newPassword,
    });
    expect(resetPassword.user.email).toBe(owner.email);
    await anonymous().ok(ops.signIn, { email: owner.email, password: newPassword });
    // A reset asked for afterwards ends whatever password link is still open, and works itself.
    await platform.api.dataSource.query(
      `UPDATE account_emails SET created_at = now() - interval '2 minutes' WHERE user_id = $1`,
      [owner.id],
    );
    await anonymous().ok(ops.signUp, { input: again() });
    const existsLink = await linkTokenFor(owner.email, 'reset-password', 2);
    await platform.api.dataSource.query(
      `UPDATE account_emails SET created_at = now() - interval '2 minutes' WHERE user_id = $1`,
      [owner.id],
    );
    await anonymous().ok(ops.requestPasswordReset, { email: owner.email });
    const resetLink = await linkTokenFor(owner.email, 'reset-password', 3);
    expect(
      (await anonymous().fails(ops.resetPassword, { token: existsLink, password: testPassword }))
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
    await anonymous().ok(ops.resetPassword, { token: resetLink, password: testPassword });
  });

  it('resets a password by a single-use link that ends every session', async () => {
    const user = await signUp(platform.api, 'RESEARCHER');
    expect(await anonymous().ok(ops.requestPasswordReset, { email: user.email })).toEqual({
      requestPasswordReset: true,
    });
    expect(
      await anonymous().ok(ops.requestPasswordReset, { email: 'nobody@test.example' }),
    ).toEqual({ requestPasswordReset: true });
    const token = await linkTokenFor(user.email, 'reset-password');

    const weak = await anonymous().fails(ops.resetPassword, { token, password: 'Password123' });
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const { resetPassword } = await anonymous().ok(ops.resetPassword, {
      token,
      password: newPassword,
    });
    await anonymous().as(resetPassword.accessToken).ok(ops.me);
    expect((await user.client.fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await anonymous().fails(ops.refreshSession, { token: user.refreshToken })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await anonymous().fails(ops.signIn, { email: user.email, password: testPassword }))
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
    await anonymous().ok(ops.signIn, { email: user.email, password: newPassword });
    expect(
      (await anonymous().fails(ops.resetPassword, { token, password: 'Jeszcze-Inne-Haslo-42' }))
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired reset link', async () => {
    const user = await signUp(platform.api, 'FIRM');
    await anonymous().ok(ops.requestPasswordReset, { email: user.email });
    const token = await linkTokenFor(user.email, 'reset-password');
    await platform.api.dataSource.query(
      `UPDATE account_emails SET expires_at = now() - interval '1 second'
       WHERE user_id = $1`,
      [user.id],
    );
    const error = await anonymous().fails(ops.resetPassword, { token, password: newPassword });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await anonymous().ok(ops.signIn, { email: user.email, password: testPassword });
  });

  it('changes the password with the current one, ending the other sessions', async () => {
    const user = await signUp(platform.api, 'FIRM');
    const { signIn: other } = await anonymous().ok(ops.signIn, {
      email: user.email,
      password: testPassword,
    });
    const wrong = await user.client.fails(ops.changePassword, {
      currentPassword: 'Wrong-Password-1',
      newPassword,
    });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await user.client.fails(ops.changePassword, {
      currentPassword: testPassword,
      newPassword: 'Qwerty12345',
    });
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await user.client.ok(ops.changePassword, { currentPassword: testPassword, newPassword });
    await user.client.ok(ops.me);
    expect((await anonymous().as(other.accessToken).fails(ops.me)).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await anonymous().ok(ops.signIn, { email: user.email, password: newPassword });

    await user.client.ok(ops.signOutEverywhere);
    expect((await user.client.fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
