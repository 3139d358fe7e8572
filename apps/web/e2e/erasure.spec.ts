import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  personContext,
  screenshot,
  sectionScreenshots,
  signIn,
  verifiedUser,
} from './fixtures';

const password = 'Usun-Konto-2026#';

function researcherAccount(name: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    email: `${name.toLowerCase()}.${stamp}@pwsz-erasure.example`,
    password,
    fullName: `${name} Erasure ${stamp}`,
    role: 'RESEARCHER' as const,
    organization: {
      name: `Pracownia ${name} ${stamp}`,
      kind: 'UNIVERSITY',
      city: 'Radom',
      region: 'mazowieckie',
    },
  };
}

test('a researcher deletes their own account after typing its address; it cannot sign in again', async ({
  browser,
}) => {
  const account = researcherAccount('Ewa');
  await verifiedUser(account);
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, account.email, password);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Usuń konto' });
  await expect(section).toContainText('Tego nie można cofnąć.');
  const confirmation = section.getByLabel('Wpisz swój adres e-mail, aby potwierdzić');
  await confirmation.fill('ktos.inny@example.com');
  await section.getByRole('button', { name: 'Usuń moje konto na zawsze' }).click();
  await expect(confirmation).toHaveAccessibleDescription('To nie jest adres e-mail Twojego konta.');
  await expectAccessible(page);
  await sectionScreenshots(section, 'erase-account-refused');

  await confirmation.fill(account.email);
  await section.getByRole('button', { name: 'Usuń moje konto na zawsze' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText('Twoje konto zostało usunięte.');
  await screenshot(page, 'account-erased-sign-in');

  await page.getByLabel(/^E-mail/).fill(account.email);
  await page.getByLabel(/^Hasło/).fill(password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByRole('alert')).toContainText('Nieprawidłowy');
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test('an admin erases a person on request from the users directory', async ({ browser }) => {
  const account = researcherAccount('Adam');
  await verifiedUser(account);
  // The admin's own language (Polish) wins over the browser's.
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, 'admin@platform.example', 'Admin-Platform-2026!');
  await page.goto('/admin/users');
  await page.getByLabel('E-mail').fill(account.email);
  const row = page.getByRole('row').filter({ hasText: account.email });
  // The header and this person's row: the filtered list has replaced the whole directory.
  await expect(page.getByRole('row')).toHaveCount(2);
  await row.getByRole('button', { name: 'Usuń dane' }).click();
  const dialog = page.getByRole('dialog', { name: `Usunąć dane ${account.email}?` });
  await expect(dialog).toContainText('tylko na prośbę tej osoby');
  await expectAccessible(page);
  await screenshot(page, 'admin-erase-user');
  await dialog.getByRole('button', { name: 'Usuń dane' }).click();
  await expect(
    page.getByText(/^Usunięto: \d+ pozycji usuniętych lub zanonimizowanych\.$/),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await context.close();
});

test('an admin erases an organisation after reading what its dry run lists', async ({
  browser,
}) => {
  const account = researcherAccount('Olga');
  await verifiedUser(account);
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, 'admin@platform.example', 'Admin-Platform-2026!');
  await page.goto('/admin/organizations');
  await page.getByLabel('Nazwa organizacji').fill(account.organization.name);
  await expect(page.getByRole('row')).toHaveCount(2);
  await page
    .getByRole('row')
    .filter({ hasText: account.organization.name })
    .getByRole('button', { name: 'Usuń dane' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: `Usunąć organizację ${account.organization.name}?`,
  });
  await expect(dialog).toContainText('Nic jeszcze nie zmieniono.');
  await expect(dialog.getByRole('listitem')).toHaveText([`${account.fullName} · ${account.email}`]);
  await expectAccessible(page);
  await screenshot(page, 'admin-erase-organization');
  await dialog.getByRole('button', { name: 'Usuń organizację' }).click();
  await expect(
    page.getByText(`Organizacja ${account.organization.name} została usunięta.`),
  ).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: account.organization.name })).toHaveCount(0);
  await context.close();
});
