import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { postWhatsAppWebhook, textMessage } from '../support/whatsapp-webhooks';

// The SLA clock as a supervisor and an administrator meet it: server and browser share one moved clock (the
// server's TEST_CLOCK, Playwright's clock in the page), so days pass in seconds and the PRODUCT.md examples are
// checked on the screen.

jest.setTimeout(90_000);

const THURSDAY_24_DEC_10 = '2026-12-24T09:00:00.000Z';
const FRIDAY_23_OCT_15 = '2026-10-23T13:00:00.000Z';

describe('the SLA clock in Chromium', () => {
  let server: ServerHandle;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;

  /** Moves the server's clock and the page's together. */
  async function setClock(now: string): Promise<void> {
    const response = await server.api('/api/test/clock', { method: 'PUT', body: { now }, token });
    expect(response.status).toBe(200);
    await page.clock.setSystemTime(new Date(now));
  }

  async function citizenAsks(from: string, name: string, text: string, at: string): Promise<void> {
    const posted = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage(text, { from, name, timestamp: new Date(at) }),
      whatsappSecrets(server).appSecret,
    );
    expect(posted.status).toBe(200);
  }

  const row = (name: string) => page.getByRole('link', { name: new RegExp(name) });
  const countdownOf = (name: string) => row(name).locator('.deadline-countdown');

  beforeAll(async () => {
    server = await startServer({ TEST_CLOCK: THURSDAY_24_DEC_10, SESSION_TTL_HOURS: '100000' });
    token = await server.login();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    await context.clock.install({ time: new Date(THURSDAY_24_DEC_10) });
    page = await context.newPage();
    await logIn(page, server.baseUrl, server.admin.email, server.admin.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows Thursday 24 December 10:00 due on Monday 28 December 10:00, in the row and the conversation', async () => {
    await setClock(THURSDAY_24_DEC_10);
    await citizenAsks(
      '31622000001',
      'Fenna de Groot',
      'Is de milieustraat open tussen de feestdagen?',
      THURSDAY_24_DEC_10,
    );
    await row('Fenna de Groot').waitFor();
    await expect(countdownOf('Fenna de Groot').textContent()).resolves.toMatch(/^nog 2[34] u/);
    await row('Fenna de Groot').click();
    await page.getByText('Deadline maandag 28 december 2026 10:00').waitFor({ state: 'attached' });
    await screenshot(page, 'sla-christmas-deadline');
  });

  it('turns a Friday 15:00 question orange and red at the right second, without touching anything', async () => {
    await setClock(FRIDAY_23_OCT_15);
    await page.goto(`${server.baseUrl}/`);
    await citizenAsks('31622000002', 'Ruud Jansen', 'Wanneer wordt mijn container vervangen?', FRIDAY_23_OCT_15);
    await row('Ruud Jansen').click();
    // Friday 15:00 CEST → Monday 15:00 CET, across the change to winter time.
    await page.getByText('Deadline maandag 26 oktober 2026 15:00').waitFor({ state: 'attached' });
    const countdown = countdownOf('Ruud Jansen');
    await expect(countdown.getAttribute('class')).resolves.toContain('deadline-countdown--on-track');

    // Three seconds before the at-risk moment (Monday 11:00 CET, 4 working hours before the deadline).
    await setClock('2026-10-26T09:59:57.000Z');
    await expect(countdown.getAttribute('class')).resolves.toContain('deadline-countdown--on-track');
    await page.waitForFunction(() => document.querySelector('a .deadline-countdown--at-risk') !== null, undefined, {
      timeout: 10_000,
    });
    const turnedOrangeAt = await page.evaluate(() => Date.now());
    expect(turnedOrangeAt).toBeGreaterThanOrEqual(Date.parse('2026-10-26T10:00:00.000Z'));
    await screenshot(page, 'sla-at-risk');

    await setClock('2026-10-26T13:59:57.000Z');
    await page.waitForFunction(() => document.querySelector('a .deadline-countdown--breached') !== null, undefined, {
      timeout: 10_000,
    });
    const turnedRedAt = await page.evaluate(() => Date.now());
    expect(turnedRedAt).toBeGreaterThanOrEqual(Date.parse('2026-10-26T14:00:00.000Z'));
    await page.getByText('Deadline verlopen').waitFor({ state: 'attached' });
    await screenshot(page, 'sla-breached');

    // The filters follow the state: the breached conversation is under "Verlopen", not under "Risico".
    await page.getByRole('button', { name: 'Verlopen' }).click();
    await row('Ruud Jansen').waitFor();
    await page.getByRole('button', { name: 'Verlopen' }).click();
    await page.getByRole('button', { name: 'Risico' }).click();
    await row('Ruud Jansen').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Risico' }).click();
  });

  it('lets an administrator preview a closing day on the PRODUCT.md examples and moves the open deadline on save', async () => {
    await setClock(THURSDAY_24_DEC_10);
    await page.goto(`${server.baseUrl}/admin/werktijden`);
    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    await preview.getByRole('button', { name: 'vr 23 okt 2026 15:00' }).click();
    await preview
      .getByRole('row', { name: /WhatsApp/ })
      .getByText('ma 26 okt 2026 15:00')
      .first()
      .waitFor();
    await preview.getByRole('button', { name: 'do 24 dec 2026 10:00' }).click();
    const whatsapp = preview.getByRole('row', { name: /WhatsApp/ });
    await whatsapp.getByText('ma 28 dec 2026 10:00').first().waitFor();

    // Monday 28 December becomes a closing day: the preview shows Tuesday before anything is saved.
    await page.getByLabel('Nieuwe sluitingsdag').fill('2026-12-28');
    await page
      .getByRole('group', { name: /Extra sluitingsdagen/ })
      .getByRole('button', { name: 'Toevoegen', exact: true })
      .click();
    await whatsapp.getByText('di 29 dec 2026 10:00').first().waitFor();
    await screenshot(page, 'sla-admin-preview');
    const before = await server.api<{ items: { contact: { displayName: string }; deadlineAt: string | null }[] }>(
      '/api/conversations',
      { token },
    );
    expect(before.body.items.find((c) => c.contact.displayName === 'Fenna de Groot')?.deadlineAt).toBe(
      '2026-12-28T09:00:00.000Z',
    );

    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText(/open deadlines? (zijn|is) herberekend/).waitFor({ timeout: 15_000 });
    const after = await server.api<{ items: { contact: { displayName: string }; deadlineAt: string | null }[] }>(
      '/api/conversations',
      { token },
    );
    expect(after.body.items.find((c) => c.contact.displayName === 'Fenna de Groot')?.deadlineAt).toBe(
      '2026-12-29T09:00:00.000Z',
    );
    await screenshot(page, 'sla-admin-saved');

    // The agent's screen follows without a reload.
    await page.getByRole('link', { name: 'Inbox' }).click();
    await row('Fenna de Groot').click();
    await page.getByText('Deadline dinsdag 29 december 2026 10:00').waitFor({ state: 'attached' });
  });
});
