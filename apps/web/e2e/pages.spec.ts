import { expect, test } from '@playwright/test';
import { demo, expectAccessible, personContext, screenshot, signIn } from './fixtures';

test('the researcher’s other pages load, pass the accessibility scan and fit a phone', async ({
  browser,
}) => {
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await signIn(page, demo.researcher);
  await expectAccessible(page);
  await screenshot(page, 'home-researcher');

  // Navigation to a usable home page: the session restored from the cookie, the data shown.
  const timings: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = Date.now();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Your research offers' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your matches' })).toBeVisible();
    timings.push(Date.now() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(`home usable after navigation: median ${timings[2]} ms, max ${timings[4]} ms`);

  await page.getByRole('link', { name: 'Research offers' }).click();
  await expect(page.getByRole('heading', { name: 'Research offers', level: 1 })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/capabilities/new');
  await expect(page.getByRole('heading', { name: 'New research offer' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/notifications');
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'notifications');

  await page.goto('/settings/notifications');
  await expect(
    page.getByRole('heading', { name: 'Notification settings', level: 1 }),
  ).toBeVisible();
  await expectAccessible(page);
  const frequency = page
    .getByRole('textbox', { name: 'A posting of yours expires soon' })
    .or(page.getByRole('combobox', { name: 'A posting of yours expires soon' }));
  await frequency.click();
  await page.getByRole('option', { name: 'Weekly digest' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(frequency).toHaveValue('Weekly digest');
  await screenshot(page, 'notification-settings');

  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await expect(page.getByText('Invite code')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'account');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test('pages for other roles say so in the reader’s language instead of a network failure', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  for (const path of ['/review', '/dashboard', '/cluster-settings', '/admin/users']) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { name: 'Nie możesz zobaczyć tej strony' }),
    ).toBeVisible();
    await expect(page.getByText('Platforma nie odpowiedziała')).toHaveCount(0);
  }
  await expectAccessible(page);
  await context.close();
});
