import type { Browser } from 'playwright-core';
import { FakeWhatsApp } from '../providers/fake-whatsapp';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startServer, whatsappSecrets, type ServerHandle } from '../support/server-process';
import { postWhatsAppWebhook, textMessage } from '../support/whatsapp-webhooks';

jest.setTimeout(60_000);

describe('the inbox in Chromium', () => {
  let fake: FakeWhatsApp;
  let server: ServerHandle;
  let browser: Browser;

  beforeAll(async () => {
    fake = await FakeWhatsApp.start({ accessToken: 'wa-token', autoStatuses: { delaysMs: [50, 150, 300] } });
    server = await startServer({ WHATSAPP_API_BASE: fake.baseUrl, WHATSAPP_ACCESS_TOKEN: 'wa-token' });
    fake.setWebhook({ url: `${server.baseUrl}/webhooks/whatsapp`, appSecret: whatsappSecrets(server).appSecret });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it('shows a WhatsApp message live, lets an agent answer it, and a second agent sees the same at once', async () => {
    const agent = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' })
    ).newPage();
    const colleague = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' })
    ).newPage();
    await logIn(agent, server.baseUrl, server.admin.email, server.admin.password);
    await logIn(colleague, server.baseUrl, server.admin.email, server.admin.password);
    await screenshot(agent, 'inbox-empty');

    const question = 'Goedemiddag, mijn paspoort is verlopen. Kan ik volgende week een afspraak maken?';
    const posted = await postWhatsAppWebhook(
      server.baseUrl,
      textMessage(question, { from: '31687654321', name: 'Mohammed El Amrani' }),
      whatsappSecrets(server).appSecret,
    );
    expect(posted.status).toBe(200);

    // Live, without a reload: the conversation appears in both browsers.
    const row = agent.getByRole('link', { name: /Mohammed El Amrani/ });
    await row.waitFor();
    await colleague.getByRole('link', { name: /Mohammed El Amrani/ }).waitFor();
    await screenshot(agent, 'inbox-new-message');

    await row.click();
    await agent.getByText(question).waitFor();
    const answer = 'Dat kan! Maak een afspraak via de website of bel 14 030.';
    await agent.getByLabel('Antwoord').fill(answer);
    await agent.getByLabel('Antwoord').press('Control+Enter');

    const sent = await fake.waitForSent((message) => message.body.text?.body === answer, 10_000);
    expect(sent.body.to).toBe('31687654321');
    // The fake reports sent, delivered and read; the tick in the thread follows.
    await agent.getByLabel('Gelezen').waitFor({ timeout: 10_000 });
    await screenshot(agent, 'conversation-answered');

    // The colleague's inbox shows the answer as the conversation's latest message, without a reload.
    await colleague
      .getByRole('link', { name: /Mohammed El Amrani/ })
      .getByText(/Dat kan!/)
      .waitFor();
    await screenshot(colleague, 'colleague-inbox');
  });
});
