import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';

/** Where `npm run build` puts the web app (apps/web, built by Vite). */
export const webAppRoot = join(process.cwd(), 'dist/apps/web');

/**
 * Serves the built web app from the API's origin, so the browser reaches `/graphql` without
 * CORS and the session cookie stays SameSite=Strict. Every path that is not the API's falls
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
          exclude: ['/graphql{*rest}', '/health{*rest}'],
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
