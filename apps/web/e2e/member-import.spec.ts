import { expect, test } from '@playwright/test';
import { encode } from 'iconv-lite';
import {
  demo,
  expectAccessible,
  graphql,
  linkInMail,
  personContext,
  screenshot,
  signIn,
} from './fixtures';

const header =
  'Nazwa organizacji;Rodzaj;Wielkość;NIP;Miejscowość;Województwo;E-mail;Imię i nazwisko;Rola;Język';

/** A member list as a Polish office saves it from Excel: Windows-1250, semicolons, CRLF. */
const sheet = (rows: string[]) => encode([header, ...rows, ';;;;;;;;;'].join('\r\n'), 'win1250');

test('a coordinator imports members from a spreadsheet: problems first, then the dry run, the import and the invitations', async ({
  browser,
}) => {
  const series = Date.now().toString(36);
  const researcher = `e.nowak-${series}@instytut.example`;
  const rows = [
    `Odlewnia Radomska ${series};firma;średnia;9935181904;Radom;mazowieckie;j.odlewnik-${series}@odlewnia.example;Jan Odlewnik;;`,
    `Instytut Spawalnictwa ${series};instytut;;;Lublin;lubelskie;${researcher};Ewa Nowak;naukowiec;angielski`,
  ];
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.getByRole('link', { name: 'Import członków' }).click();
  await expect(page.getByRole('heading', { name: 'Import członków z arkusza' })).toBeVisible();
  await expectAccessible(page);

  // A file with a wrong NIP: the report says where, and nothing can be imported.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: 'członkowie.csv',
    mimeType: 'text/csv',
    buffer: sheet([rows[0]!.replace('9935181904', '9935181905'), rows[1]!]),
  });
  await page.getByRole('button', { name: 'Sprawdź plik' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 problem w pliku' })).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problemy w pliku' });
  await expect(problems.locator('tbody tr')).toHaveText([
    /2\s*NIP\s*Niepoprawny NIP \(cyfra kontrolna się nie zgadza\)/,
  ]);
  await expect(page.getByRole('button', { name: /^Importuj/ })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'member-import-problems');

  // The corrected file: what each row would do, and the import on confirmation.
  await fileInput.setInputFiles({
    name: 'członkowie.csv',
    mimeType: 'text/csv',
    buffer: sheet(rows),
  });
  await page.getByRole('button', { name: 'Sprawdź plik' }).click();
  const planned = page.getByRole('table', { name: 'Co import zrobi z każdym wierszem' });
  await expect(planned.locator('tbody tr')).toHaveCount(2);
  await expect(planned.locator('tbody tr').first()).toContainText('nowa');
  await expect(planned.locator('tbody tr').first()).toContainText('dołączy do klastra');
  await expect(planned.locator('tbody tr').first()).toContainText('dostanie zaproszenie');
  await expect(
    page.getByText(
      '2 wiersze: nowe organizacje 2, do uzupełnienia 0, dołączą do klastra 2, zaproszenia do wysłania 2.',
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'member-import-dry-run');

  await page.getByRole('button', { name: 'Importuj (2 wiersze)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zaimportowano' })).toContainText(
    'wysłane zaproszenia 2',
  );
  const invitations = page.getByRole('table', { name: 'Zaproszenia bez odpowiedzi' });
  const invitationOf = invitations.locator('tbody tr').filter({ hasText: researcher });
  await expect(invitationOf).toContainText(`Instytut Spawalnictwa ${series}`);
  await expect(invitationOf).toContainText(/ważny do|w drodze/);
  await invitationOf
    .getByRole('button', { name: 'Wyślij ponownie zaproszenie do: Ewa Nowak' })
    .click();
  await expect(invitationOf.getByRole('status')).toHaveText('Wysłano nowy link');
  await expectAccessible(page);

  // The same file again: nothing left to do.
  await page.getByRole('button', { name: 'Sprawdź plik' }).click();
  await expect(page.getByText('Wszystko z tego pliku już jest na platformie')).toBeVisible();
  await context.close();

  // The invited researcher, in English, follows the newest link and is signed in.
  const invitee = await personContext(browser, 'en-GB');
  const welcome = await invitee.newPage();
  await welcome.goto(await linkInMail(researcher, 'accept-invitation'));
  await expect(
    welcome.getByRole('heading', { name: 'Welcome to the platform: set your password' }),
  ).toBeVisible();
  await expectAccessible(welcome);
  await welcome.getByLabel(/^New password\s*\*?$/).fill('Spawanie-Laserowe-2027');
  await welcome.getByLabel(/^New password again/).fill('Spawanie-Laserowe-2027');
  await welcome.getByRole('button', { name: 'Set the password and sign in' }).click();
  // Invited, they have accepted nothing yet: the terms and the privacy notice come first.
  await expect(welcome.getByRole('heading', { name: 'Before you go on' })).toBeVisible();
  await expect(welcome.getByRole('heading', { name: 'Privacy notice' })).toBeVisible();
  await expectAccessible(welcome);
  await screenshot(welcome, 'legal-gate');
  await welcome.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(welcome.getByText('Tick to accept the terms and the privacy notice')).toBeVisible();
  await welcome.getByRole('checkbox', { name: 'I have read and accept the texts above' }).check();
  await welcome.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);
  await screenshot(welcome, 'invitation-accepted');
  await invitee.close();

  const signedIn = await graphql<{ signIn: { accessToken: string } }>(
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email: researcher, password: 'Spawanie-Laserowe-2027' },
  );
  expect(signedIn.signIn.accessToken).toBeTruthy();
});
