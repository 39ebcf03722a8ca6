import type { StandardAnswerDto, UserDto } from '@ingang/shared';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { postWhatsAppWebhook, textMessage } from '../support/whatsapp-webhooks';

jest.setTimeout(90_000);

const BODY_LINES = [
  'Beste {{voornaam}},',
  '',
  'Een verlopen paspoort vraagt u opnieuw aan bij de gemeente. Maak een afspraak via de website.',
  '',
  'Met vriendelijke groet,',
  '{{medewerker}}',
];

describe('standard answers in Chromium', () => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let browser: Browser;
  let adminToken: string;
  const agent = { email: 'anna@gemeente.nl', name: 'Anna de Boer', password: randomBytes(10).toString('hex') };

  const newPage = async (): Promise<Page> =>
    (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' })).newPage();

  async function citizenAsks(text: string, from: string, name: string): Promise<void> {
    const posted = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage(text, { from, name }),
      whatsappSecrets(server).appSecret,
    );
    expect(posted.status).toBe(200);
  }

  async function usageOf(title: string): Promise<number | undefined> {
    const answers = await server.api<StandardAnswerDto[]>('/api/admin/standard-answers', { token: adminToken });
    return answers.body.find((answer) => answer.title === title)?.usageCount;
  }

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: { delaysMs: [50, 150, 300] } });
    server = await startServer({ WHATSAPP_API_BASE: fake.baseUrl, WHATSAPP_ACCESS_TOKEN: 'wa-token' });
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(server).appSecret });
    adminToken = await server.login();
    const created = await server.api<UserDto>('/api/admin/users', {
      token: adminToken,
      body: { ...agent, role: 'agent' },
    });
    expect(created.status).toBe(201);
    // A second answer that "/pasp" finds too, ranked above the one the administrator adds: the agent must choose.
    const other = await server.api('/api/admin/standard-answers', {
      token: adminToken,
      body: {
        title: 'Paspoort aanvragen',
        body: 'U vraagt een paspoort aan in het stadhuis.',
        keywords: ['reisdocument'],
      },
    });
    expect(other.status).toBe(201);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it('lets an administrator write a standard answer with placeholders and see it filled in', async () => {
    const admin = await newPage();
    await logIn(admin, server.baseUrl, server.admin.email, server.admin.password);
    await admin.getByRole('link', { name: 'Beheer', exact: true }).click();
    await admin.getByRole('link', { name: 'Standaardantwoorden' }).click();
    await admin.getByRole('heading', { name: 'Standaardantwoorden', level: 1 }).waitFor();

    await admin.getByRole('button', { name: 'Standaardantwoord toevoegen' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Standaardantwoord toevoegen' });
    await dialog.getByLabel('Titel').fill('Paspoort verlopen');
    // The placeholders go in with their buttons, at the caret.
    const body = dialog.getByLabel('Tekst', { exact: true });
    await body.fill('Beste ');
    await dialog.getByRole('button', { name: /^\{\{voornaam\}\} invoegen/ }).click();
    await body.press('End');
    await body.pressSequentially(`,\n\n${BODY_LINES[2]}\n\nMet vriendelijke groet,\n`);
    await dialog.getByRole('button', { name: /^\{\{medewerker\}\} invoegen/ }).click();
    expect(await body.inputValue()).toBe(BODY_LINES.join('\n'));
    await dialog.getByLabel('Trefwoorden').fill('reisdocument, verlopen');
    await dialog.getByRole('checkbox', { name: 'WhatsApp' }).check();

    // The preview fills the placeholders for a sample citizen; for one known only by number, {{voornaam}} stays.
    const preview = dialog.getByRole('region', { name: 'Voorbeeld' });
    await preview.getByText('Fatima', { exact: true }).waitFor();
    await screenshot(admin, 'standard-answer-form');
    await preview.getByLabel('Voorbeeldinwoner').selectOption('number');
    await preview.locator('mark', { hasText: '{{voornaam}}' }).waitFor();
    await screenshot(admin, 'standard-answer-form-unfilled');

    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await admin.getByRole('status').filter({ hasText: '‘Paspoort verlopen’ is toegevoegd.' }).waitFor();
    const row = admin.getByRole('row', { name: /Paspoort verlopen/ });
    await row.getByRole('cell', { name: 'WhatsApp' }).waitFor();
    await screenshot(admin, 'standard-answers-page');

    // The list's search finds by keyword, accents ignored.
    await admin.getByLabel('Zoeken').fill('VERLÓPEN');
    await admin.getByText('1 van 2 gevonden').waitFor();
    expect(await admin.getByRole('row').count()).toBe(2);
    await admin.close();
  });

  it('lets an agent pick it with the keyboard after "/", filled in for the citizen, and send exactly that', async () => {
    await citizenAsks('Hoi, mijn paspoort is verlopen. Wat moet ik doen?', '31611122233', 'Fatima El Amrani');
    const page = await newPage();
    await logIn(page, server.baseUrl, agent.email, agent.password);
    await page.getByRole('link', { name: /Fatima El Amrani/ }).click();
    const reply = page.getByLabel('Antwoord', { exact: true });
    await reply.click();
    await page.keyboard.type('/pasp');

    const listbox = page.getByRole('listbox', { name: 'Standaardantwoorden' });
    await listbox.getByRole('option', { name: /Paspoort verlopen/ }).waitFor();
    await screenshot(page, 'standard-answer-picker');
    const options = listbox.getByRole('option');
    expect(await options.allInnerTexts()).toEqual([
      expect.stringMatching(/^Paspoort aanvragen/),
      expect.stringMatching(/^Paspoort verlopen\nBeste Fatima, Een verlopen paspoort/),
    ]);
    expect(await reply.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));

    await page.keyboard.press('ArrowDown');
    const active = listbox.getByRole('option', { selected: true });
    await active.filter({ hasText: 'Paspoort verlopen' }).waitFor();
    expect(await reply.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    await page.keyboard.press('Enter');

    const expected = BODY_LINES.join('\n').replace('{{voornaam}}', 'Fatima').replace('{{medewerker}}', 'Anna');
    await listbox.waitFor({ state: 'detached' });
    expect(await reply.inputValue()).toBe(expected);
    // The focus stayed in the reply, the caret after the answer; the length check counts the inserted text.
    expect(await reply.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByText(`${expected.length} / 4096 tekens`).waitFor();
    await screenshot(page, 'standard-answer-inserted');

    await page.keyboard.press('Control+Enter');
    const sent = await fake.waitForSent((message) => message.body.to === '31611122233', 10_000);
    expect(sent.body.text?.body).toBe(expected);
    await page.getByLabel('Gelezen').waitFor({ timeout: 10_000 });
    expect(await usageOf('Paspoort verlopen')).toBe(1);
    expect(await usageOf('Paspoort aanvragen')).toBe(0);
    await page.close();
  });

  it('leaves a first name it cannot know marked in the reply, and sends only once it is filled in', async () => {
    await citizenAsks('Mijn paspoort is verlopen', '31644455566', '31644455566');
    const page = await newPage();
    await logIn(page, server.baseUrl, agent.email, agent.password);
    await page.getByRole('link', { name: /31644455566/ }).click();
    const reply = page.getByLabel('Antwoord', { exact: true });
    await reply.fill('Goedemiddag!\n');

    // The button opens the picker with its own search field, a combobox.
    const open = page.getByRole('button', { name: 'Standaardantwoord', exact: true });
    await open.click();
    const search = page.getByRole('combobox', { name: 'Zoek een standaardantwoord' });
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await search.fill('reisdoc');
    await page.getByRole('option', { name: /Paspoort verlopen/ }).waitFor();
    await screenshot(page, 'standard-answer-picker-search');

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await reply.inputValue()).toBe('Goedemiddag!\n');

    await open.click();
    await search.fill('verlopen');
    await page.getByRole('option', { name: /Paspoort verlopen/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    const inserted = BODY_LINES.join('\n').replace('{{medewerker}}', 'Anna');
    expect(await reply.inputValue()).toBe(`Goedemiddag!\n${inserted}`);

    // {{voornaam}} is selected, named below the reply, and sending waits for it.
    expect(
      await reply.evaluate((element: HTMLTextAreaElement) =>
        element.value.slice(element.selectionStart, element.selectionEnd),
      ),
    ).toBe('{{voornaam}}');
    await page.getByText('Vul dit nog in voordat je verstuurt:').waitFor();
    expect(await page.getByRole('button', { name: 'Versturen' }).isDisabled()).toBe(true);
    await screenshot(page, 'standard-answer-unfilled');
    await page.keyboard.type('meneer Jansen');
    await page.getByText('Vul dit nog in voordat je verstuurt:').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Enter');
    const sent = await fake.waitForSent((message) => message.body.to === '31644455566', 10_000);
    expect(sent.body.text?.body).toBe(`Goedemiddag!\n${inserted.replace('{{voornaam}}', 'meneer Jansen')}`);
    expect(await usageOf('Paspoort verlopen')).toBe(2);
    await page.close();
  });

  it('shows a body with markup as text, never as HTML', async () => {
    const markup = '<img src=x onerror="document.title=\'xss\'"><b>vet</b>';
    const created = await server.api('/api/admin/standard-answers', {
      token: adminToken,
      body: { title: 'Opmaak test', body: markup },
    });
    expect(created.status).toBe(201);
    const page = await newPage();
    await logIn(page, server.baseUrl, server.admin.email, server.admin.password);
    await page.goto(`${server.baseUrl}/admin/standaardantwoorden`);
    await page.getByText(markup).waitFor();
    expect(await page.locator('main b, main img').count()).toBe(0);
    expect(await page.title()).not.toBe('xss');
    await page.close();
  });
});
