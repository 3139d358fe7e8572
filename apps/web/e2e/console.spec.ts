import { expect, test } from '@playwright/test';
import {
  apiToken,
  demo,
  expectAccessible,
  graphql,
  personContext,
  screenshot,
  signIn,
  withDatabase,
} from './fixtures';

/** A need the demo's coating and machining capabilities answer. */
const toolWearNeed = {
  title: 'Trwałość frezów przy obróbce Ti6Al4V',
  summary:
    'Szukamy partnera, który pomoże dobrać powłoki PVD i parametry skrawania, aby wydłużyć żywotność frezów przy obróbce Ti6Al4V.',
  description:
    'Frezy węglikowe zużywają się po 25–30 minutach obróbki Ti6Al4V. Chcemy przetestować powłoki AlTiN i AlCrN oraz chłodzenie wysokociśnieniowe i porównać zużycie ostrza w serii prób.',
  technologyKeywords: ['obróbka skrawaniem', 'powłoki PVD', 'stopy tytanu', 'zużycie narzędzi'],
  sectors: ['C25.62'],
  trlMin: 4,
  trlMax: 7,
  collaborationTypes: ['CONTRACT_RESEARCH', 'TESTING_AND_LAB_SERVICES'],
  visibility: 'PUBLIC',
};

interface QueueRow {
  id: string;
  status: string;
}

async function statuses(ids: string[], token: string): Promise<string[]> {
  const found: string[] = [];
  for (const id of ids) {
    const { match } = await graphql<{ match: QueueRow }>(
      'query($id: ID!) { match(id: $id) { id status } }',
      { id },
      token,
    );
    found.push(match.status);
  }
  return found;
}

