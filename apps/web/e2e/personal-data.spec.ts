import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { demo, expectAccessible, linkInMail, personContext, screenshot, signIn } from './fixtures';

test('the privacy notice reads before sign-up; a firm asks for its data and downloads it once from the e-mailed link', async ({
  browser,
}) => {
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await page.goto('/legal/privacy');
  await page.locator('label').filter({ hasText: /^EN$/ }).click();
  await expect(page.getByRole('heading', { name: 'Privacy notice', level: 1 })).toBeVisible();
  await expect(page.getByText(/Your rights: access and a copy/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'privacy-notice');

  await signIn(page, demo.englishFirm);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Your data' });
  await section.getByRole('button', { name: 'Prepare an archive of my data' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `We are preparing the archive. The download link goes to ${demo.englishFirm}.`,
  );
  await expectAccessible(page);
  await screenshot(page, 'account-your-data');

  await page.goto(await linkInMail(demo.englishFirm, 'data-export'));
  await expect(page.getByRole('heading', { name: 'Your data', level: 1 })).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the archive' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^matchmaking-data-\d{4}-\d{2}-\d{2}\.json$/);
  const archive = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(archive.profile.email).toBe(demo.englishFirm);
  await expect(page.getByRole('status')).toContainText('Downloaded.');
  await screenshot(page, 'data-export-downloaded');

  // The link works once.
  await page.reload();
  await page.getByRole('button', { name: 'Download the archive' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is invalid');
  await context.close();
});
