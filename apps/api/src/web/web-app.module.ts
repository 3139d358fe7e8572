import { type DynamicModule, type INestApplication, Module } from '@nestjs/common';
import expressStaticGzip from 'express-static-gzip';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';

/** Where `npm run build` puts the web app (apps/web, built by Vite). */
export const webAppRoot = join(process.cwd(), 'dist/apps/web');

/**
 * Serves the built web app from the API's origin, so the browser reaches `/graphql` and
 * `/uploads` without CORS and the session cookie stays SameSite=Strict. Every path that is not the API's falls
 * back to `index.html` for the app's router. Hashed assets are cached for good; the page itself
 * is revalidated, so a deploy is picked up on the next load.
 */
@Module({})
export class WebAppModule {
  static register(): DynamicModule {
    if (!existsSync(join(webAppRoot, 'index.html'))) return { module: WebAppModule };
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: webAppRoot,
          exclude: ['/graphql{*rest}', '/health{*rest}', '/uploads{*rest}'],
          serveStaticOptions: { setHeaders: cacheHeaders, index: 'index.html' },
        }),
      ],
    };
  }
}

function cacheHeaders(response: ServerResponse, path: string): void {
  response.setHeader(
    'Cache-Control',
    path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/**
 * The hashed assets as the build compressed them (brotli, else gzip, by the browser's
 * Accept-Encoding, with `Vary: Accept-Encoding`), ahead of the plain files above. Registered on
 * the app before it starts, so it comes first in Express's chain.
 */
export function serveCompressedAssets(app: INestApplication): void {
  if (!existsSync(join(webAppRoot, 'index.html'))) return;
  app.use(
    '/assets',
    expressStaticGzip(join(webAppRoot, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, setHeaders: cacheHeaders },
    }),
  );
}