test('a coordinator works through the review queue by mouse and by keyboard', async ({
  browser,
}) => {
  const token = await apiToken(demo.coordinator);
  const { reviewQueue } = await graphql<{ reviewQueue: { edges: { node: QueueRow }[] } }>(
    'query { reviewQueue(first: 100) { edges { node { id status } } } }',
    {},
    token,
  );
  expect(reviewQueue.edges.length).toBeGreaterThanOrEqual(6);

  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.getByRole('link', { name: 'Kolejka do oceny' }).first().click();
  await expect(page.getByRole('heading', { name: 'Kolejka do oceny', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Kolejka do oceny' });
  const rows = table.locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'review-queue');

  // A filter lands in the URL, so the view can be bookmarked; clearing it brings the rows back.
  const before = await table.getAttribute('aria-rowcount');
  const minScore = page.getByLabel('Wynik od (%)');
  await minScore.fill('99');
  await expect(page).toHaveURL(/minScore=99/);
  await expect(page.getByText('Przy tych filtrach nie ma nic do oceny.')).toBeVisible();
  // A score is a percent, as on the match pages; one out of range is refused on its field and
  // left out of the query, never clamped to the nearest allowed value.
  await minScore.fill('150');
  await minScore.blur();
  await expect(minScore).toHaveValue('150%');
  await expect(minScore).toHaveAccessibleDescription(/Podaj liczbę całkowitą od 0 do 100/);
  await expect(table).toHaveAttribute('aria-rowcount', before!);
  await page.goto('/review');
  await expect(table).toHaveAttribute('aria-rowcount', before!);

  // Keyboard only: move down, approve the focused match with a note.
  const firstIds = await rows.evaluateAll((elements) =>
    elements.map((row) => row.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? ''),
  );
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Zatwierdź dopasowanie' })).toBeVisible();
  await page.keyboard.type('Dobra para, proszę o kontakt');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Zdecydowano o 1' })).toBeVisible();
  expect(await statuses([firstIds[1]!], token)).toEqual(['APPROVED']);
  const rowOf = (id: string) => rows.filter({ has: page.locator(`a[href="/matches/${id}"]`) });
  await expect(rowOf(firstIds[1]!)).toHaveCount(0);

  // Reject another with a reason, from the keyboard too.
  await rows.first().focus();
  await page.keyboard.press('r');
  await expect(dialog.getByRole('heading', { name: 'Odrzuć dopasowanie' })).toBeVisible();
  await dialog
    .getByLabel(/^Powód/)
    .first()
    .click();
  await page.getByRole('option', { name: 'Nie dotyczy nas' }).click();
  await dialog.getByRole('button', { name: 'Odrzuć dopasowanie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zdecydowano o 1' })).toBeVisible();
  expect(await statuses([firstIds[0]!], token)).toEqual(['REJECTED']);
  await expect(rowOf(firstIds[0]!)).toHaveCount(0);

  // Select three with the mouse and approve them at once.
  const chosen = await rows.evaluateAll((elements) =>
    elements
      .slice(0, 3)
      .map((row) => row.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? ''),
  );
  for (let i = 0; i < 3; i++) await rows.nth(i).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Zatwierdź 3 dopasowania' }).click();
  await dialog.getByRole('button', { name: 'Zatwierdź 3 dopasowania' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zdecydowano o 3' })).toBeVisible();
  expect(await statuses(chosen, token)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);

  // The approved match's page shows the note in its history.
  await page.goto(`/matches/${firstIds[1]}`);
  await expect(page.getByText('Zatwierdzone przez koordynatora')).toBeVisible();
  await expect(page.getByText('Dobra para, proszę o kontakt')).toBeVisible();
  // Who did it, and why the engine proposed it, for each side.
  await expect(page.getByText(/Koordynator: Katarzyna Wójcik/)).toBeVisible();
  await expect(page.getByText('Zaproponowane przez silnik dopasowań')).toBeVisible();
  await expect(page.getByText('Dla firmy:')).toBeVisible();
  await expect(page.getByText('Dla zespołu badawczego:')).toBeVisible();
  await screenshot(page, 'match-coordinator');
  await expectAccessible(page);
  await context.close();
});

test('the review flow by keyboard alone: open from the queue, decide on the match, back to the same view', async ({
  browser,
}) => {
  const token = await apiToken(demo.coordinator);
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.goto('/review?orderBy=OLDEST');
  const rows = page
    .getByRole('table', { name: 'Kolejka do oceny' })
    .locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();
  const idAt = async (index: number) =>
    (await rows.nth(index).locator('a').getAttribute('href'))!.split('/').pop()!;

  // j to the second row, o to open it, a to approve with a note, u back to the queue.
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  const approved = await idAt(1);
  await page.keyboard.press('o');
  await expect(page).toHaveURL(`/matches/${approved}`);
  await expect(page.getByRole('heading', { name: 'Twoja decyzja' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skróty klawiszowe' })).toContainText(
    'u wróć do kolejki',
  );
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Zatwierdź dopasowanie' })).toBeVisible();
  await page.keyboard.type('Z klawiatury: dobra para');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Z klawiatury: dobra para')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Twoja decyzja' })).toBeHidden();
  await page.keyboard.press('u');
  await expect(page).toHaveURL(/\/review\?orderBy=OLDEST$/);

  // The same view, without the decided match; r rejects the focused one with a reason.
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ has: page.locator(`a[href="/matches/${approved}"]`) })).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  const rejected = await idAt(1);
  await page.keyboard.press('r');
  await expect(dialog.getByRole('heading', { name: 'Odrzuć dopasowanie' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: /^Powód/ })).toHaveValue('Zbyt wczesny etap');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Zdecydowano o 1' })).toBeVisible();

  const history = async (id: string) =>
    (
      await graphql<{
        match: { status: string; history: { reason: string | null; note: string | null }[] };
      }>('query($id: ID!) { match(id: $id) { status history { reason note } } }', { id }, token)
    ).match;
  expect(await history(approved)).toMatchObject({
    status: 'APPROVED',
    history: expect.arrayContaining([
      expect.objectContaining({ note: 'Z klawiatury: dobra para' }),
    ]),
  });
  expect(await history(rejected)).toMatchObject({
    status: 'REJECTED',
    history: expect.arrayContaining([expect.objectContaining({ reason: 'TOO_EARLY_STAGE' })]),
  });
  await context.close();
});

