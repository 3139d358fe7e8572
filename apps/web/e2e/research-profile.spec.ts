import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  apiToken,
  demo,
  expectAccessible,
  graphql,
  personContext,
  screenshot,
  signIn,
} from './fixtures';

const fixtures = join(__dirname, '../../../libs/imports/src');
/** The iD the OpenAlex stand-in knows works for; invented, with a valid check digit. */
const orcidId = '0000-0002-1825-0097';

/** At the ORCID stand-in: its development sign-in form takes any iD as the login. */
async function signInAtOrcid(page: Page, id: string): Promise<void> {
  const login = page.locator('input[name="login"]');
  // A second trip in one browser may find ORCID's session and come straight back.
  const asked = await login
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (asked) {
    await login.fill(id);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
  }
}

test('a researcher links ORCID, drafts a capability from their works, sees its sources and its matches, and publishes it', async ({
  browser,
}) => {
  // A firm of the researcher's cluster needs what the researcher's works are about.
  const firmToken = await apiToken(demo.firm);
  const { createNeed } = await graphql<{ createNeed: { id: string } }>(
    `
      mutation ($input: CreateNeedInput!) {
        createNeed(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: 'Zmęczeniowe pęknięcia spawanych ram naczep',
        summary: 'Szukamy badań trwałości zmęczeniowej spawanych połączeń stali wysokowytrzymałej.',
        description:
          'Spawane ramy naczep pękają przy spoinie po 200 000 km. Potrzebujemy badań zmęczeniowych połączeń spawanych, pomiaru naprężeń własnych i cyfrowej korelacji obrazu.',
        technologyKeywords: ['połączenia spawane', 'zmęczenie materiału'],
        marketKeywords: ['naczepy'],
        sectors: ['C29.20'],
        trlMin: 3,
        trlMax: 6,
        collaborationTypes: ['CONTRACT_RESEARCH', 'RD_COOPERATION'],
        language: 'pl',
        visibility: 'ANONYMOUS',
      },
    },
    firmToken,
  );
  await graphql(
    `
      mutation ($id: ID!) {
        publishNeed(id: $id) {
          id
        }
      }
    `,
    { id: createNeed.id },
    firmToken,
  );

  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await signIn(page, demo.researcher);
  await page.getByRole('link', { name: 'Profile from publications' }).click();
  await expect(
    page.getByRole('heading', { name: 'Profile from publications', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draft from ORCID and OpenAlex' })).toBeDisabled();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Link with ORCID' }).click();
  await signInAtOrcid(page, orcidId);
  await expect(
    page.getByRole('status').filter({ hasText: `Linked with ORCID iD ${orcidId}.` }),
  ).toBeVisible();
  await expect(page.getByText('confirmed by ORCID')).toBeVisible();

  // A file for another iD is refused, and says why.
  await page
    .locator('input[type="file"]')
    .nth(0)
    .setInputFiles(join(fixtures, 'openalex/fixtures/works-page.json'));
  await page
    .locator('input[type="file"]')
    .nth(1)
    .setInputFiles({
      name: 'record.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        readFileSync(join(fixtures, 'orcid/fixtures/record.json'), 'utf8').replaceAll(
          orcidId,
          '0000-0001-5109-3700',
        ),
      ),
    });
  await page.getByRole('button', { name: 'Draft from the files' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This ORCID record belongs to another iD than yours.',
  );

  await page.getByRole('button', { name: 'Draft from ORCID and OpenAlex' }).click();
  await expect(page.getByText('A draft from publications, and its sources')).toBeVisible();
  const sources = page.getByRole('table', { name: 'Proposed fields and their sources' });
  await expect(sources.getByRole('rowheader', { name: 'Title' })).toBeVisible();
  await expect(sources.getByRole('row', { name: /Expertise/ })).toContainText('laser welding');
  await expect(sources.getByRole('row', { name: /Expertise/ })).toContainText('keywords (ORCID)');
  await expect(sources.getByRole('row', { name: /Summary/ })).toContainText('abstracts (OpenAlex)');
  await expect(sources.getByRole('row', { name: /Institution/ })).toContainText(
    'employment (ORCID)',
  );

  // The preview: the firm's anonymous need, its reason, and no firm's name or place.
  const preview = page.getByRole('region', { name: 'What this offer would find today' });
  const found = preview.getByRole('link', { name: 'Zmęczeniowe pęknięcia spawanych ram naczep' });
  await expect(found).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText('An anonymous firm');
  await expect(preview).not.toContainText(demo.firmOrganization);
  await expect(preview).not.toContainText(/Świdnik|same city|same region/);
  await expectAccessible(page);
  await screenshot(page, 'research-draft-sources');

  // Importing again changes nothing the sources did not change.
  await page.getByRole('button', { name: 'Update from the sources' }).click();
  await expect(
    page.getByText('The sources say what the offer says: nothing changed.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/capabilities\/[0-9a-f-]+$/);
  await expect(page.getByText('Published').first()).toBeVisible();
  await context.close();

  // From now on ORCID alone signs this researcher in.
  const later = await personContext(browser, 'en-GB');
  const again = await later.newPage();
  await again.goto('/sign-in');
  await again.getByRole('button', { name: 'Continue with ORCID' }).click();
  await signInAtOrcid(again, orcidId);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);
  await later.close();
});

test('signing in with an ORCID iD no account has starts a researcher’s sign-up with it', async ({
  browser,
}) => {
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Continue with ORCID' }).click();
  await signInAtOrcid(page, '0000-0002-1694-233X');
  // No account has this iD: the sign-up form, for a researcher, with the name ORCID gave.
  await expect(page.getByText('ORCID iD confirmed')).toBeVisible();
  await expect(page.getByText(/with the iD 0000-0002-1694-233X, confirmed by ORCID/)).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('Jan Testowy');
  await expect(page.getByRole('radio', { name: 'a firm' })).toHaveCount(0);
  await expectAccessible(page);
  await context.close();
});
