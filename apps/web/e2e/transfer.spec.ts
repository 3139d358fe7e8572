import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demo, personContext, signIn } from './fixtures';

/** What the network carried for a page, as the browser counted it (compressed bodies). */
function transferred(page: Page) {
  const responses: { url: string; bytes: number; encoding?: string; cache?: string }[] = [];
  page.on('requestfinished', (request) => {
    void (async () => {
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      const headers = (await response?.allHeaders()) ?? {};
      responses.push({
        url: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        encoding: headers['content-encoding'],
        cache: headers['cache-control'],
      });
    })();
  });
  return {
    responses,
    kb: () => responses.reduce((sum, response) => sum + response.bytes, 0) / 1024,
  };
}

const settle = (page: Page) => page.waitForLoadState('networkidle');

test('a first page is sent compressed and hashed files are cached for good', async ({
  browser,
}) => {
  const signInContext = await personContext(browser, 'pl-PL');
  const signInPage = await signInContext.newPage();
  const signInTraffic = transferred(signInPage);
  await signInPage.goto('/sign-in');
  await expect(signInPage.getByRole('button', { name: 'Zaloguj się' })).toBeVisible();
  await settle(signInPage);
  const scripts = signInTraffic.responses.filter((response) => response.url.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script).toMatchObject({
      encoding: expect.stringMatching(/^(br|gzip)$/),
      cache: 'public, max-age=31536000, immutable',
    });
  }
  const page = signInTraffic.responses.find((response) => response.url === '/sign-in');
  expect(page?.cache).toBe('no-cache');
  const signInKb = signInTraffic.kb();

  // A signed-in visitor's first page with an empty cache: the session, none of the files.
  await signIn(signInPage, demo.firm);
  const signedIn: BrowserContext = await browser.newContext({
    baseURL: signInContext.pages()[0]!.url(),
    locale: 'pl-PL',
    storageState: await signInContext.storageState(),
  });
  const homePage = await signedIn.newPage();
  const homeTraffic = transferred(homePage);
  await homePage.goto('/');
  await expect(homePage.getByRole('heading', { level: 1 })).toHaveText(/^Dzień dobry/);
  await settle(homePage);
  const homeKb = homeTraffic.kb();
  console.log(
    `bytes transferred: sign-in page ${signInKb.toFixed(1)} KB (budget 200), signed-in first page ${homeKb.toFixed(1)} KB (budget 350); scripts ${scripts.map((script) => script.encoding).join(',')}`,
  );
  expect(signInKb).toBeLessThanOrEqual(200);
  expect(homeKb).toBeLessThanOrEqual(350);
  await signedIn.close();
  await signInContext.close();
});

/** Every element's computed style (and its ::before/::after) once nothing moves, as one list. */
const computedStyles = async (page: Page) => {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].flatMap((element, index) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        return [...style].map(
          (property) =>
            `${index} ${element.tagName}${pseudo ?? ''} ${property}: ${style.getPropertyValue(property)}`,
        );
      }),
    ),
  );
};

test('the sign-in page loads only the styles it shows, and misses none of them', async ({
  browser,
}) => {
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(/^E-mail/).fill(demo.firm);
  await page.getByLabel(/^Password/).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('data-loading');
  await page.mouse.move(0, 0);
  const sheets = await page.evaluate(() => document.styleSheets.length);
  const before = await computedStyles(page);

  // Mantine's whole sheet as the build serves it to every other page: if the page lacked a
  // component's styles, adding them would change how something on it looks.
  const manifest = JSON.parse(
    readFileSync(join(__dirname, '../../../dist/apps/web/.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  const wholeSheet = manifest['src/layout/mantine-styles.ts']?.file;
  expect(wholeSheet).toMatch(/\.css$/);
  await page.addStyleTag({ url: `/${wholeSheet}` });
  await expect.poll(() => page.evaluate(() => document.styleSheets.length)).toBe(sheets + 1);
  const after = await computedStyles(page);
  expect(after.filter((line, index) => line !== before[index])).toEqual([]);
  await context.close();
});
