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

const need = {
  title: 'Hartowanie laserowe kół zębatych ze stali 42CrMo4',
  summary:
    'Szukamy partnera do opracowania procesu hartowania laserowego zębów kół zębatych przekładni.',
  description:
    'Produkujemy koła zębate ze stali 42CrMo4 do przekładni maszyn rolniczych. Hartowanie indukcyjne ' +
    'powoduje odkształcenia wieńca. Chcemy sprawdzić hartowanie laserowe boków zębów: profil twardości, ' +
    'głębokość warstwy, odkształcenia i odporność na zużycie w badaniach zmęczeniowych.',
};
const capability = {
  title: 'Laser surface hardening of 42CrMo4 steel gears',
  summary:
    'We develop laser hardening processes for steel gears: hardness profiles, distortion control and wear tests.',
  description:
    'Our laboratory hardens gear tooth flanks of 42CrMo4 and other steels with a diode laser. We measure ' +
    'hardness profiles and case depth, control distortion of the gear rim and run wear and fatigue tests.',
};

/** Text a person reads on the page: nothing of the anonymous firm may be in it. */
async function expectNoTraceOfTheFirm(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  for (const trace of [demo.firmOrganization, 'Świdnik', 'Kowalczyk', demo.firm]) {
    expect(text, `the page shows "${trace}"`).not.toContain(trace);
  }
}

