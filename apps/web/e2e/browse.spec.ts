import { expect, test } from '@playwright/test';
import {
  apiToken,
  demo,
  expectAccessible,
  graphql,
  personContext,
  screenshot,
  signIn,
} from './fixtures';

const createNeed = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const publishNeed = `mutation($id: ID!) { publishNeed(id: $id) { id } }`;

test('paging through a search shows every posting once; anonymous ones name no firm', async ({
  browser,
}) => {
  const firm = await apiToken(demo.englishFirm);
  const titles: string[] = [];
  for (let i = 1; i <= 27; i++) {
    const title = `Kwarcytronic sensor housing variant ${i}`;
    const { createNeed: created } = await graphql<{ createNeed: { id: string } }>(
      createNeed,
      {
        input: {
          title,
          summary: `Kwarcytronic housing number ${i} for a truck axle sensor.`,
          description:
            'A sealed housing for an axle speed sensor, injection moulded, resistant to road salt.',
          trlMin: 3,
          trlMax: 8,
          collaborationTypes: ['CONTRACT_RESEARCH'],
          visibility: i % 3 === 0 ? 'ANONYMOUS' : 'PUBLIC',
        },
      },
      firm,
    );
    await graphql(publishNeed, { id: created.id }, firm);
    titles.push(title);
  }

  const context = await personContext(browser, 'en-GB');
  const page = await context.newPage();
  await signIn(page, demo.polishResearcher);
  await page.goto('/needs?q=Kwarcytronic');
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(20);
  await expectAccessible(page);
  await screenshot(page, 'browse-needs');
  const more = page
    .getByRole('button', { name: 'Pokaż więcej' })
    .or(page.getByRole('button', { name: 'Show more' }));
  while (await more.isVisible()) {
    const before = await cards.count();
    await more.click();
    await expect(cards).not.toHaveCount(before);
  }
  const shown = await page.getByRole('article').getByRole('link').allInnerTexts();
  expect(shown.toSorted()).toEqual(titles.toSorted());

  const anonymous = page.getByRole('article').filter({ hasText: 'variant 3' }).first();
  await expect(anonymous).toContainText(/Anonymous firm|Firma anonimowa/);
  await expect(anonymous).not.toContainText('Starachowice Truck');
  await context.close();
});
