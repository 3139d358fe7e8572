import { expect, test } from '@playwright/test';
import {
  apiToken,
  demo,
  demoPassword,
  expectAccessible,
  graphql,
  personContext,
  screenshot,
  signIn,
} from './fixtures';

test('sign-up shows the server’s objections on the fields they concern, in Polish', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { name: 'Załóż konto' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'sign-up');

  await page.getByLabel(/^Imię i nazwisko/).fill('Ewa Testowa');
  await page.getByLabel(/^E-mail/).fill('ewa.testowa@firma.example');
  await page.getByLabel(/^Hasło/).fill('aaaaaaaaaaaa');
  await page.getByLabel(/^Nazwa organizacji/).fill('Testowa Sp. z o.o.');
  await page.getByLabel(/^Miejscowość/).fill('Lublin');
  // A NIP is checked by its check digit, and the fault is said on its field.
  const nip = page.getByLabel(/^NIP/);
  await nip.fill('712-016-21-54');
  // Nothing is sent before the terms and the privacy notice are accepted; both open from the form.
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  const accepts = page.getByRole('checkbox', { name: /Akceptuję regulamin/ });
  await expect(accepts).toHaveAccessibleDescription(/Zaznacz, że akceptujesz regulamin/);
  await expect(accepts).toBeFocused();
  await expect(
    page.getByRole('link', { name: 'informacją o przetwarzaniu danych' }),
  ).toHaveAttribute('href', '/legal/privacy');
  await accepts.check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(nip).toHaveAccessibleDescription(/To nie jest poprawny NIP/);
  await expect(nip).toBeFocused();
  await nip.fill('');
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  // The server words a weak password's fault itself, in the language of the sign-up.
  const password = page.getByLabel(/^Hasło/);
  await expect(password).toHaveAccessibleDescription(/Hasło jest zbyt łatwe do odgadnięcia/);
  await expect(password).toBeFocused();

  await page.locator('label').filter({ hasText: 'Mam kod zaproszenia' }).click();
  await password.fill('Mocne-Haslo-2026!');
  await page.getByLabel(/^Kod zaproszenia/).fill('NIEMA-TAKIEGO');
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByLabel(/^Kod zaproszenia/)).toHaveAccessibleDescription(
    /Żadna organizacja nie ma takiego kodu zaproszenia/,
  );
  await expect(page.getByRole('heading', { name: 'Sprawdź pocztę' })).toBeHidden();
  await context.close();
});

test('a firm signing up fills its name and town from the VAT register by its NIP, and confirms', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await page.goto('/sign-up');
  const lookup = page.getByRole('button', { name: 'Wypełnij z rejestru VAT' });
  await expect(lookup).toBeDisabled();
  await page.getByLabel(/^NIP/).fill('937-865-79-72');
  await lookup.click();
  await expect(page.getByRole('status')).toHaveText(/Rejestr VAT nie zna tego NIP-u/);

  await page.getByLabel(/^NIP/).fill('543-231-94-84');
  await lookup.click();
  const proposal = page
    .getByRole('status')
    .filter({ hasText: 'Rejestr VAT (Biała lista) podaje:' });
  await expect(proposal).toContainText('ZAKŁAD MECHANIKI PRZYKŁADOWEJ');
  await expect(proposal).toContainText('UL. FABRYCZNA 12A, 21-040 ŚWIDNIK');
  await expect(proposal).toContainText('REGON 123456785, KRS 0000123456');
  // Nothing is filled in until the person says so.
  await expect(page.getByLabel(/^Nazwa organizacji/)).toHaveValue('');
  await expectAccessible(page);
  await screenshot(page, 'sign-up-registry');
  await proposal.getByRole('button', { name: 'Użyj nazwy i miejscowości' }).click();
  await expect(page.getByLabel(/^Nazwa organizacji/)).toHaveValue(
    'ZAKŁAD MECHANIKI PRZYKŁADOWEJ SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ',
  );
  await expect(page.getByLabel(/^Miejscowość/)).toHaveValue('Świdnik');

  await page.getByLabel(/^Imię i nazwisko/).fill('Roman Rejestrowy');
  await page.getByLabel(/^E-mail/).fill(`r.rejestrowy-${Date.now()}@zaklad.example`);
  await page.getByLabel(/^Hasło/).fill('Frezowanie-Tytanu-2027');
  await page.getByRole('checkbox', { name: /Akceptuję regulamin/ }).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByRole('heading', { name: 'Sprawdź pocztę' })).toBeVisible();
  await context.close();
});

