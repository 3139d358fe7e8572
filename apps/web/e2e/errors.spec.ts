import { expect, type Page, test } from '@playwright/test';
import {
  apiToken,
  demo,
  expectAccessible,
  graphql,
  personContext,
  screenshot,
  signIn,
} from './fixtures';

async function aMatchOf(email: string): Promise<string> {
  const { myMatches } = await graphql<{ myMatches: { edges: { node: { id: string } }[] } }>(
    'query { myMatches(first: 1) { edges { node { id } } } }',
    {},
    await apiToken(email),
  );
  const [edge] = myMatches.edges;
  if (!edge) throw new Error(`${email} has no match in the demo data`);
  return edge.node.id;
}

/** The Match query answered with a field the page cannot render (what a bug would do). */
async function breakTheMatchPage(page: Page): Promise<void> {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== 'Match') return route.fallback();
    const response = await route.fetch();
    const json = await response.json();
    json.data.match.factors = null;
    return route.fulfill({ response, json });
  });
}

test('a page that fails to render says so in the reader’s language and the rest of the app still works', async ({
  browser,
}) => {
  const id = await aMatchOf(demo.researcher);
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await signIn(page, demo.researcher);
  await breakTheMatchPage(page);
  await page.goto(`/matches/${id}`);

  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('This page could not be shown.');
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'page-error');

  // Going elsewhere leaves the error behind.
  await page.getByRole('link', { name: 'Research offers' }).first().click();
  await expect(page.getByRole('heading', { name: 'Research offers', level: 1 })).toBeVisible();
  await expect(alert).toBeHidden();
  await context.close();
});

test('after a deploy, a page whose code is gone offers to reload, and the reload shows it', async ({
  browser,
}) => {
  const id = await aMatchOf(demo.firm);
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  // The tab was opened before the deploy: the match page's chunk of that build is gone.
  const gone = '**/assets/match-page-*.js';
  await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.evaluate((path) => {
    window.history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/matches/${id}`);

  const alert = page.getByRole('alert').filter({ hasText: 'Dostępna jest nowa wersja platformy' });
  await expect(alert).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'page-new-version');

  await page.unroute(gone);
  await alert.getByRole('button', { name: 'Odśwież stronę' }).click();
  await expect(page.getByRole('heading', { name: 'Dopasowanie', level: 1 })).toBeVisible();
  await context.close();
});
