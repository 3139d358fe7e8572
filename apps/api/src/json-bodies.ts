import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage } from 'node:http';

const jsonType = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * JSON bodies parsed as Nest would (100 kB at most), except a file sent to `/uploads`: an
 * OpenAlex page or an ORCID record is JSON too, and must reach the upload route as its bytes,
 * whatever its size. Registered before Nest's own parser, which then adds no second one.
 */
export function parseJsonBodies(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', {
    type: (request: IncomingMessage) =>
      !(request.url ?? '').startsWith('/uploads') &&
      jsonType.test(request.headers['content-type'] ?? ''),
  });
}