test('the need editor puts each error on its field and saves nothing', async ({ browser }) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  // A submission that creates carries a key, which its retries and repeats of the same input send again.
  const keys: string[] = [];
  page.on('request', (request) => {
    if (request.postData()?.includes('createNeed'))
      keys.push(request.headers()['idempotency-key'] ?? 'none');
  });
  await page.goto('/needs/new');
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await expect(page.getByRole('textbox', { name: 'Tytuł' })).toHaveAccessibleDescription(
    /To pole jest wymagane/,
  );
  // The first refused field is brought into view with the focus on it.
  await expect(page.getByRole('textbox', { name: 'Tytuł' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Tytuł' })).toBeInViewport();
  await expect(page.getByText('Wybierz co najmniej jedną pozycję')).toBeVisible();

  const title = 'Uszczelnienia wałów pomp hydraulicznych o przedłużonej trwałości';
  await page.getByRole('textbox', { name: 'Tytuł' }).fill(title);
  await page
    .getByRole('textbox', { name: 'Streszczenie' })
    .fill('Szukamy materiału uszczelnień odpornego na ścieranie.');
  await page
    .getByRole('textbox', { name: 'Opis', exact: true })
    .fill('Uszczelnienia wałów pomp zużywają się po 2000 godzin pracy.');
  await page.getByRole('checkbox', { name: 'Doradztwo eksperckie' }).check();
  // The server refuses a keyword over 60 characters; the message lands on the keywords field.
  const keywords = page.getByRole('combobox', { name: 'Słowa kluczowe: technologia' });
  await keywords.fill(
    'uszczelnienia wałów pomp hydraulicznych pracujących w wysokiej temperaturze',
  );
  await keywords.press('Enter');
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await expect(keywords).toHaveAccessibleDescription(/Za długi tekst/);
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await expect(keywords).toHaveAccessibleDescription(/Za długi tekst/);
  expect(keys).toHaveLength(2);
  for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[0]).toBe(keys[1]);
  await expect(page).toHaveURL(/\/needs\/new$/);

  const token = await apiToken(demo.firm);
  const { needs } = await graphql<{ needs: { edges: unknown[] } }>(
    'query($text: String) { needs(filter: { mine: true, text: $text, status: [DRAFT, PUBLISHED] }) { edges { cursor } } }',
    { text: 'uszczelnienia wałów pomp' },
    token,
  );
  expect(needs.edges).toHaveLength(0);
  await context.close();
});

test('two quick clicks on a save button create and publish once', async ({ browser }) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  const sent: string[] = [];
  page.on('request', (request) => {
    const operation = /mutation (\w+)/.exec(request.postData() ?? '')?.[1];
    if (operation) sent.push(operation);
  });
  const token = await apiToken(demo.firm);
  const mine = async (title: string) =>
    (
      await graphql<{ needs: { edges: { node: { status: string } }[] } }>(
        'query($text: String) { needs(filter: { mine: true, text: $text, status: [DRAFT, PUBLISHED] }) { edges { node { status } } } }',
        { text: title },
        token,
      )
    ).needs.edges.map((edge) => edge.node.status);

  for (const [button, title, status] of [
    ['Zapisz i opublikuj', 'Regeneracja kół zębatych przekładni walcowni', 'PUBLISHED'],
    ['Zapisz szkic', 'Pomiar chropowatości tulei cylindrowych', 'DRAFT'],
  ] as const) {
    sent.length = 0;
    await page.goto('/needs/new');
    await page.getByRole('textbox', { name: 'Tytuł' }).fill(title);
    await page.getByRole('textbox', { name: 'Streszczenie' }).fill(`${title}: szukamy metody.`);
    await page.getByRole('textbox', { name: 'Opis', exact: true }).fill(`${title} w zakładzie.`);
    await page.getByRole('checkbox', { name: 'Doradztwo eksperckie' }).check();
    // As a person clicks twice, about 100 ms apart, not as Playwright waits for the button.
    await page.getByRole('button', { name: button }).scrollIntoViewIfNeeded();
    const box = (await page.getByRole('button', { name: button }).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(100);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
    await expect.poll(() => mine(title)).toEqual([status]);
    expect(sent.filter((name) => name === 'CreateNeed')).toHaveLength(1);
    expect(sent.filter((name) => name === 'PublishNeed')).toHaveLength(
      status === 'PUBLISHED' ? 1 : 0,
    );
  }
  await context.close();
});

test('a typed budget or deadline is never changed or dropped: the field says what is wrong', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  const created: string[] = [];
  page.on('request', (request) => {
    if (request.postData()?.includes('mutation CreateNeed')) created.push(request.url());
  });
  await page.goto('/needs/new');
  await page.getByRole('textbox', { name: 'Tytuł' }).fill('Kontrola spoin ram maszyn rolniczych');
  await page.getByRole('textbox', { name: 'Streszczenie' }).fill('Szukamy metody kontroli spoin.');
  await page
    .getByRole('textbox', { name: 'Opis', exact: true })
    .fill('Spoiny ram pękają po sezonie pracy.');
  await page.getByRole('checkbox', { name: 'Doradztwo eksperckie' }).check();
  const budget = page.getByRole('textbox', { name: 'Budżet od' });
  const deadline = page.getByRole('textbox', { name: 'Termin' });
  const budgetMax = page.getByRole('textbox', { name: 'Budżet do' });
  await budget.fill('-5');
  await budgetMax.fill('1500.5');
  await deadline.fill('1.01.2020');
  await deadline.press('Tab');
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await expect(budget).toHaveValue('-5');
  await expect(budget).toHaveAccessibleDescription(/Budżet nie może być ujemny/);
  await expect(budgetMax).toHaveValue('1 500.5');
  await expect(budgetMax).toHaveAccessibleDescription(/w pełnych złotych/);
  await expect(deadline).toHaveValue('1.01.2020');
  await expect(deadline).toHaveAccessibleDescription(/Termin już minął/);

  await deadline.fill('wkrótce');
  await deadline.press('Tab');
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await expect(deadline).toHaveValue('wkrótce');
  await expect(deadline).toHaveAccessibleDescription(/Podaj datę/);
  expect(created).toEqual([]);
  await context.close();
});

