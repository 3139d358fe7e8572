import { registeredNip, startTestApi, startVatRegister, type TestApi } from '@app/testing';

const lookup = `query($nip: String!) { registeredOrganization(nip: $nip) {
  available failure organization { name nip regon krs address postalCode city vatStatus } } }`;

describe('a firm from its NIP', () => {
  let register: Awaited<ReturnType<typeof startVatRegister>>;
  let api: TestApi;

  beforeAll(async () => {
    register = await startVatRegister();
    api = await startTestApi({ VAT_REGISTER_URL: register.url });
  });
  afterAll(async () => {
    await api.close();
    await register.close();
  });

  it('proposes the register’s name, numbers and town to anyone, and asks once a day per NIP', async () => {
    const first = await api.anonymous.ok(lookup, { nip: '543-231-94-84' });
    expect(first.registeredOrganization).toEqual({
      available: true,
      failure: null,
      organization: {
        name: 'ZAKŁAD MECHANIKI PRZYKŁADOWEJ SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
        nip: '5432319484',
        regon: '123456785',
        krs: '0000123456',
        address: 'UL. FABRYCZNA 12A, 21-040 ŚWIDNIK',
        postalCode: '21-040',
        city: 'ŚWIDNIK',
        vatStatus: 'Czynny',
      },
    });
    await api.anonymous.ok(lookup, { nip: '5432319484' });
    expect(register.asked).toEqual([registeredNip]);
    const unlisted = await api.anonymous.ok(lookup, { nip: '9378657972' });
    expect(unlisted.registeredOrganization).toEqual({
      available: true,
      failure: null,
      organization: null,
    });
  });

  it('refuses a NIP with a wrong check digit on its field, without asking the register', async () => {
    const asked = register.asked.length;
    const error = await api.anonymous.fails(lookup, { nip: '5432319485' });
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'nip', rule: 'isNip' }],
    });
    expect(register.asked).toHaveLength(asked);
  });

  it('stops an address that asks for NIP after NIP', async () => {
    const nips = Array.from({ length: 40 }, (_, index) => {
      const digits = String(200_000_000 + index * 7919)
        .split('')
        .map(Number);
      const check = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11;
      return check === 10 ? null : [...digits, check].join('');
    });
    const codes: string[] = [];
    for (const nip of nips.filter(Boolean)) {
      const result = await api.anonymous.request(lookup, { nip });
      codes.push(String(result.errors?.[0]?.extensions?.code ?? 'ok'));
    }
    expect(codes.slice(0, 15).every((code) => code === 'ok')).toBe(true);
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
  });

  it('says so where no register is configured', async () => {
    const without = await startTestApi();
    try {
      const { registeredOrganization } = await without.anonymous.ok(lookup, {
        nip: '5432319484',
      });
      expect(registeredOrganization).toEqual({
        available: false,
        failure: null,
        organization: null,
      });
    } finally {
      await without.close();
    }
  });
});
