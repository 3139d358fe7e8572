import { expect, test } from '@playwright/test';
import { demo, expectAccessible, personContext, screenshot, signIn } from './fixtures';

test('the session lives in an httpOnly cookie, survives a reload and ends on sign-out', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Logowanie' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'sign-in');

  await signIn(page, demo.englishFirm);
  const cookies = await context.cookies();
  const refresh = cookies.find((cookie) => cookie.name === 'refresh_token');
  expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toMatch(/eyJ|refresh/i);

  // English is this user's setting; the page follows it unless this browser chose otherwise.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);

  await page.locator('label').filter({ hasText: /^PL$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dzień dobry, /);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dzień dobry, /);

  await page.getByRole('button', { name: /Robert Bauer|Bauer/ }).click();
  await page.getByRole('menuitem', { name: 'Wyloguj się' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(
    (await context.cookies()).find((cookie) => cookie.name === 'refresh_token'),
  ).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Logowanie' })).toBeVisible();
  await context.close();
});

test('a wrong password is told apart from a network failure, in the reader’s language', async ({
  browser,
}) => {
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(/^E-mail/).fill(demo.firm);
  await page.getByLabel(/^Password/).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail or password is wrong');
  await context.close();
});