test('half-written work is asked about before leaving, survives a reload and a session ended elsewhere', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await signIn(page, demo.firm);
  await page.getByRole('link', { name: 'Nowa potrzeba' }).click();
  const title = page.getByRole('textbox', { name: 'Tytuł' });
  const typed = 'Chłodzenie form wtryskowych kanałami konforemnymi';
  await title.fill(typed);

  // The sidebar asks; staying keeps the text.
  await page.getByRole('link', { name: 'Start' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opuścić stronę bez zapisywania?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'editor-leave-question');
  await dialog.getByRole('button', { name: 'Zostań w formularzu' }).click();
  await expect(page).toHaveURL(/\/needs\/new$/);
  await expect(title).toHaveValue(typed);
  await page.getByRole('button', { name: 'Anuluj' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Zostań w formularzu' }).click();
  await expect(title).toHaveValue(typed);

  // Back leaves at once, and Forward finds the text kept as a draft.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dzień dobry/);
  await page.goForward();
  await expect(title).toHaveValue(typed);
  await expect(
    page.getByRole('status').filter({ hasText: 'Przywrócono niezapisany tekst' }),
  ).toBeVisible();
  // Closing or reloading the tab has the browser ask.
  const unloadAsks = () =>
    page.evaluate(() => {
      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      return unload.defaultPrevented;
    });
  expect(await unloadAsks()).toBe(true);

  // A reload keeps the text in this browser and says so.
  await page.reload();
  await expect(title).toHaveValue(typed);
  await expect(
    page.getByRole('status').filter({ hasText: 'Przywrócono niezapisany tekst' }),
  ).toBeVisible();

  // Signed out everywhere from elsewhere: saving sends to sign-in, and signing in brings it back.
  await graphql('mutation { signOutEverywhere }', {}, await apiToken(demo.firm));
  await page.getByRole('textbox', { name: 'Streszczenie' }).fill('Szukamy partnera.');
  await page.getByRole('textbox', { name: 'Opis', exact: true }).fill('Formy nagrzewają się.');
  await page.getByRole('checkbox', { name: 'Doradztwo eksperckie' }).check();
  await page.getByRole('button', { name: 'Zapisz szkic' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel(/^E-mail/).fill(demo.firm);
  await page.getByLabel(/^Hasło/).fill(demoPassword);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page).toHaveURL(/\/needs\/new$/);
  await expect(title).toHaveValue(typed);
  await expect(page.getByRole('textbox', { name: 'Opis', exact: true })).toHaveValue(
    'Formy nagrzewają się.',
  );

  // Leaving without saving discards it.
  await page.getByRole('link', { name: 'Start' }).click();
  await dialog.getByRole('button', { name: 'Wyjdź bez zapisywania' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dzień dobry/);
  await page.goto('/needs/new');
  await expect(title).toHaveValue('');
  await context.close();
});

test('every form brings its first refused field into view with the focus on it', async ({
  browser,
}) => {
  const context = await personContext(browser, 'pl-PL');
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await expect(page.getByLabel(/^E-mail/)).toBeFocused();

  await page.goto('/forgot-password');
  await page.getByRole('button', { name: 'Wyślij link' }).click();
  await expect(page.getByLabel(/^E-mail/)).toBeFocused();

  await signIn(page, demo.polishResearcher);
  await page.goto('/account');
  await page.getByRole('button', { name: 'Zmień hasło' }).click();
  await expect(page.getByLabel(/^Obecne hasło/)).toBeFocused();
  await context.close();
});
