import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SourceFault } from '../openalex/openalex-client';
import { VatRegisterClient } from './vat-register';

const subjectAnswer = readFileSync(join(__dirname, 'fixtures/vat-subject.json'), 'utf8');

/** The register as the client sees it: answers by NIP, requests recorded. */
async function localRegister(answers: Record<string, { status: number; body: string }>) {
  const requests: URL[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://register.test');
    requests.push(url);
    const answer = answers[url.pathname.split('/').pop()!] ?? { status: 404, body: '{}' };
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    client: new VatRegisterClient({ baseUrl: `http://127.0.0.1:${port}` }),
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => 'answered',
    (error: unknown) => (error instanceof SourceFault ? error.code : String(error)),
  );

describe('the VAT register client', () => {
  it('asks by NIP and day, and proposes the name, REGON, KRS and the town from the address', async () => {
    const register = await localRegister({ '5432319484': { status: 200, body: subjectAnswer } });
    try {
      expect(await register.client.byNip('543-231-94-84', '2026-12-04')).toEqual({
        name: 'ZAKŁAD MECHANIKI PRZYKŁADOWEJ SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
        nip: '5432319484',
        regon: '123456785',
        krs: '0000123456',
        address: 'UL. FABRYCZNA 12A, 21-040 ŚWIDNIK',
        postalCode: '21-040',
        city: 'ŚWIDNIK',
        vatStatus: 'Czynny',
      });
      expect(register.requests[0]!.pathname).toBe('/api/search/nip/5432319484');
      expect(register.requests[0]!.searchParams.get('date')).toBe('2026-12-04');
    } finally {
      await register.close();
    }
  });

  it('says a NIP the register does not list is none, and names every other failure', async () => {
    const register = await localRegister({
      '9378657972': {
        status: 200,
        body: JSON.stringify({ result: { subject: null, requestId: 'x', requestDateTime: 'y' } }),
      },
      '1860913901': {
        status: 400,
        body: JSON.stringify({ code: 'WL-113', message: 'Pole NIP ma nieprawidłową długość.' }),
      },
      '6281948218': { status: 200, body: JSON.stringify({ meta: {}, results: [] }) },
    });
    try {
      expect(await register.client.byNip('9378657972', '2026-12-04')).toBeNull();
      expect(await codeOf(register.client.byNip('1860913901', '2026-12-04'))).toBe(
        'SOURCE_REFUSED',
      );
      expect(await codeOf(register.client.byNip('6281948218', '2026-12-04'))).toBe(
        'NOT_VAT_REGISTER',
      );
    } finally {
      await register.close();
    }
    expect(await codeOf(register.client.byNip('9378657972', '2026-12-04'))).toBe(
      'SOURCE_UNREACHABLE',
    );
  });
});
