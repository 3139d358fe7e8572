import { expect, test } from '@playwright/test';
import {
  demo,
  expectAccessible,
  personContext,
  screenshot,
  signIn,
  verifiedUser,
} from './fixtures';

test('an admin creates a cluster, appoints its coordinator and reads the directories', async ({
  browser,
}) => {
  // A coordinator of its own: the demo coordinator's clusters stay as the other tests know them.
  const coordinatorName = `Paweł Nowy ${Date.now()}`;
  await verifiedUser({
    email: `p.nowy.${Date.now()}@klaster-lotniczy.example`,
    password: 'Skrzydlo-Mielec-2027#',
    fullName: coordinatorName,
    role: 'COORDINATOR',
    organization: {
      name: `Klaster Lotniczy ${Date.now()}`,
      kind: 'CLUSTER_BODY',
      city: 'Mielec',
      region: 'podkarpackie',
    },
  });
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, 'admin@platform.example', 'Admin-Platform-2026!');

  await page.getByRole('link', { name: 'Klastry' }).click();
  await expect(page.getByRole('heading', { name: 'Klastry', level: 1 })).toBeVisible();
  await expectAccessible(page);
  const name = `Klaster Lotniczy ${Date.now()}`;
  await page.getByRole('button', { name: 'Utwórz' }).click();
  await expect(page.getByRole('textbox', { name: 'Nazwa' })).toHaveAccessibleDescription(
    /To pole jest wymagane/,
  );
  await page.getByRole('textbox', { name: 'Nazwa' }).fill(name);
  await page.getByRole('button', { name: 'Utwórz' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  // The same name again is refused on the name field.
  await page.getByRole('textbox', { name: 'Nazwa' }).fill(name);
  await page.getByRole('button', { name: 'Utwórz' }).click();
  await expect(page.getByRole('textbox', { name: 'Nazwa' })).toHaveAccessibleDescription(
    /już istnieje/,
  );

  const coordinator = row.getByRole('textbox').or(row.getByRole('combobox')).first();
  await coordinator.click();
  await page.getByRole('option', { name: new RegExp(coordinatorName) }).click();
  await row.getByRole('button', { name: 'Powołaj' }).click();
  await expect(row).toContainText(coordinatorName);
  await screenshot(page, 'admin-clusters');

  await page.getByRole('link', { name: 'Użytkownicy' }).click();
  await page.getByLabel('E-mail').fill('itee');
  await expect(page.getByRole('cell', { name: demo.researcher })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Organizacje' }).click();
  await page.getByLabel('Nazwa organizacji').fill('Politechnika');
  await expect(page.getByRole('cell', { name: 'Politechnika Lubelska' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Niedostarczone e-maile' }).click();
  await expect(
    page.getByRole('heading', { name: 'Niedostarczone e-maile', level: 1 }),
  ).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
