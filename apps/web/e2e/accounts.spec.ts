import { expect, test } from '@playwright/test';
import {
  apiToken,
  demo,
  expectAccessible,
  graphql,
  linkInMail,
  personContext,
  signIn,
} from './fixtures';

test('a researcher signs up, verifies the address from the e-mail, and lands signed in', async ({
  browser,
}) => {
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  const email = `ola.${Date.now()}@lab.example`;
  await page.goto('/sign-in');
  await page.locator('label').filter({ hasText: /^EN$/ }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.locator('label').filter({ hasText: 'A university or research institute' }).click();
  await page.getByLabel(/^Full name/).fill('Ola Badaczka');
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Password/).fill('Spektrometr-Ramana-2026');
  await page.getByLabel(/^Organisation name/).fill(`Lab ${Date.now()}`);
  await page.getByLabel(/^City/).fill('Lublin');
  await page.getByRole('checkbox', { name: /I accept the terms of use/ }).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

  await page.goto(await linkInMail(email, 'verify-email'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Ola Badaczka');
  await page.goto('/account');
  await expect(page.getByText('Researcher (university or research institute)')).toBeVisible();
  await expect(page.getByText('Invite code')).toBeVisible();
  await context.close();
});

test('a forgotten password is reset from the e-mailed link', async ({ browser }) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click();
  await expectAccessible(page);
  await page.getByLabel(/^E-mail/).fill(demo.forgetfulResearcher);
  await page.getByRole('button', { name: 'Wyślij link' }).click();
  await expect(page.getByText(/wysłaliśmy na niego link/)).toBeVisible();

  await page.goto(await linkInMail(demo.forgetfulResearcher, 'reset-password'));
  await expect(page.getByRole('heading', { name: 'Ustaw nowe hasło' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Nowe hasło/).fill('Nowe-Haslo-Tokarka-2027');
  await page.getByLabel(/^Powtórz nowe hasło/).fill('Nowe-Haslo-Tokarka-2027');
  await page.getByRole('button', { name: 'Ustaw hasło i zaloguj się' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dzień dobry, /);

  const again = await context.newPage();
  await again.context().clearCookies();
  await signIn(again, demo.forgetfulResearcher, 'Nowe-Haslo-Tokarka-2027');
  await context.close();
});

test('a firm asks for an introduction to a capability it found', async ({ browser }) => {
  // A capability far from the firm's needs, so the engine has not paired them already.
  const researcher = await apiToken(demo.researcher);
  const { createCapability } = await graphql<{ createCapability: { id: string } }>(
    `
      mutation ($input: CreateCapabilityInput!) {
        createCapability(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: 'Pollen analysis of honey from Lublin apiaries',
        summary: 'Melissopalynology: we identify the botanical origin of honey samples.',
        description: 'Microscopic pollen counts and spectra for beekeepers and food inspectors.',
        trl: 7,
        iprStatus: 'NO_IPR_APPLIED',
        collaborationTypes: ['TESTING_AND_LAB_SERVICES'],
      },
    },
    researcher,
  );
  await graphql(
    `
      mutation ($id: ID!) {
        publishCapability(id: $id) {
          id
        }
      }
    `,
    { id: createCapability.id },
    researcher,
  );

  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await signIn(page, demo.englishFirm);
  await page.goto(`/capabilities/${createCapability.id}`);
  await expect(page.getByRole('heading', { name: 'Express interest' })).toBeVisible();
  const own = page
    .getByRole('textbox', { name: 'Your need' })
    .or(page.getByRole('combobox', { name: 'Your need' }));
  await own.click();
  await page.getByRole('option').first().click();
  await page
    .getByLabel(/^Message for the coordinator/)
    .fill('We would like to test this on our axle housings.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(/\/matches\//);
  await expect(
    page.getByText('Asked for').or(page.getByRole('heading', { name: 'Match' })),
  ).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
