import { expect, test } from '@playwright/test';
import {
  apiToken,
  demo,
  expectAccessible,
  funnelOf,
  graphql,
  tableNumbers,
  verifiedUser,
  personContext,
  screenshot,
  signIn,
} from './fixtures';

const statsQuery = `query($clusterId: ID!) { clusterStats(clusterId: $clusterId) {
  matchesProposed matchesApproved matchesIntroduced agreements matchesRejected matchesExpired
  unmatchedNeeds unmatchedBySector { key count } } }`;

/** A coordinator who signed up and verified the address, appointed to a new cluster by the admin. */
async function coordinatorOfAnotherCluster(): Promise<string> {
  const email = `koordynator.${Date.now()}@inny-klaster.example`;
  const userId = await verifiedUser({
    email,
    password: 'Szybowiec-Rzeszow-2027#',
    fullName: 'Olga Inna',
    role: 'COORDINATOR',
    organization: {
      name: `Klaster Podkarpacki ${Date.now()}`,
      kind: 'CLUSTER_BODY',
      city: 'Rzeszów',
      region: 'podkarpackie',
    },
  });
  const admin = await apiToken('admin@platform.example', 'Admin-Platform-2026!');
  const { createCluster } = await graphql<{ createCluster: { id: string } }>(
    `
      mutation ($input: CreateClusterInput!) {
        createCluster(input: $input) {
          id
        }
      }
    `,
    { input: { name: `Dolina Lotnicza ${Date.now()}`, regions: ['podkarpackie'] } },
    admin,
  );
  await graphql(
    `
      mutation ($clusterId: ID!, $userId: ID!) {
        appointCoordinator(clusterId: $clusterId, userId: $userId) {
          id
        }
      }
    `,
    { clusterId: createCluster.id, userId },
    admin,
  );
  return email;
}

test('the dashboard shows the numbers clusterStats gives, and another cluster’s coordinator sees none of them', async ({
  browser,
}) => {
  const token = await apiToken(demo.coordinator);
  const { clusters } = await graphql<{ clusters: { id: string }[] }>(
    'query { clusters { id } }',
    {},
    token,
  );
  const { clusterStats } = await graphql<{ clusterStats: Record<string, any> }>(
    statsQuery,
    { clusterId: clusters[0]!.id },
    token,
  );

  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.getByRole('link', { name: 'Pulpit klastra' }).click();
  await expect(page.getByRole('heading', { name: 'Lejek' })).toBeVisible();
  expect(await tableNumbers(page, 'funnel-table')).toEqual(funnelOf(clusterStats));
  expect(await tableNumbers(page, 'unmatched-sector-table')).toEqual(
    clusterStats.unmatchedBySector.map((row: { count: number }) => row.count),
  );
  await expect(
    page.getByRole('heading', {
      name: clusterStats.unmatchedNeeds
        ? new RegExp(`^${clusterStats.unmatchedNeeds} potrzeb`)
        : /^Brak potrzeb/,
    }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz „Lejek” jako CSV' }).click();
  expect((await download).suggestedFilename()).toBe('funnel.csv');
  await expectAccessible(page);
  await screenshot(page, 'dashboard');
  await context.close();

  const outsider = await coordinatorOfAnotherCluster();
  const otherContext = await personContext(browser, 'pl-PL');
  const other = await otherContext.newPage();
  await signIn(other, outsider, 'Szybowiec-Rzeszow-2027#');
  await other.goto('/review');
  await expect(other.getByText('Przy tych filtrach nie ma nic do oceny.')).toBeVisible();
  await other.goto('/dashboard');
  await expect(other.getByTestId('funnel-table')).toBeVisible();
  expect(await tableNumbers(other, 'funnel-table')).toEqual([0, 0, 0, 0, 0, 0]);
  await other.goto(`/dashboard?clusterId=${clusters[0]!.id}`);
  await expect(
    other.getByRole('heading', { name: 'Nie możesz zobaczyć tej strony' }),
  ).toBeVisible();
  await otherContext.close();
});
