import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

export const demoPassword = 'Demo-Klaster-2026!';
export const demo = {
  coordinator: 'koordynator@klaster-wmm.example',
  firm: 'j.kowalczyk@mps-swidnik.example',
  firmOrganization: 'Mechanika Precyzyjna Świdnik',
  englishFirm: 'r.bauer@stc-trucks.example',
  researcher: 'm.kaczmarek@itee.example',
  polishResearcher: 't.nowicki@pollub.example',
  /** The one whose password a test resets. */
  forgetfulResearcher: 'a.zielinska@urad.example',
};

export const baseUrl = (): string => {
  const url = process.env.WEB_BASE_URL;
  if (!url) throw new Error('WEB_BASE_URL is set by the platform set-up');
  return url;
};

/** A browser context with the language a person's browser would send. */
export async function personContext(
  browser: Browser,
  locale: 'pl-PL' | 'en-GB',
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), locale, timezoneId: 'Europe/Warsaw' });
}

/** Signs in through the sign-in page, in whichever language it shows. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^(E-mail)/).fill(email);
  await page.getByLabel(/^(Hasło|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Zaloguj się|Sign in)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(Dzień dobry|Hello), /);
}

/** GraphQL over HTTP as a non-browser client (the coordinator's console comes with issue 11). */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

export async function apiToken(email: string, password = demoPassword): Promise<string> {
  const data = await graphql<{ signIn: { accessToken: string } }>(
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  return data.signIn.accessToken;
}

/**
 * The checks every page a test visits goes through: the accessibility scan, and the layout and
 * wording checks that keep a class of defects closed (see `expectFinished`).
 */
export async function expectAccessible(page: Page): Promise<void> {
  await expectScannedByAxe(page);
  await expectFinished(page);
}

/** axe-core with the WCAG 2.1 A and AA rules: no serious or critical violation on the page. */
async function expectScannedByAxe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    blocking.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''} ${node.html}`).join(', ')})`,
    ),
  ).toEqual([]);
}

/** Enum values of the API a person should never read (currency codes are words people use). */
const rawEnumValues = (() => {
  const schema = readFileSync(join(__dirname, '../../api/schema.graphql'), 'utf8');
  const values = new Set<string>();
  for (const [, name, body] of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    if (name === 'Currency' || name === 'Language') continue;
    for (const [value] of body!.replace(/"""[^]*?"""/g, '').matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g)) {
      values.add(value);
    }
  }
  return [...values];
})();

/**
 * What a page must not look like, at desktop width and at a phone's: scrolling sideways, a badge
 * whose text is cut, an API code (MEETING_HELD) where a word should be. Text is read before CSS
 * upper-cases it, so a badge reading "DRAFT" on screen is the word "Draft", not the code.
 */
export async function expectFinished(page: Page): Promise<void> {
  const rawCodes = await page.evaluate((codes) => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden]')) continue;
      for (const code of codes) {
        if (new RegExp(`(^|[^\\w])${code}($|[^\\w])`).test(node.textContent ?? '')) found.add(code);
      }
    }
    return [...found];
  }, rawEnumValues);
  expect(rawCodes, 'API codes shown as text').toEqual([]);

  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await afterTransitions(page);
    const faults = await page.evaluate(() => {
      const root = document.documentElement;
      const cutBadges = [...document.querySelectorAll<HTMLElement>('.mantine-Badge-label')]
        .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth)
        .map((label) => label.textContent);
      // What sticks out: the outermost elements whose right edge passes the window's.
      const overflowing = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter(
          (element) =>
            !(
              element.parentElement &&
              element.parentElement.getBoundingClientRect().right > root.clientWidth + 1
            ),
        )
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120));
      return {
        sidewaysScroll:
          root.scrollWidth > root.clientWidth ? { width: root.scrollWidth, overflowing } : null,
        cutBadges,
      };
    });
    expect(faults, `${page.url()} at ${width} px`).toEqual({ sidewaysScroll: null, cutBadges: [] });
  }
  await page.setViewportSize(viewport);
  await afterTransitions(page);
}