test('a firm and a researcher meet through the app, the coordinator approves in the console', async ({
  browser,
}) => {
  const firmContext = await personContext(browser, 'pl-PL');
  const researcherContext = await personContext(browser, 'en-GB');
  const firm = await firmContext.newPage();
  const researcher = await researcherContext.newPage();

  // The firm (Polish UI) posts an anonymous need.
  const started = Date.now();
  await signIn(firm, demo.firm);
  test.info().annotations.push({
    type: 'home usable after sign-in (ms)',
    description: String(Date.now() - started),
  });
  await expectAccessible(firm);
  await screenshot(firm, 'home-firm');
  await firm.getByRole('link', { name: 'Nowa potrzeba' }).click();
  await firm.getByLabel('Tytuł').fill(need.title);
  await firm.getByLabel('Streszczenie').fill(need.summary);
  await firm.getByRole('textbox', { name: 'Opis', exact: true }).fill(need.description);
  const keywords = firm.getByRole('combobox', { name: 'Słowa kluczowe: technologia' });
  await keywords.fill('hartowanie laserowe');
  await keywords.press('Enter');
  await firm.getByRole('checkbox', { name: 'Badania zlecone' }).check();
  await firm.getByRole('radio', { name: 'Anonimowe' }).check();
  await expect(firm.getByText('nazwa firmy, miejscowość i osoby pozostają ukryte')).toBeVisible();
  await expectAccessible(firm);
  await screenshot(firm, 'need-editor');
  await firm.getByRole('button', { name: 'Zapisz i opublikuj' }).click();
  await expect(firm.getByRole('heading', { level: 1 })).toHaveText(need.title);
  const needId = firm.url().split('/').pop()!;
  await expect(firm.getByText('Opublikowane').first()).toBeVisible();

  // The researcher (English UI) publishes a capability on the same subject.
  await signIn(researcher, demo.researcher);
  await expect(researcher.getByRole('link', { name: 'Research offers' })).toBeVisible();
  await researcher.getByRole('link', { name: 'New research offer' }).click();
  await researcher.getByLabel('Title').fill(capability.title);
  await researcher.getByLabel('Summary').fill(capability.summary);
  await researcher
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill(capability.description);
  const expertise = researcher.getByRole('combobox', { name: 'Expertise keywords' });
  await expertise.fill('laser hardening');
  await expertise.press('Enter');
  await researcher.getByRole('checkbox', { name: 'Contract research' }).check();
  await researcher.getByRole('button', { name: 'Save and publish' }).click();
  await expect(researcher.getByRole('heading', { level: 1 })).toHaveText(capability.title);
  const capabilityId = researcher.url().split('/').pop()!;

  // The match appears on both sides, with its reason; the firm stays anonymous to the researcher.
  const matchRow = researcher.getByRole('listitem').filter({ hasText: need.title });
  await expect(async () => {
    await researcher.reload();
    await expect(matchRow).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(matchRow).toContainText('%');
  await expectNoTraceOfTheFirm(researcher);
  await expectAccessible(researcher);
  await screenshot(researcher, 'capability-matches');
  await firm.reload();
  await expect(firm.getByRole('listitem').filter({ hasText: capability.title })).toBeVisible();
  await screenshot(firm, 'need-page');

  await matchRow.getByRole('link', { name: need.title }).click();
  await expect(researcher.getByRole('heading', { name: 'Match', level: 1 })).toBeVisible();
  await expect(researcher.getByText('Why this match')).toBeVisible();
  await expect(researcher.getByRole('table').filter({ hasText: 'Contribution' })).toBeVisible();
  await expect(researcher.locator('mark').first()).toBeVisible();
  await expectNoTraceOfTheFirm(researcher);
  const matchId = researcher.url().split('/').pop()!;
  await researcher.goto(`/needs/${needId}`);
  await expect(researcher.getByText('Anonymous firm')).toBeVisible();
  await expectNoTraceOfTheFirm(researcher);

  // The researcher's bell lights up without a reload when a coordinator approves the match.
  await researcher.goto('/');
  const bell = researcher.getByRole('link', { name: /^Notifications, / });
  const before = await bell.getAttribute('aria-label');
  // The coordinator approves it in the console.
  const coordinatorContext = await personContext(browser, 'pl-PL');
  const coordinatorPage = await coordinatorContext.newPage();
  await signIn(coordinatorPage, demo.coordinator);
  await coordinatorPage.goto(`/matches/${matchId}`);
  await coordinatorPage.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
  await coordinatorPage
    .getByRole('dialog')
    .getByLabel(/Notatka/)
    .fill('Dobra para');
  await coordinatorPage
    .getByRole('dialog')
    .getByRole('button', { name: 'Zatwierdź dopasowanie' })
    .click();
  await expect(coordinatorPage.getByText('Zatwierdzone przez koordynatora')).toBeVisible();
  await expect(bell).not.toHaveAttribute('aria-label', before!);
  // The home page, open all along, lists it among the matches waiting for the researcher's
  // answer, with its deadline, without a reload.
  const waiting = researcher.getByRole('region', { name: /waiting for your answer/ });
  await expect(waiting.getByRole('link', { name: need.title })).toBeVisible();
  await expect(waiting).toContainText('Due ');

  // Both say yes; only now do the contacts appear.
  await researcher.goto(`/matches/${matchId}`);
  await expect(researcher.getByRole('heading', { name: 'Are you interested?' })).toBeVisible();
  await expectNoTraceOfTheFirm(researcher);
  await researcher.getByRole('button', { name: 'Yes, I am interested' }).click();
  await expect(
    researcher.getByText('You said you are interested; waiting for the other side.'),
  ).toBeVisible();
  await expectNoTraceOfTheFirm(researcher);

  await firm.goto(`/matches/${matchId}`);
  await firm.getByRole('button', { name: 'Tak, jestem zainteresowany' }).click();
  await expect(firm.getByRole('heading', { name: 'Kontakt' })).toBeVisible();
  await expect(firm.getByRole('link', { name: demo.researcher })).toBeVisible();

  // The researcher's page, open all along, shows them without a reload.
  await expect(researcher.getByRole('heading', { name: 'Contact' })).toBeVisible();
  await expect(researcher.getByRole('link', { name: demo.firm })).toBeVisible();

  // The firm records the outcome.
  await firm
    .getByRole('textbox', { name: 'Rezultat' })
    .or(firm.getByRole('combobox', { name: 'Rezultat' }))
    .click();
  await firm.getByRole('option', { name: 'Odbyło się spotkanie' }).click();
  await firm.getByRole('button', { name: 'Zapisz rezultat' }).click();
  await expect(firm.getByText('Zapisano rezultat.')).toBeVisible();
  await expect(firm.getByText('Zapisano rezultat', { exact: false }).first()).toBeVisible();
  await expectAccessible(firm);
  await screenshot(firm, 'match-introduced');

  const coordinator = await apiToken(demo.coordinator);
  const { match } = await graphql<{ match: { status: string; outcome: string } }>(
    'query($id: ID!) { match(id: $id) { status outcome } }',
    { id: matchId },
    coordinator,
  );
  expect(match).toEqual({ status: 'INTRODUCED', outcome: 'MEETING_HELD' });

  // The dashboard counts the introduction.
  await coordinatorPage.goto('/dashboard');
  const introduced = coordinatorPage
    .getByTestId('funnel-table')
    .getByRole('row', { name: /przedstawione/ });
  await expect(introduced).not.toContainText(/\s0$/);
  await coordinatorContext.close();
  expect(capabilityId).toBeTruthy();
  await firmContext.close();
  await researcherContext.close();
});
