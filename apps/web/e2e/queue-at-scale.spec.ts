import { expect, type Page, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { bracketsCapability, bracketsNeed } from '../../../libs/testing/src/posting-inputs';
import {
  apiToken,
  expectAccessible,
  funnelOf,
  graphql,
  personContext,
  screenshot,
  signIn,
  tableNumbers,
  verifiedUser,
} from './fixtures';

// Each need holds exactly top-k (20) proposals, as the engine would leave it.
const needCount = 50;
const capabilityCount = 20;
const proposals = needCount * capabilityCount;
const password = 'Kolejka-Tysiac-2026!';

interface Person {
  email: string;
  token: string;
  organizationId: string;
}

/** A person of the role in a new organisation, signed in over the API. */
async function person(
  role: 'FIRM' | 'RESEARCHER' | 'COORDINATOR',
  organization: { name: string; kind: string; city: string },
  language: 'pl' | 'en',
): Promise<Person & { id: string }> {
  const email = `${role.toLowerCase()}.${Date.now().toString(36)}@scale.example`;
  const id = await verifiedUser({
    email,
    password,
    fullName: `${organization.name} ${role.toLowerCase()}`,
    role,
    organization: { ...organization, region: 'lubelskie' },
    language,
  });
  const token = await apiToken(email, password);
  const { me } = await graphql<{ me: { organization: { id: string } } }>(
    'query { me { organization { id } } }',
    {},
    token,
  );
  return { id, email, token, organizationId: me.organization.id };
}

/**
 * A cluster of its own (the demo cluster's queue stays as the other tests know it): an
 * English-speaking coordinator, a firm in Lublin and a lab in Radom, and 1,000 proposals
 * between 50 of the firm's needs and 20 of the lab's capabilities, written straight into the
 * database with spread scores, ages and deadlines.
 */
async function clusterOfAThousand() {
  const admin = await apiToken('admin@platform.example', 'Admin-Platform-2026!');
  const suffix = Date.now().toString(36);
  const coordinator = await person(
    'COORDINATOR',
    { name: `Scale Cluster Office ${suffix}`, kind: 'CLUSTER_BODY', city: 'Lublin' },
    'en',
  );
  const firm = await person(
    'FIRM',
    { name: `Odlewnia Skali ${suffix}`, kind: 'COMPANY', city: 'Lublin' },
    'pl',
  );
  const lab = await person(
    'RESEARCHER',
    { name: `Radom Fatigue Lab ${suffix}`, kind: 'UNIVERSITY', city: 'Radom' },
    'en',
  );
  const { createCluster } = await graphql<{ createCluster: { id: string } }>(
    'mutation($input: CreateClusterInput!) { createCluster(input: $input) { id } }',
    { input: { name: `Scale Cluster ${suffix}`, regions: ['lubelskie'] } },
    admin,
  );
  const clusterId = createCluster.id;
  await graphql(
    'mutation($clusterId: ID!, $userId: ID!) { appointCoordinator(clusterId: $clusterId, userId: $userId) { id } }',
    { clusterId, userId: coordinator.id },
    admin,
  );

  const db = await new DataSource({ type: 'postgres', url: process.env.DATABASE_URL }).initialize();
  try {
    // Members added in SQL, not by `addClusterMember`: its matching job would re-match the
    // firm's needs, whenever it ran, and withdraw the proposals written here.
    await db.query(
      'INSERT INTO cluster_members (cluster_id, organization_id) SELECT $1, unnest($2::uuid[])',
      [clusterId, [firm.organizationId, lab.organizationId]],
    );
    // CLUSTER visibility: the engine never pairs these postings with anyone outside the cluster.
    const insertPostings = (table: 'needs' | 'capabilities', owner: Person, count: number) =>
      db.query(
        `INSERT INTO ${table} (organization_id, author_id, title, summary, description, sectors,
           collaboration_types, language, visibility, status, search_document, version,
           published_at, expires_at, ${table === 'needs' ? 'trl_min, trl_max' : 'trl, ipr_status'})
         SELECT o.id, u.id, $2 || ' ' || i, 'Filler', 'Filler posting of the queue at scale.',
           CASE WHEN i % 2 = 0 THEN ARRAY['C29.10'] ELSE ARRAY['C25.62'] END,
           ARRAY['CONTRACT_RESEARCH'], 'pl', 'CLUSTER', 'PUBLISHED', ''::tsvector, 1,
           now(), now() + interval '1 year',
           ${table === 'needs' ? '1, 9' : "5, 'NO_IPR_APPLIED'"}
         FROM organizations o JOIN users u ON u.organization_id = o.id,
           generate_series(1, $3) AS i
         WHERE o.id = $1`,
        [
          owner.organizationId,
          table === 'needs' ? 'Automatyzacja magazynu części' : 'Acoustic measurement service',
          count,
        ],
      );
    await insertPostings('needs', firm, needCount);
    await insertPostings('capabilities', lab, capabilityCount);
    await db.query(
      `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
         reason_for_researcher, engine_version, need_version, capability_version, created_at)
       SELECT n.id, c.id, 0.30 + (row_number() OVER () * 37 % 66) / 100.0, '[]',
         '{"pl":"","en":""}', '{"pl":"","en":""}', 'scale-test', 1, 1,
         now() - make_interval(days => 2 + (row_number() OVER ())::int % 30)
       FROM needs n, capabilities c
       WHERE n.organization_id = $1 AND c.organization_id = $2`,
      [firm.organizationId, lab.organizationId],
    );
    // The insert trigger starts every step today; these steps started when they were proposed.
    await db.query(
      `UPDATE matches SET due_at = created_at + interval '14 days'
       WHERE need_id IN (SELECT id FROM needs WHERE organization_id = $1)`,
      [firm.organizationId],
    );
    const [{ count: topScored }] = await db.query(
      `SELECT count(*)::int AS count FROM matches m JOIN needs n ON n.id = m.need_id
       WHERE n.organization_id = $1 AND m.score >= 0.9`,
      [firm.organizationId],
    );
    return { clusterId, coordinator, firm, lab, topScored: topScored as number };
  } finally {
    await db.destroy();
  }
}

/** Milliseconds from the action until the page shows what `shown` waits for (checked each frame). */
async function timed(
  page: Page,
  action: () => Promise<unknown>,
  shown: string,
  argument?: unknown,
): Promise<number> {
  const start = performance.now();
  await action();
  await page.waitForFunction(shown, argument, { polling: 'raf', timeout: 30_000 });
  return Math.round(performance.now() - start);
}

// Tracing snapshots the whole DOM at every action: with a thousand rows it would be what is timed.
test.use({ trace: 'off' });

/** Rows loaded into the table (most of them not in the page: it is virtualised). */
const rowCount =
  'Number(document.querySelector("table[aria-label=\'Review queue\']")?.getAttribute("aria-rowcount") ?? 1) - 1';
const focusedIndex = 'document.activeElement?.getAttribute("data-index")';

test('a queue of a thousand proposals renders, filters, scrolls and takes live arrivals, in English', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { clusterId, coordinator, firm, lab, topScored } = await clusterOfAThousand();
  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await signIn(page, coordinator.email, password);
  const rows = page.getByRole('table', { name: 'Review queue' }).locator('tbody tr[data-index]');
  const count = (value: number) => `${value.toLocaleString('en-GB')} matches with these filters`;

  const figures: Record<string, number> = {};
  figures.openQueueMs = await timed(
    page,
    () => page.getByRole('link', { name: 'Review queue' }).first().click(),
    `${rowCount} === 50 && document.body.innerText.includes(${JSON.stringify(count(proposals))})`,
  );
  figures.reloadQueueMs = await timed(
    page,
    () => page.reload(),
    `${rowCount} === 50 && document.body.innerText.includes(${JSON.stringify(count(proposals))})`,
  );
  // The same filter asked of the API alone, to tell the server's share from the browser's.
  const apiStart = performance.now();
  await graphql(
    `
      query {
        reviewQueue(first: 50, minScore: 0.9) {
          totalCount
          edges {
            node {
              id
              need {
                title
              }
              capability {
                title
              }
            }
          }
        }
      }
    `,
    {},
    coordinator.token,
  );
  figures.filterApiMs = Math.round(performance.now() - apiStart);
  figures.filterMs = await timed(
    page,
    () => page.getByLabel('Score from (%)').fill('90'),
    `document.body.innerText.includes(${JSON.stringify(count(topScored))})`,
  );
  await expect(page).toHaveURL(/minScore=90/);
  await expectAccessible(page);

  // The deadline order is the server's, across the whole queue, not the page's.
  await page.goto('/review');
  await page.getByRole('button', { name: 'Due', exact: true }).click();
  await expect(page).toHaveURL(/orderBy=DUE_SOONEST/);
  await expect(page.getByRole('columnheader', { name: 'Due' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.first()).toContainText('overdue');

  // On a phone the filters fold behind one button (saying how many are set), the queue first.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/review?city=Lublin');
  const filtersButton = page.getByRole('button', { name: 'Filters (1)' });
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Score from (%)')).toBeHidden();
  await expect(rows.first()).toBeInViewport();
  await filtersButton.click();
  await expect(page.getByLabel('City')).toHaveValue('Lublin');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/review');

  // All twenty pages in the page at once, and moving through them stays quick.
  const start = performance.now();
  for (let loaded = 50; loaded < proposals; loaded += 50) {
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.waitForFunction(`${rowCount} === ${loaded + 50}`, undefined, { polling: 'raf' });
  }
  figures.loadAllPagesMs = Math.round(performance.now() - start);
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  expect(await rows.count()).toBeLessThan(60);
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  const moves = 20;
  figures.keyMoveAtThousandMs = Math.round(
    (await timed(
      page,
      async () => {
        for (let i = 0; i < moves; i++) await page.keyboard.press('j');
      },
      `${focusedIndex} === "${1 + moves}"`,
    )) / moves,
  );
  // Scrolled to the end: the last rows are drawn in place of the first.
  figures.scrollToEndMs = await timed(
    page,
    () =>
      rows.first().evaluate((row) => {
        const scroller = row.closest('table')!.parentElement!;
        scroller.scrollTop = scroller.scrollHeight;
      }),
    `document.querySelector('tr[data-index="${proposals - 1}"]') !== null`,
  );

  // Three rows deep in the list selected; a proposal arrives live; all stays as it was.
  await rows.first().evaluate((row) => {
    const scroller = row.closest('table')!.parentElement!;
    scroller.scrollTop = scroller.scrollHeight * 0.7;
  });
  await page.waitForFunction('document.querySelector(\'tr[data-index="700"]\') !== null');
  const chosen = await rows.evaluateAll((elements) =>
    elements
      .filter((row) => Number(row.getAttribute('data-index')) >= 700)
      .slice(0, 3)
      .map((row) => row.querySelector('a')?.getAttribute('href') ?? ''),
  );
  const rowOf = (href: string) => rows.filter({ has: page.locator(`a[href="${href}"]`) });
  for (const href of chosen) await rowOf(href).getByRole('checkbox').check();
  await expect(page.getByRole('button', { name: 'Approve 3 matches' })).toBeVisible();
  const series = String(Date.now());
  const { createCapability } = await graphql<{ createCapability: { id: string } }>(
    'mutation($input: CreateCapabilityInput!) { createCapability(input: $input) { id } }',
    {
      input: {
        ...bracketsCapability,
        title: `${bracketsCapability.title} ${series}`,
        visibility: 'CLUSTER',
      },
    },
    lab.token,
  );
  await graphql(
    'mutation($id: ID!) { publishCapability(id: $id) { id } }',
    { id: createCapability.id },
    lab.token,
  );
  const needTitle = `${bracketsNeed.title} ${series}`;
  const { createNeed } = await graphql<{ createNeed: { id: string } }>(
    'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    { input: { ...bracketsNeed, title: needTitle, visibility: 'CLUSTER' } },
    firm.token,
  );
  const published = performance.now();
  await graphql(
    'mutation($id: ID!) { publishNeed(id: $id) { id } }',
    { id: createNeed.id },
    firm.token,
  );
  await page.waitForFunction(`${rowCount} === ${proposals + 1}`, undefined, { timeout: 30_000 });
  figures.liveArrivalMs = Math.round(performance.now() - published);
  await expect(page.getByText(count(proposals + 1))).toBeVisible();
  for (const href of chosen) await expect(rowOf(href).getByRole('checkbox')).toBeChecked();
  const newest = await graphql<{ reviewQueue: { edges: { node: { need: { title: string } } }[] } }>(
    'query { reviewQueue(first: 1, orderBy: NEWEST) { edges { node { need { title } } } } }',
    {},
    coordinator.token,
  );
  expect(newest.reviewQueue.edges[0]?.node.need.title).toBe(needTitle);
  await screenshot(page, 'review-queue-en');

  // Another coordinator's tab rejects one of them meanwhile: that one is refused, on its own.
  await graphql(
    'mutation($id: ID!) { rejectMatch(id: $id, reason: NOT_RELEVANT) { id } }',
    { id: chosen[0]!.split('/').pop() },
    coordinator.token,
  );
  await page.getByRole('button', { name: 'Approve 3 matches' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Approve 3 matches' }).click();
  await expect(dialog.getByText('1 match was not changed')).toBeVisible();
  await expect(dialog.getByText('Someone decided it meanwhile')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '2 decided, 1 not changed.' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(count(proposals - 2))).toBeVisible();
  await page.waitForFunction(`${rowCount} === ${proposals - 2}`);
  await expect(page.getByRole('checkbox', { name: 'Select all shown' })).not.toBeChecked();

  // The board's view of the same cluster, in English: the funnel agrees with clusterStats.
  const { clusterStats } = await graphql<{ clusterStats: Record<string, number> }>(
    `
      query ($clusterId: ID!) {
        clusterStats(clusterId: $clusterId) {
          matchesProposed
          matchesApproved
          matchesIntroduced
          agreements
          matchesRejected
          matchesExpired
        }
      }
    `,
    { clusterId },
    coordinator.token,
  );
  expect(clusterStats.matchesProposed).toBeGreaterThanOrEqual(proposals);
  await page.getByRole('link', { name: 'Cluster dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'The funnel' })).toBeVisible();
  await expect.poll(() => tableNumbers(page, 'funnel-table')).toEqual(funnelOf(clusterStats));
  await expect(page.getByRole('button', { name: 'Download “The funnel” as CSV' })).toBeVisible();
  // The proposals waited two days or more before these decisions: the median reads in days.
  await expect(page.getByText(/^\d+ days?$/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'dashboard-en');

  const line = Object.entries(figures)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  console.log(`review queue at ${proposals} proposals: ${line}`);
  const out = join(__dirname, '../../../test-results/measurements');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'review-queue.json'), JSON.stringify({ proposals, ...figures }, null, 2));
  test.info().annotations.push({ type: 'measured', description: line });
  await context.close();
});
