import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import {
  demo,
  expectAccessible,
  personContext,
  screenshot,
  sectionScreenshots,
  signIn,
  withDatabase,
} from './fixtures';

/** The next `month`/`day` at least a week ahead, at `hour` UTC. */
function next(month: number, day: number, hour: number): Date {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), month - 1, day, hour));
  if (date.getTime() < now.getTime() + 7 * 86_400_000)
    date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date;
}

/** As a datetime-local field takes it, in the browser's zone (the contexts run in Warsaw). */
const warsawInput = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(date)
    .replace(' ', 'T');

/**
 * An introduced match between the English-speaking firm's need and the Polish researcher's
 * capability, written directly: the steps before an introduction have their own tests.
 */
async function introducedMatch(): Promise<string> {
  return withDatabase(async (db) => {
    const [{ id }] = await db.query(
      `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
         reason_for_researcher, engine_version, need_version, capability_version, status,
         firm_response, researcher_response, introduced_at)
       SELECT n.id, c.id, 0.71, '[]', '{"pl":"Wspólne tematy","en":"Shared subjects"}',
         '{"pl":"Wspólne tematy","en":"Shared subjects"}', 'test', n.version, c.version,
         'INTRODUCED', 'INTERESTED', 'INTERESTED', now()
       FROM needs n JOIN users fu ON fu.id = n.author_id,
         capabilities c JOIN users ru ON ru.id = c.author_id
       WHERE fu.email = $1 AND ru.email = $2 AND n.status = 'PUBLISHED' AND c.status = 'PUBLISHED'
         AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id AND m.capability_id = c.id)
       LIMIT 1 RETURNING id`,
      [demo.englishFirm, demo.polishResearcher],
    );
    return id as string;
  });
}

test('the two sides agree a meeting, download the invitation and record that it took place; the coordinator lists it', async ({
  browser,
}) => {
  const matchId = await introducedMatch();
  const winter = next(1, 14, 9);
  const summer = next(7, 1, 8);

  // The researcher (Polish) offers two times; a time that has passed is refused on the field.
  const researcher = await (await personContext(browser, 'pl-PL')).newPage();
  await signIn(researcher, demo.polishResearcher);
  await researcher.goto(`/matches/${matchId}`);
  const meetings = researcher.getByRole('region', { name: 'Spotkania' });
  await meetings.getByRole('button', { name: 'Zaproponuj spotkanie' }).click();
  const form = meetings.getByRole('form', { name: 'Zaproponuj spotkanie' });
  await form
    .getByRole('textbox', { name: 'Termin 1' })
    .fill(warsawInput(new Date(Date.now() - 86_400_000)));
  await form.getByLabel('Adres').fill('Politechnika Lubelska, ul. Nadbystrzycka 38, Lublin');
  await form.getByRole('button', { name: 'Wyślij propozycję' }).click();
  await expect(form.getByText('Wybierz termin, który jeszcze nie minął')).toBeVisible();
  await expectAccessible(researcher);
  await sectionScreenshots(meetings, 'meeting-proposal-refused');

  await form.getByRole('textbox', { name: 'Termin 1' }).fill(warsawInput(winter));
  await form.getByRole('button', { name: 'Dodaj kolejny termin' }).click();
  await form.getByRole('textbox', { name: 'Termin 2' }).fill(warsawInput(summer));
  await form.getByRole('button', { name: 'Wyślij propozycję' }).click();
  const offered = meetings.getByRole('article');
  await expect(offered).toContainText('Uzgadniane');
  await expect(offered).toContainText('Czekamy, aż druga strona wybierze termin.');
  await expectAccessible(researcher);
  await sectionScreenshots(meetings, 'meeting-offered');

  // The firm (English) picks the summer time and downloads its invitation.
  const firm = await (await personContext(browser, 'en-GB')).newPage();
  await signIn(firm, demo.englishFirm);
  await firm.goto(`/matches/${matchId}`);
  const firmMeetings = firm.getByRole('region', { name: 'Meetings' });
  const times = firmMeetings.getByRole('radiogroup', {
    name: 'Times offered by the research team',
  });
  await expect(times.getByRole('radio')).toHaveCount(2);
  await firmMeetings.getByRole('button', { name: 'Accept this time' }).click();
  await expect(firmMeetings.getByText('Required')).toBeVisible();
  await times.getByRole('radio').nth(1).check();
  await firmMeetings.getByRole('button', { name: 'Accept this time' }).click();
  await expect(firmMeetings.getByRole('article')).toContainText('Agreed');
  await expectAccessible(firm);
  await sectionScreenshots(firmMeetings, 'meeting-agreed');

  const [download] = await Promise.all([
    firm.waitForEvent('download'),
    firmMeetings.getByRole('button', { name: 'Download the invitation (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('invitation.ics');
  const content = readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(content));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(event.startDate.toJSDate().toISOString()).toBe(summer.toISOString());
  expect(event.startDate.zone?.tzid).toBe('Europe/Warsaw');
  expect(event.summary).toMatch(/^Meeting: /);

  // The coordinator sees it among the cluster's meetings ahead.
  const coordinator = await (await personContext(browser, 'pl-PL')).newPage();
  await signIn(coordinator, demo.coordinator);
  await coordinator.getByRole('link', { name: 'Spotkania' }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Nadchodzące spotkania');
  await expect(coordinator.locator(`a[href="/matches/${matchId}"]`)).toBeVisible();
  await expectAccessible(coordinator);
  await screenshot(coordinator, 'upcoming-meetings');

  // The meeting has taken place: one click records it.
  await withDatabase((db) =>
    db.query(
      `UPDATE meetings SET starts_at = now() - interval '2 hours',
         proposed_times = ARRAY[now() - interval '2 hours'] WHERE match_id = $1`,
      [matchId],
    ),
  );
  await firm.reload();
  const report = firmMeetings.getByRole('group', { name: 'Did the meeting take place?' });
  await report.getByRole('button', { name: 'Yes, it took place' }).click();
  await expect(firmMeetings.getByRole('article')).toContainText('Took place');
  await expectAccessible(firm);
  const outcome = await withDatabase(
    async (db) =>
      (await db.query(`SELECT outcome FROM matches WHERE id = $1`, [matchId]))[0].outcome,
  );
  expect(outcome).toBe('MEETING_HELD');
  for (const page of [researcher, firm, coordinator]) await page.context().close();
});
