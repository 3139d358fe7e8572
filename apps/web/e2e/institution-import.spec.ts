import { expect, test } from '@playwright/test';
import { demo, expectAccessible, personContext, screenshot, signIn } from './fixtures';

/** The ROR id the OpenAlex stand-in lists works for: three researchers, two with an ORCID iD. */
const ror = 'https://ror.org/02pq7ke47';

test('a coordinator imports a university’s works into drafts, follows the progress and invites a researcher, who claims the draft', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.getByRole('link', { name: 'Import uczelni' }).click();
  await expect(page.getByRole('heading', { name: 'Import uczelni', level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('textbox', { name: 'Uczelnia lub instytut' })
    .or(page.getByRole('combobox', { name: 'Uczelnia lub instytut' }))
    .first()
    .click();
  await page.getByRole('option', { name: 'Uniwersytet Przyrodniczy w Lublinie' }).click();
  await page.getByRole('textbox', { name: 'Identyfikator ROR' }).fill('nie-ror');
  await page.getByRole('button', { name: 'Importuj' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'To nie jest identyfikator ROR (np. https://ror.org/03bqmcz70).',
  );
  await page.getByRole('textbox', { name: 'Identyfikator ROR' }).fill(ror);
  await page.getByRole('button', { name: 'Importuj' }).click();
  const imports = page.getByRole('table', { name: 'Importy uczelni' });
  const row = imports.locator('tbody tr').first();
  await expect(row).toContainText('Uniwersytet Przyrodniczy w Lublinie');
  await expect(row).toContainText('gotowe', { timeout: 30_000 });
  await expect(row).toContainText('Prace: 12 · badacze: 3 · szkice: 3 · przejęte: 0');

  await row.getByRole('button', { name: 'Pokaż szkice' }).click();
  const drafts = page.getByRole('table', { name: 'Szkice badaczy' });
  await expect(drafts.locator('tbody tr')).toHaveCount(3);
  await expect(drafts).toContainText('bez ORCID iD');

  // A file naming an iD no draft has invites no one; the corrected one invites.
  const claims = page.locator('input[type="file"]').nth(1);
  await claims.setInputFiles({
    name: 'zaproszenia.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`ORCID;E-mail\n0000-0002-1694-233X;${demo.polishResearcher}\n`),
  });
  await page.getByRole('button', { name: 'Wyślij zaproszenia' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Wiersz 2, kolumna orcid: żaden szkic tej uczelni nie ma tego ORCID iD',
  );
  await claims.setInputFiles({
    name: 'zaproszenia.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`ORCID;E-mail\n0000-0001-5109-3700;${demo.polishResearcher}\n`),
  });
  await page.getByRole('button', { name: 'Wyślij zaproszenia' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Wysłano 1 zaproszenie.' }),
  ).toBeVisible();
  await expect(drafts).toContainText(`zaproszono: ${demo.polishResearcher}`);
  await expectAccessible(page);
  await screenshot(page, 'institution-import');
  await context.close();

  // The researcher finds the draft waiting, claims it and reviews its sources.
  const researcherContext = await personContext(browser, 'pl-PL');
  const researcher = await researcherContext.newPage();
  await signIn(researcher, demo.polishResearcher);
  await researcher.getByRole('link', { name: 'Profil z publikacji' }).click();
  const waiting = researcher.getByRole('region', { name: 'Szkice czekające na Ciebie' });
  await expect(waiting).toContainText('Uniwersytet Przyrodniczy w Lublinie');
  await expectAccessible(researcher);
  await waiting.getByRole('button', { name: 'Przejmij szkic' }).click();
  await expect(researcher.getByText('Szkic z publikacji i jego źródła')).toBeVisible();
  await expect(
    researcher.getByRole('table', { name: 'Zaproponowane pola i ich źródła' }),
  ).toContainText('afiliacja w pracach (OpenAlex)');
  await researcherContext.close();
});