test('a coordinator sets the cluster’s deadlines and adds a member', async ({ browser }) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.getByRole('link', { name: 'Ustawienia klastra' }).click();
  const days = page.getByLabel('Dni na każdy etap (3–90)');
  await expect(days).toHaveValue('14');
  await expect(page.getByText('Domyślnie na platformie: 40%')).toBeVisible();
  await expectAccessible(page);
  await days.fill('21');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Zapisano ustawienia.')).toBeVisible();
  await page.reload();
  await expect(days).toHaveValue('21');

  const add = page
    .getByRole('textbox', { name: 'Dodaj organizację członkowską' })
    .or(page.getByRole('combobox', { name: 'Dodaj organizację członkowską' }));
  await add.fill('Stowarzyszenie');
  await page.getByRole('option', { name: /Stowarzyszenie Klaster/ }).click();
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await expect(page.getByRole('cell', { name: /^Stowarzyszenie Klaster/ })).toBeVisible();
  await screenshot(page, 'cluster-settings');
  await context.close();
});

test('marking a notification read keeps the pages of them already loaded', async ({ browser }) => {
  // A month of notices about a posting expiring: more than one page's worth (the demo data's
  // proposals come in one notice per posting, fewer than a page).
  await withDatabase((db) =>
    db.query(
      `INSERT INTO notifications (user_id, event, need_id, idempotency_key, email_frequency, created_at)
       SELECT u.id, 'POSTING_EXPIRING', (SELECT id FROM needs ORDER BY created_at LIMIT 1),
         'paging-test:' || day, 'OFF', now() - day * interval '1 day'
       FROM users u, generate_series(1, 30) AS day WHERE u.email = $1`,
      [demo.coordinator],
    ),
  );
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.goto('/notifications');
  const items = page.getByRole('listitem');
  await expect(items).toHaveCount(20);
  await page.getByRole('button', { name: 'Pokaż więcej' }).click();
  // However many the demo data's matching produced, the second page is loaded beside the first.
  await expect.poll(() => items.count()).toBeGreaterThan(20);
  const loaded = await items.count();
  const unreadBefore = await page.getByRole('button', { name: 'Oznacz jako przeczytane' }).count();
  await items
    .nth(loaded - 1)
    .getByRole('button', { name: 'Oznacz jako przeczytane' })
    .click();
  await expect(page.getByRole('button', { name: 'Oznacz jako przeczytane' })).toHaveCount(
    unreadBefore - 1,
  );
  await expect(items).toHaveCount(loaded);
  await context.close();
});

test('the threshold is a percent: out of range is refused on its field, empty restores the default, a raise warns', async ({
  browser,
}) => {
  const token = await apiToken(demo.coordinator);
  const stored = async () =>
    (
      await graphql<{ clusters: { matchThreshold: number | null; stepDeadlineDays: number }[] }>(
        '{ clusters { matchThreshold stepDeadlineDays } }',
        {},
        token,
      )
    ).clusters[0];
  const before = await stored();
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.goto('/cluster-settings');
  const threshold = page.getByLabel('Najniższy proponowany wynik (%)');
  const save = page.getByRole('button', { name: 'Zapisz', exact: true });

  for (const typed of ['150', '40.5', '-1']) {
    await threshold.fill(typed);
    await save.click();
    await expect(threshold).toHaveAccessibleDescription(/Podaj liczbę całkowitą od 0 do 100/);
    await expect(threshold).toHaveValue(typed);
  }
  expect(await stored()).toEqual(before);

  // A raise above the scores stored now: the page says how many needs would be left without.
  await threshold.fill('95');
  await save.click();
  const warning = page.getByRole('alert').filter({ hasText: 'Przy progu 95%,' });
  await expect(warning).toContainText(/otwartych potrzeb klastra/);
  await expectAccessible(page);
  await screenshot(page, 'cluster-settings-threshold-warning');
  expect(await stored()).toEqual(before);

  // Empty gives each setting back to the platform.
  await threshold.fill('');
  await page.getByLabel('Dni na każdy etap (3–90)').fill('');
  await save.click();
  await expect(page.getByText('Zapisano ustawienia.')).toBeVisible();
  await expect.poll(stored).toEqual({ matchThreshold: null, stepDeadlineDays: 14 });
  await context.close();
});

