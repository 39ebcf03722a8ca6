import { createHash } from 'node:crypto';
import { FakeWhatsApp, type FakeTemplate, type SentMessage } from '../../providers/fake-whatsapp';
import {
  documentMessage,
  imageMessage,
  locationMessage,
  newMediaId,
  postWhatsAppWebhook,
  reactionMessage,
  TEST_WABA_ID,
  textMessage,
  unsupportedMessage,
  type InboundOptions,
  type WhatsAppWebhook,
} from '../../support/whatsapp-webhooks';
import { demoPdf, demoPhoto } from '../demo-media';
import { REACTIONS, THANKS } from '../personas/common';
import { AFTER_TEMPLATE, PERSONAS, type CitizenLine, type Persona } from '../personas/whatsapp';
import { expectOk, pick, setting, type ChannelSettings, type DemoChannel, type DemoCitizen } from './channel';

// WhatsApp: a fake Cloud API (sending, media, templates, status webhooks) and citizens who write through the signed
// /webhooks/whatsapp. Settings: WHATSAPP_APP_SECRET, WHATSAPP_ACCESS_TOKEN, WHATSAPP_BUSINESS_ACCOUNT_ID,
// WHATSAPP_VERIFY_TOKEN, DEMO_PROVIDER_PORT (the fake's port; any free one by default).

const TEMPLATES: FakeTemplate[] = [
  {
    name: 'vraag_opvolging',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, u stelde ons een vraag via WhatsApp. {{2}}',
  },
  {
    name: 'doorgezet',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, uw vraag hebben we doorgezet naar {{2}}. U hoort binnen {{3}} werkdagen van ons.',
  },
  {
    name: 'afsluiting',
    language: 'nl',
    category: 'UTILITY',
    body: 'Beste {{1}}, we hebben uw vraag afgehandeld. Heeft u nog een vraag? Stuur ons gerust een nieuw bericht. Met vriendelijke groet, gemeente Groningen',
  },
];

function phone(waId: string): string {
  // 31612480733 → +31 6 1248 0733
  return `+${waId.slice(0, 2)} ${waId.slice(2, 3)} ${waId.slice(3, 7)} ${waId.slice(7)}`;
}

