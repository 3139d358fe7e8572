import {
  freshOrcidId,
  signInAtOrcid,
  signUp,
  signUpInput,
  startOrcidProvider,
  startTestApi,
  type TestApi,
  type TestUser,
} from '@app/testing';

const startSignIn = `mutation { startOrcidSignIn }`;
const completeSignIn = `mutation($query: String!) { completeOrcidSignIn(callbackQuery: $query) {
  session { accessToken user { id orcidId } } signUp { ticket orcidId fullName } } }`;
const startLink = `mutation { startOrcidLink }`;
const completeLink = `mutation($query: String!) { completeOrcidLink(callbackQuery: $query) { id orcidId } }`;
const signUpMutation = `mutation($input: SignUpInput!) { signUp(input: $input) }`;

/** Invented iDs with valid check digits. */
const ids = { linked: freshOrcidId(), fresh: freshOrcidId(), other: freshOrcidId() };

describe('signing in with ORCID', () => {
  let orcid: Awaited<ReturnType<typeof startOrcidProvider>>;
  let api: TestApi;
  let researcher: TestUser;

  beforeAll(async () => {
    orcid = await startOrcidProvider('http://localhost:3000/orcid/callback');
    api = await startTestApi(orcid.env);
    researcher = await signUp(api, 'RESEARCHER');
  });
  afterAll(async () => {
    await api?.close();
    await orcid?.stop();
  });

  const linkedIdOf = async (userId: string) =>
    (await api.dataSource.query('SELECT orcid_id FROM users WHERE id = $1', [userId]))[0]
      .orcid_id as string | null;

  it('links the iD ORCID verified to a researcher, then signs them in with it', async () => {
    expect((await api.anonymous.ok(`{ orcidSignInAvailable }`)).orcidSignInAvailable).toBe(true);
    const { startOrcidLink: address } = await researcher.client.ok(startLink);
    expect(new URL(address).origin).toBe(orcid.issuer);
    expect(new URL(address).searchParams.get('code_challenge_method')).toBe('S256');
    const query = await signInAtOrcid(address, ids.linked);
    const { completeOrcidLink } = await researcher.client.ok(completeLink, { query });
    expect(completeOrcidLink).toEqual({ id: researcher.id, orcidId: ids.linked });

    const again = await signInAtOrcid(
      (await api.anonymous.ok(startSignIn)).startOrcidSignIn,
      ids.linked,
    );
    const { completeOrcidSignIn } = await api.anonymous.ok(completeSignIn, { query: again });
    expect(completeOrcidSignIn.signUp).toBeNull();
    expect(completeOrcidSignIn.session.user).toEqual({ id: researcher.id, orcidId: ids.linked });
    const viewer = api.anonymous.as(completeOrcidSignIn.session.accessToken);
    expect((await viewer.ok(`{ me { id } }`)).me.id).toBe(researcher.id);
  });

  it('uses each answer once, and only for the trip that asked for it', async () => {
    const address = (await api.anonymous.ok(startSignIn)).startOrcidSignIn;
    const query = await signInAtOrcid(address, ids.linked);
    await api.anonymous.ok(completeSignIn, { query });
    const replayed = await api.anonymous.fails(completeSignIn, { query });
    expect(replayed.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'callbackQuery', rule: 'orcid-sign-in-expired' }],
    });
    // A sign-in's answer cannot complete a link, nor another account's link.
    const other = await signUp(api, 'RESEARCHER');
    const linkAddress = (await other.client.ok(startLink)).startOrcidLink;
    const linkQuery = await signInAtOrcid(linkAddress, ids.other);
    for (const attempt of [
      () => api.anonymous.fails(completeSignIn, { query: linkQuery }),
      () => researcher.client.fails(completeLink, { query: linkQuery }),
    ]) {
      expect((await attempt()).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await linkedIdOf(other.id)).toBeNull();
    // A forged state or a tampered code: nothing signs in.
    const forged = new URLSearchParams(linkQuery.slice(1));
    forged.set('state', 'not-a-state');
    expect(
      (await other.client.fails(completeLink, { query: `?${forged}` })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses an iD another account holds', async () => {
    const other = await signUp(api, 'RESEARCHER');
    const query = await signInAtOrcid(
      (await other.client.ok(startLink)).startOrcidLink,
      ids.linked,
    );
    const error = await other.client.fails(completeLink, { query });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(await linkedIdOf(other.id)).toBeNull();
  });

  it('offers a sign-up for an iD no account has, and the new account gets that iD', async () => {
    const query = await signInAtOrcid(
      (await api.anonymous.ok(startSignIn)).startOrcidSignIn,
      ids.fresh,
    );
    const { completeOrcidSignIn } = await api.anonymous.ok(completeSignIn, { query });
    expect(completeOrcidSignIn.session).toBeNull();
    expect(completeOrcidSignIn.signUp).toMatchObject({
      orcidId: ids.fresh,
      fullName: 'Jan Testowy',
    });
    const { ticket } = completeOrcidSignIn.signUp;
    const input = signUpInput({
      role: 'RESEARCHER',
      orcidTicket: ticket,
      organization: {
        name: `Uczelnia ${ticket.slice(0, 8)}`,
        kind: 'UNIVERSITY',
        city: 'Radom',
        region: 'mazowieckie',
      },
    });
    const firmWithTicket = await api.anonymous.fails(signUpMutation, {
      input: { ...input, role: 'FIRM', organization: { ...input.organization, kind: 'COMPANY' } },
    });
    expect(firmWithTicket.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.orcidTicket' }],
    });
    await api.anonymous.ok(signUpMutation, { input });
    const [created] = await api.dataSource.query('SELECT orcid_id FROM users WHERE email = $1', [
      input.email,
    ]);
    expect(created.orcid_id).toBe(ids.fresh);
    // The ticket is spent.
    const second = await api.anonymous.fails(signUpMutation, {
      input: {
        ...signUpInput({ role: 'RESEARCHER', orcidTicket: ticket }),
        organization: { ...input.organization, name: `Inna uczelnia ${ticket.slice(0, 8)}` },
      },
    });

    expect(second.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.orcidTicket', rule: 'orcid-ticket-expired' }],
    });
  });

  it('lets only researchers link an iD, and says so when ORCID is not set up', async () => {
    const firm = await signUp(api, 'FIRM');
    expect((await firm.client.fails(startLink)).extensions?.code).toBe('FORBIDDEN');
    expect((await api.anonymous.fails(startLink)).extensions?.code).toBe('UNAUTHENTICATED');
    const plain = await startTestApi();
    try {
      expect((await plain.anonymous.ok(`{ orcidSignInAvailable }`)).orcidSignInAvailable).toBe(
        false,
      );
      expect((await plain.anonymous.fails(startSignIn)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ rule: 'ORCID_OFF' }],
      });
    } finally {
      await plain.close();
    }
  });
});