test('a proposals notice names its need and leads to the queue of that need’s proposals', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.goto('/notifications');
  const notice = page
    .getByRole('link', { name: /^Do przeglądu: \d+ (nowe|nowych) dopasowa/ })
    .first();
  const title = /„(.+)”$/.exec((await notice.textContent()) ?? '')![1]!;
  await notice.click();
  await expect(page).toHaveURL(/\/review\?posting=/);
  await expect(page.getByRole('alert')).toContainText(`Tylko dopasowania ogłoszenia „${title}”`);
  const rows = page
    .getByRole('table', { name: 'Kolejka do oceny' })
    .locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText(title);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Pokaż dopasowania wszystkich ogłoszeń' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await context.close();
});

test('a burst of notifications is one toast that counts them, not a stack', async ({ browser }) => {
  // Its own need, so that what earlier tests decided in the queue cannot leave it without proposals.
  const [firm, coordinator] = await Promise.all([apiToken(demo.firm), apiToken(demo.coordinator)]);
  const { createNeed } = await graphql<{ createNeed: { id: string } }>(
    'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    { input: { ...toolWearNeed, title: `${toolWearNeed.title} (${Date.now()})` } },
    firm,
  );
  await graphql('mutation($id: ID!) { publishNeed(id: $id) { id } }', { id: createNeed.id }, firm);
  const proposalsOfNeed = async (): Promise<string[]> => {
    const { reviewQueue } = await graphql<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
      'query($postingId: ID!) { reviewQueue(first: 3, postingId: $postingId) { edges { node { id } } } }',
      { postingId: createNeed.id },
      coordinator,
    );
    return reviewQueue.edges.map((edge) => edge.node.id);
  };
  await expect
    .poll(async () => (await proposalsOfNeed()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  const ids = await proposalsOfNeed();

  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  const bell = page.getByRole('link', { name: /^Powiadomienia/ });
  const unreadBefore = Number(/\d+/.exec((await bell.getAttribute('aria-label')) ?? '0')?.[0] ?? 0);
  await graphql(
    'mutation($ids: [ID!]!) { approveMatches(ids: $ids) { id } }',
    { ids },
    coordinator,
  );

  const toasts = page.locator('.mantine-Notification-root');
  await expect(toasts).toContainText(`${ids.length} nowe powiadomienia`);
  await expect(toasts).toHaveCount(1);
  await expect(bell).toHaveAccessibleName(new RegExp(`${unreadBefore + ids.length}`));
  await screenshot(page, 'notifications-burst', { toasts: true });
  await context.close();
});

test('the coordinator’s home counts the day’s work and each figure opens the queue filtered to it', async ({
  browser,
}) => {
  const token = await apiToken(demo.coordinator);
  const total = async (filters: string) =>
    (
      await graphql<{ reviewQueue: { totalCount: number } }>(
        `query { reviewQueue(first: 1${filters}) { totalCount } }`,
        {},
        token,
      )
    ).reviewQueue.totalCount;
  const proposed = await total('');
  const waiting = await total(', status: [APPROVED]');

  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  const tile = (text: RegExp) => page.getByRole('listitem').filter({ hasText: text });
  await expect(tile(/na Twoją decyzję/)).toContainText(String(proposed));
  await expect(tile(/czekają na odpowiedź stron/)).toContainText(String(waiting));
  await expect(tile(/bez dopasowania w klastrze/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'home-coordinator');

  await tile(/czekają na odpowiedź stron/)
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/review\?status=APPROVED$/);
  await expect(page.getByRole('table', { name: 'Kolejka do oceny' })).toHaveAttribute(
    'aria-rowcount',
    String(Math.min(waiting, 50) + 1),
  );
  await context.close();
});
