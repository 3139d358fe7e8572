import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The NIP the register fixture lists (an invented firm). */
export const registeredNip = '5432319484';

/**
 * The VAT register ("Biała lista") as the api sees it, on a local port: the fixture's answer for
 * `registeredNip`, `subject: null` for any other NIP; the NIPs asked for are recorded.
 */
export async function startVatRegister() {
  const listed = readFileSync(
    join(__dirname, '../../imports/src/registries/fixtures/vat-subject.json'),
    'utf8',
  );
  const asked: string[] = [];
  const server = createServer((request, response) => {
    const nip = new URL(request.url ?? '/', 'http://register.test').pathname.split('/').pop()!;
    asked.push(nip);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      nip === registeredNip
        ? listed
        : JSON.stringify({ result: { subject: null, requestId: 'r1', requestDateTime: 'd1' } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    asked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