export async function startWhatsApp({ serverUrl, context }: ChannelSettings): Promise<DemoChannel> {
  const appSecret = setting('WHATSAPP_APP_SECRET', 'ingang-demo-app-secret');
  const accessToken = setting('WHATSAPP_ACCESS_TOKEN', 'ingang-demo-access-token');
  const wabaId = setting('WHATSAPP_BUSINESS_ACCOUNT_ID', TEST_WABA_ID);
  // Human-like receipts: on the phone within a second, delivered soon after, read when they look.
  const fake = await FakeWhatsApp.start({
    port: Number(setting('DEMO_PROVIDER_PORT', '0')),
    accessToken,
    wabaId,
    webhook: { url: `${serverUrl}/webhooks/whatsapp`, appSecret },
    autoStatuses: { delaysMs: [700, 1800, 6500] },
  });
  fake.setTemplates(TEMPLATES);

  const post = (citizen: DemoCitizen, webhook: WhatsAppWebhook, summary: string, at = new Date()) =>
    context.post(citizen, summary, async () => expectOk(await postWhatsAppWebhook(serverUrl, webhook, appSecret)), at);

  /** One WhatsApp message as the webhook carries it; photos and documents are put on the fake's media store. */
  function build(line: CitizenLine, options: InboundOptions): { webhook: WhatsAppWebhook; summary: string } {
    switch (line.kind) {
      case 'text':
        return { webhook: textMessage(line.text, options), summary: line.text };
      case 'photo': {
        const bytes = demoPhoto(line.photo);
        const mediaId = newMediaId();
        fake.addMedia({ id: mediaId, mimeType: 'image/png', bytes });
        const sha256 = createHash('sha256').update(bytes).digest('base64');
        return {
          webhook: imageMessage({ ...options, mediaId, mimeType: 'image/png', sha256, caption: line.caption }),
          summary: `📷 photo${line.caption ? `: ${line.caption}` : ''}`,
        };
      }
      case 'document': {
        const bytes = demoPdf(line.pages);
        const mediaId = newMediaId();
        fake.addMedia({ id: mediaId, mimeType: 'application/pdf', bytes, fileName: line.fileName });
        const sha256 = createHash('sha256').update(bytes).digest('base64');
        return {
          webhook: documentMessage({ ...options, mediaId, sha256, fileName: line.fileName, caption: line.caption }),
          summary: `📄 ${line.fileName}`,
        };
      }
      case 'location': {
        const { kind: _kind, ...location } = line;
        return {
          webhook: locationMessage(location, options),
          summary: `📍 ${line.name ?? `${line.latitude}, ${line.longitude}`}`,
        };
      }
      case 'unsupported':
        return {
          webhook: unsupportedMessage({ ...options, originalType: line.originalType }),
          summary: `(${line.originalType}: not supported by Cloud API)`,
        };
    }
  }

  const from = (persona: Persona, timestamp = new Date()): InboundOptions => ({
    from: persona.waId,
    name: persona.name,
    timestamp,
  });

  const citizens = new Map<string, DemoCitizen>();
  for (const persona of PERSONAS) {
    const citizen: DemoCitizen = {
      name: persona.name,
      where: `WhatsApp ${phone(persona.waId)}`,
      backlog: persona.backlog,
      lineCount: persona.lines.length,
      attached: (index) => persona.lines[index]?.kind !== 'text',
      say: async (index, at) => {
        const { webhook, summary } = build(persona.lines[index], from(persona, at));
        await post(citizen, webhook, summary, at);
      },
    };
    citizens.set(persona.waId, citizen);
  }

  const reactTo = (message: SentMessage, persona: Persona, citizen: DemoCitizen) => {
    if (message.body.type === 'template') {
      const text = pick(AFTER_TEMPLATE);
      return () => post(citizen, textMessage(text, from(persona)), text);
    }
    if (Math.random() < 0.4) {
      const emoji = pick(REACTIONS);
      return () => post(citizen, reactionMessage(message.id, emoji, from(persona)), `reacts ${emoji}`);
    }
    const thanks = pick(THANKS);
    return () => post(citizen, textMessage(thanks, from(persona)), thanks);
  };

  const unsubscribe = fake.onSent((message) => {
    const waId = message.body.to.replace(/\D/g, '');
    const persona = PERSONAS.find((candidate) => candidate.waId === waId);
    const citizen = citizens.get(waId);
    const summary =
      message.body.type === 'template'
        ? `template ${message.body.template?.name ?? ''}`
        : (message.body.text?.body ?? message.body.type);
    if (!persona || !citizen) {
      context.log(`gemeente → ${message.body.to} (WhatsApp): ${summary}`);
      return;
    }
    context.answered({
      citizen,
      summary,
      react: reactTo(message, persona, citizen),
      reactOnly: message.body.type === 'template',
    });
  });

  return {
    name: 'WhatsApp',
    env: {
      WHATSAPP_API_BASE: fake.baseUrl,
      WHATSAPP_APP_SECRET: appSecret,
      WHATSAPP_VERIFY_TOKEN: setting('WHATSAPP_VERIFY_TOKEN', 'ingang-demo-verify-token'),
      WHATSAPP_ACCESS_TOKEN: accessToken,
      WHATSAPP_BUSINESS_ACCOUNT_ID: wabaId,
    },
    banner: `fake WhatsApp Cloud API at ${fake.baseUrl} (sent → delivered → read ticks; templates ${TEMPLATES.map((t) => t.name).join(', ')})`,
    citizens: [...citizens.values()],
    close: async () => {
      unsubscribe();
      await fake.close();
    },
  };
}