const screenshots = join(__dirname, '../../../test-results/screenshots');

/** Toasts come and go; a screenshot shows the page under them. */
const withoutToasts = '.mantine-Notifications-root { display: none !important; }';

/**
 * The page at desktop width and at a phone's (390 px), from the top, for the README and review;
 * toasts hidden unless they are the subject.
 */
export async function screenshot(page: Page, name: string, { toasts = false } = {}): Promise<void> {
  const style = toasts ? undefined : withoutToasts;
  mkdirSync(screenshots, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [width, height, size] of [
    [1280, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await afterTransitions(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, `${name}-${size}.png`), style });
  }
  await page.setViewportSize(desktop);
  // What a test does next must not land on a layout still sliding back.
  await afterTransitions(page);
}

/** One section of a page at desktop width and at a phone's, for pages longer than a screen. */
export async function sectionScreenshots(section: Locator, name: string): Promise<void> {
  const page = section.page();
  mkdirSync(screenshots, { recursive: true });
  for (const [width, height, size] of [
    [1280, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await afterTransitions(page);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(screenshots, `${name}-${size}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await afterTransitions(page);
}

/**
 * The navigation slides in or away when the width changes (also after the page checks' phone
 * width): photograph the layout, not the slide. A transition starts on the frame after the
 * resize, so two frames pass before asking whether any still runs.
 */
async function afterTransitions(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** The path and query of the newest link to `page` in the person's mail (the API's APP_URL may differ). */
export async function linkInMail(to: string, page: string): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s]+(/${page}\\?token=[\\w-]+)`);
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(`${process.env.MAILBOX_URL}?to=${encodeURIComponent(to)}`);
    const messages = (await response.json()) as { subject: string; text: string }[];
    const link = messages
      .map((message) => pattern.exec(message.text)?.[1])
      .filter(Boolean)
      .pop();
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${page} link reached ${to}`);
}

/** An account made through sign-up and the e-mailed verification link, as a person would. */
export async function verifiedUser(input: {
  email: string;
  password: string;
  fullName: string;
  role: 'FIRM' | 'RESEARCHER' | 'COORDINATOR';
  organization: { name: string; kind: string; city: string; region: string };
  language?: 'pl' | 'en';
}): Promise<string> {
  const { legalTexts } = await graphql<{ legalTexts: { document: string; version: string }[] }>(
    'query { legalTexts(language: pl) { document version } }',
  );
  await graphql(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input)
      }
    `,
    { input: { language: 'pl', acceptedLegalDocuments: legalTexts, ...input } },
  );
  const token = new URL(
    await linkInMail(input.email, 'verify-email'),
    'http://app',
  ).searchParams.get('token');
  const { verifyEmail } = await graphql<{ verifyEmail: { user: { id: string } } }>(
    `
      mutation ($token: String!) {
        verifyEmail(token: $token) {
          user {
            id
          }
        }
      }
    `,
    { token },
  );
  return verifyEmail.user.id;
}

/** The numbers of one of the dashboard's tables, row by row, however the locale groups digits. */
export async function tableNumbers(page: Page, testId: string): Promise<number[]> {
  const cells = page.getByTestId(testId).locator('tbody tr td:last-child');
  return (await cells.allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
}

/** `clusterStats` as the dashboard's funnel table lists it, stage by stage. */
export const funnelOf = (stats: Record<string, number>): number[] => [
  stats.matchesProposed!,
  stats.matchesApproved!,
  stats.matchesIntroduced!,
  stats.agreements!,
  stats.matchesRejected!,
  stats.matchesExpired!,
];

/** The run's database, for setting up what the pages alone cannot make (a long history). */
export async function withDatabase<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource({ type: 'postgres', url: process.env.DATABASE_URL }).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
