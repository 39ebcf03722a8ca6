import type { Browser, Page } from 'playwright-core';
import type { UserDto } from '@ingang/shared';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { postWhatsAppWebhook, textMessage } from '../support/whatsapp-webhooks';

// Webcare and a back office working one question together in two browsers: "Volgende vraag", a warm hand-over with
// a holding reply, the back office answering the citizen itself, and the conversation coming back with its path.

jest.setTimeout(90_000);

describe('the webcare workflow in Chromium', () => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let browser: Browser;
  let adminToken: string;
  let citizen = 31670000000;
  const pages: Page[] = [];

  async function user(name: string, role: UserDto['role'], departmentId?: string) {
    const email = `${name.toLowerCase()}@gemeente.test`;
    const password = `${name}-een-lang-wachtwoord`;
    const created = await server.api<UserDto>('/api/admin/users', {
      method: 'POST',
      body: { email, name, role, password, ...(departmentId ? { departmentId } : {}) },
      token: adminToken,
    });
    expect(created.status).toBe(201);
    return { email, password };
  }

  async function signedIn(credentials: { email: string; password: string }): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    pages.push(page);
    await logIn(page, server.baseUrl, credentials.email, credentials.password);
    return page;
  }

  async function asks(text: string, name: string, timestamp?: Date): Promise<void> {
    citizen += 1;
    const posted = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage(text, { from: String(citizen), name, timestamp }),
      whatsappSecrets(server).appSecret,
    );
    expect(posted.status).toBe(200);
  }

  /** Tab (or Shift+Tab) until the element has the focus: the way a keyboard user gets there, never the mouse. */
  async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
    for (let presses = 0; presses < 60; presses += 1) {
      if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`could not reach ${selector} with the keyboard`);
  }

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: { delaysMs: [50, 150, 300] } });
    server = await startServer({
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token',
      WHATSAPP_BUSINESS_ACCOUNT_ID: 'WABA-TEST',
    });
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(server).appSecret });
    adminToken = await server.login();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it('escalates with the holding reply; the back office answers the citizen live; webcare sees the path', async () => {
    const department = await server.api<{ id: string }>('/api/admin/departments', {
      method: 'POST',
      body: { name: 'Belastingen' },
      token: adminToken,
    });
    expect(department.status).toBe(201);
    const agent = await signedIn(await user('Anna', 'agent'));
    const backOffice = await signedIn(await user('Bert', 'backoffice', department.body.id));

    // The back office lands on its own page, not the inbox.
    await backOffice.getByRole('heading', { name: 'Backoffice — Belastingen' }).waitFor();
    await backOffice.getByText('Geen openstaande vragen voor deze afdeling.').waitFor();
    await screenshot(backOffice, 'escalation-backoffice-empty');

    await asks('Waarom is mijn WOZ-waarde dit jaar zo hoog?', 'Fatima Yilmaz');
    await agent.getByRole('link', { name: /Fatima Yilmaz/ }).waitFor();
    await screenshot(agent, 'escalation-inbox');

    // "Volgende vraag" by its shortcut: claimed and opened.
    await agent.keyboard.press('n');
    await agent.waitForURL(/\/conversations\//);
    await agent.getByText('Jij hebt dit gesprek opgepakt').waitFor();
    await agent.getByRole('status').getByText('Opgepakt: gesprek met Fatima Yilmaz.').waitFor();
    await agent.getByRole('link', { name: /Fatima Yilmaz.*Opgepakt door Anna/ }).waitFor();
    await screenshot(agent, 'escalation-claimed');

    await agent.getByRole('button', { name: 'Doorzetten…' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Gesprek met Fatima Yilmaz doorzetten' });
    await dialog.getByLabel('Afdeling').selectOption({ label: 'Belastingen' });
    await dialog
      .getByLabel('Overdrachtsnotitie voor de backoffice')
      .fill('Bezwaar WOZ 2026: inwoner vraagt het taxatieverslag.');
    const holding = 'Uw vraag is doorgezet naar Belastingen. U krijgt binnen 2 werkdagen antwoord.';
    expect(await dialog.getByLabel('Tekst van het wachtbericht').inputValue()).toBe(holding);
    await screenshot(agent, 'escalation-dialog');
    await dialog.getByRole('button', { name: 'Doorzetten', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // The citizen gets the holding reply in WhatsApp; webcare sees the conversation with the back office.
    await fake.waitForSent((message) => message.body.text?.body === holding, 10_000);
    await agent.getByText('Backoffice Belastingen heeft dit gesprek').first().waitFor();
    await agent.getByText('nu bij Belastingen').waitFor();
    await screenshot(agent, 'escalation-escalated');

    // Live on the back office's page, with its own countdown.
    const row = backOffice.getByRole('link', { name: /Fatima Yilmaz/ });
    await row.waitFor();
    await row.getByText(/^nog /).waitFor();
    await screenshot(backOffice, 'escalation-backoffice-list');
    await row.click();
    await backOffice.getByText('Bezwaar WOZ 2026: inwoner vraagt het taxatieverslag.').first().waitFor();
    const answer = 'De WOZ-waarde volgt uit de verkoopprijzen in uw buurt. Het taxatieverslag staat in MijnGemeente.';
    await backOffice.getByRole('button', { name: 'Antwoord aan inwoner' }).click();
    await backOffice.getByLabel('Antwoord aan de inwoner').fill(answer);
    await screenshot(backOffice, 'escalation-backoffice-answer');
    await backOffice.getByRole('button', { name: 'Versturen naar inwoner' }).click();
    await fake.waitForSent((message) => message.body.text?.body === answer, 10_000);
    await backOffice.getByText('Geen openstaande vragen voor deze afdeling.').waitFor();
    await screenshot(backOffice, 'escalation-backoffice-done');

    // Back with the agent who escalated it: answered, with the whole path.
    await agent.getByText('Jij hebt dit gesprek opgepakt').waitFor();
    await agent.locator('.conversation-header').getByText('In afwachting').waitFor();
    await agent.getByText(/Beantwoord aan de inwoner door Bert/).waitFor({ state: 'attached' });
    await agent.getByRole('region', { name: 'Berichten' }).getByText(answer).waitFor();
    await agent.locator('.escalation-path summary').click();
    await screenshot(agent, 'escalation-answered-path');
  });

  it('answers and notes with the keyboard alone; a mentioned colleague is told and sees who types', async () => {
    const anna = await signedIn({ email: 'anna@gemeente.test', password: 'Anna-een-lang-wachtwoord' });
    const bram = await signedIn(await user('Bram', 'agent'));
    await asks('Mag ik een dakkapel plaatsen zonder vergunning?', 'Joost de Boer');
    await anna.getByRole('link', { name: /Joost de Boer/ }).waitFor();
    await anna.keyboard.press('n');
    await anna.getByText('Jij hebt dit gesprek opgepakt').waitFor();

    // Bram opens it too: Anna sees him look, Bram sees who holds it and gets only the note box.
    await bram.getByRole('link', { name: /Joost de Boer/ }).click();
    await bram.getByText('Opgepakt door Anna').first().waitFor();
    await bram.getByText(/Anna heeft dit gesprek opgepakt en beantwoordt de inwoner/).waitFor();
    expect(await bram.getByRole('textbox', { name: 'Antwoord' }).count()).toBe(0);
    await anna.getByText('Bram bekijkt dit gesprek').waitFor();
    await bram.getByLabel('Interne notitie').pressSequentially('Even kijken');
    await anna.getByText('Bram typt…').waitFor();
    await screenshot(anna, 'workflow-presence-typing');
    await screenshot(bram, 'workflow-held-by-colleague');
    await bram.getByLabel('Interne notitie').fill('');

    // Keyboard only: to the note toggle, Enter, into the note, mention Bram, Ctrl+Enter.
    await tabTo(anna, 'button[aria-pressed]:has-text("Interne notitie")');
    await anna.keyboard.press('Enter');
    await anna.keyboard.press('Tab');
    const note = anna.getByLabel('Interne notitie');
    expect(await note.evaluate((element) => element === document.activeElement)).toBe(true);
    await anna.keyboard.type('Vergunningsvrij tot 4 meter? @Br');
    await anna.getByRole('option', { name: /Bram/ }).waitFor();
    await screenshot(anna, 'workflow-mention-suggestions');
    await anna.keyboard.press('Enter');
    expect(await note.inputValue()).toBe('Vergunningsvrij tot 4 meter? @Bram ');
    await anna.keyboard.type('kijk jij mee?');
    await anna.keyboard.press('Control+Enter');
    const thread = anna.getByRole('region', { name: 'Berichten' });
    await thread.locator('.message--note').getByText('Vergunningsvrij tot 4 meter? @Bram kijk jij mee?').waitFor();
    await screenshot(anna, 'workflow-note');

    // Bram is told, with a link to the conversation.
    await bram.getByText('Anna noemde je in een notitie bij Joost de Boer').waitFor();
    await screenshot(bram, 'workflow-mention-toast');

    // Back to the answer with Shift+Tab and Enter, into the reply box, Ctrl+Enter sends.
    await anna.keyboard.press('Shift+Tab');
    await anna.keyboard.press('Shift+Tab');
    await anna.keyboard.press('Enter');
    await tabTo(anna, 'textarea.reply-box__input');
    const answer = 'Tot 4 meter breed is een dakkapel op het achterdak vergunningsvrij.';
    await anna.keyboard.type(answer);
    await anna.keyboard.press('Control+Enter');
    await fake.waitForSent((message) => message.body.text?.body === answer, 10_000);
    await thread.getByText(answer).waitFor();
    await anna.locator('.conversation-header').getByText('In afwachting').waitFor();
    await screenshot(anna, 'workflow-keyboard-answer');
  });

  it('hands over, lets a supervisor take over, resolves with an outcome and reopens; "mine" filters', async () => {
    const outcome = await server.api('/api/admin/outcomes', {
      method: 'POST',
      body: { name: 'Zelf afgehandeld', kind: 'self-handled' },
      token: adminToken,
    });
    expect(outcome.status).toBe(201);
    const anna = await signedIn({ email: 'anna@gemeente.test', password: 'Anna-een-lang-wachtwoord' });
    const sanne = await signedIn(await user('Sanne', 'supervisor'));

    // Nothing waiting: "Volgende vraag" says so.
    await anna.keyboard.press('n');
    await anna.getByText('Er wacht nu geen vraag.').waitFor();
    await screenshot(anna, 'workflow-next-none');

    await asks('Waar kan ik grofvuil kwijt?', 'Sem Visser');
    await anna.getByRole('link', { name: /Sem Visser/ }).click();
    await anna.getByText('Niemand heeft dit gesprek').waitFor();
    await anna.getByRole('button', { name: 'Oppakken' }).click();
    await anna.getByText('Jij hebt dit gesprek opgepakt').waitFor();

    await anna.getByRole('button', { name: 'Overdragen…' }).click();
    const handOver = anna.getByRole('dialog', { name: 'Gesprek met Sem Visser overdragen' });
    await handOver.getByRole('radio', { name: /Bram/ }).check();
    await screenshot(anna, 'workflow-hand-over');
    await handOver.getByRole('button', { name: 'Overdragen', exact: true }).click();
    await handOver.waitFor({ state: 'detached' });
    await anna.getByText('Opgepakt door Bram').first().waitFor();

    // Mine: the two Anna still holds, not the one she handed over.
    await anna.getByRole('button', { name: 'Mijn gesprekken' }).click();
    await anna.getByRole('button', { name: 'Mijn gesprekken', pressed: true }).waitFor();
    await anna.getByRole('link', { name: /Fatima Yilmaz.*Opgepakt door Anna/ }).waitFor();
    await anna.getByRole('link', { name: /Joost de Boer.*Opgepakt door Anna/ }).waitFor();
    expect(await anna.getByRole('link', { name: /Sem Visser/ }).count()).toBe(0);
    await screenshot(anna, 'workflow-mine');

    // The supervisor takes it over, resolves it with an outcome, and reopens it.
    await sanne.getByRole('link', { name: /Sem Visser/ }).click();
    await sanne.getByText('Opgepakt door Bram').first().waitFor();
    await sanne.getByRole('button', { name: 'Overnemen' }).click();
    await sanne.getByText('Jij hebt dit gesprek opgepakt').waitFor();
    await sanne.getByRole('button', { name: 'Afronden…' }).click();
    const resolve = sanne.getByRole('dialog', { name: 'Gesprek met Sem Visser afronden' });
    await resolve.getByLabel('Gespreksresultaat').selectOption({ label: 'Zelf afgehandeld' });
    await screenshot(sanne, 'workflow-resolve');
    await resolve.getByRole('button', { name: 'Afronden', exact: true }).click();
    await resolve.waitFor({ state: 'detached' });
    await sanne.locator('.conversation-header').getByText('Afgehandeld').waitFor();
    await sanne.getByText(/Dit gesprek is afgerond/).waitFor();
    await screenshot(sanne, 'workflow-resolved');
    await sanne.getByRole('button', { name: 'Heropenen' }).click();
    await sanne.getByText('Niemand heeft dit gesprek').waitFor();
    await sanne.getByRole('button', { name: 'Oppakken' }).waitFor();

    // The same in English.
    await sanne.getByRole('button', { name: 'English' }).click();
    await sanne.getByText('Nobody has this conversation').waitFor();
    await sanne.getByRole('button', { name: 'Internal note' }).click();
    await sanne.getByRole('button', { name: 'Next question' }).waitFor();
    await screenshot(sanne, 'workflow-english');
  });

  it('offers the approved templates for the holding reply once the WhatsApp window has closed', async () => {
    fake.setTemplates([
      {
        name: 'doorgezet',
        language: 'nl',
        body: 'Beste {{1}}, uw vraag ligt bij {{2}}. U hoort binnen 2 werkdagen van ons.',
      },
    ]);
    const anna = await signedIn({ email: 'anna@gemeente.test', password: 'Anna-een-lang-wachtwoord' });
    // Friday afternoon's question, escalated on Monday: the free window has closed.
    await asks('Klopt mijn aanslag afvalstoffenheffing?', 'Noor Bakker', new Date(Date.now() - 66 * 3_600_000));
    await anna.getByRole('link', { name: /Noor Bakker/ }).click();
    await anna.getByRole('button', { name: 'Doorzetten…' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Gesprek met Noor Bakker doorzetten' });
    await dialog.getByLabel('Afdeling').selectOption({ label: 'Belastingen' });
    await dialog.getByLabel('Overdrachtsnotitie voor de backoffice').fill('Twijfel over het aantal personen.');
    await dialog.getByText('Het WhatsApp-venster is gesloten').waitFor();
    await dialog.getByRole('radio', { name: /doorgezet/ }).check();
    await dialog.getByLabel('Parameter 1').fill('Noor');
    await dialog.getByLabel('Parameter 2').fill('Belastingen');
    await screenshot(anna, 'escalation-dialog-template');
    await dialog.getByRole('button', { name: 'Doorzetten', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const sent = await fake.waitForSent((message) => message.body.template?.name === 'doorgezet', 10_000);
    expect(sent.body.template?.components?.[0]?.parameters?.map((parameter) => parameter.text)).toEqual([
      'Noor',
      'Belastingen',
    ]);
    await anna.getByText('nu bij Belastingen').waitFor();

    // Webcare may look in on the back office, per department.
    await anna.getByRole('link', { name: 'Backoffice' }).click();
    await anna.getByRole('heading', { name: 'Backoffice — alle afdelingen' }).waitFor();
    await anna.getByLabel('Afdeling', { exact: true }).selectOption({ label: 'Belastingen' });
    await anna.getByRole('heading', { name: 'Backoffice — Belastingen' }).waitFor();
    await anna.getByRole('link', { name: /Noor Bakker/ }).waitFor();
    await screenshot(anna, 'escalation-backoffice-webcare');

    // The back office sends it back with a reason: webcare gets it back with the reason as a note.
    const bert = await signedIn({ email: 'bert@gemeente.test', password: 'Bert-een-lang-wachtwoord' });
    await bert.getByRole('link', { name: /Noor Bakker/ }).click();
    await bert.getByRole('button', { name: 'Terugsturen met reden' }).click();
    await bert.getByLabel('Reden om terug te sturen').fill('Dit hoort bij Sociaal Domein (kwijtschelding).');
    await bert.getByLabel('Reden om terug te sturen').press('Control+Enter');
    await bert.getByText('Geen openstaande vragen voor deze afdeling.').waitFor();
    await anna.getByRole('link', { name: /Noor Bakker/ }).waitFor({ state: 'detached' });
    await anna.getByRole('link', { name: 'Inbox' }).click();
    await anna.getByRole('link', { name: /Noor Bakker/ }).click();
    await anna
      .getByRole('region', { name: 'Berichten' })
      .locator('.message--note')
      .getByText('Dit hoort bij Sociaal Domein (kwijtschelding).')
      .waitFor();
    await anna.getByText('Jij hebt dit gesprek opgepakt').waitFor();
    await anna.locator('.escalation-path summary').click();
    await anna.getByText(/Teruggestuurd door Bert/).waitFor();
    await screenshot(anna, 'escalation-bounced');
  });
});
