import { FakeMessenger, type SentItem } from '../../providers/fake-messenger';
import {
  attachmentsMessage,
  commentAdded,
  locationMessage,
  newCommentId,
  postMessengerWebhook,
  reactionEvent,
  TEST_PAGE_ID,
  TEST_PAGE_NAME,
  textMessage,
  type MessengerWebhook,
} from '../../support/messenger-webhooks';
import { demoPhoto } from '../demo-media';
import { THANKS } from '../personas/common';
import {
  COMMENT_PERSONAS,
  COMMENT_THANKS,
  MESSENGER_PERSONAS,
  POSTS,
  type CommentPersona,
  type FacebookLine,
} from '../personas/facebook';
import { expectOk, pick, setting, watchNew, type ChannelSettings, type DemoChannel, type DemoCitizen } from './channel';

// Facebook: a fake Graph API for the Page (Send API, comment replies, the CDN for attachments) that echoes what the
// Page sends and posts delivery and read receipts; citizens chat on Messenger and comment under the Page's posts,
// all through the signed /webhooks/messenger. Settings: MESSENGER_APP_SECRET, MESSENGER_PAGE_TOKEN,
// MESSENGER_VERIFY_TOKEN.

const postId = (number: string) => `${TEST_PAGE_ID}_${number}`;

// The reactions Messenger offers on a message.
const MESSENGER_REACTIONS = ['👍', '❤️', '😮'];

export async function startFacebook({ serverUrl, context }: ChannelSettings): Promise<DemoChannel> {
  const appSecret = setting('MESSENGER_APP_SECRET', 'ingang-demo-messenger-secret');
  const pageToken = setting('MESSENGER_PAGE_TOKEN', 'ingang-demo-page-token');
  const fake = await FakeMessenger.start({
    pageToken,
    webhook: { url: `${serverUrl}/webhooks/messenger`, appSecret },
    echoes: true,
    autoReceipts: { delaysMs: [1500, 6000] },
  });

  const post = (citizen: DemoCitizen, webhook: MessengerWebhook, summary: string, at = new Date()) =>
    context.post(citizen, summary, async () => expectOk(await postMessengerWebhook(serverUrl, webhook, appSecret)), at);

  /** A photo as Meta's CDN serves it: the webhook carries only its URL, which the server fetches. */
  const photoUrl = (line: Extract<FacebookLine, { kind: 'photo' }>) =>
    fake.addAttachment({ bytes: demoPhoto(line.photo), mimeType: 'image/png', fileName: line.fileName });

  // Messenger chats. Who the answer is for: the citizen's page-scoped id.
  const chatters = new Map<string, DemoCitizen>();
  for (const persona of MESSENGER_PERSONAS) {
    const psid = persona.psid;
    const citizen: DemoCitizen = {
      name: persona.name,
      where: `Messenger ${psid}`,
      backlog: persona.backlog,
      lineCount: persona.lines.length,
      attached: (index) => persona.lines[index]?.kind !== 'text',
      say: async (index, timestamp) => {
        const line = persona.lines[index];
        if (line.kind === 'text') {
          await post(citizen, textMessage(line.text, { psid, timestamp }), line.text, timestamp);
        } else if (line.kind === 'photo') {
          const webhook = attachmentsMessage([{ type: 'image', url: photoUrl(line) }], { psid, timestamp });
          await post(citizen, webhook, `📷 ${line.fileName}`, timestamp);
        } else {
          await post(citizen, locationMessage(line, { psid, timestamp }), `📍 ${line.title}`, timestamp);
        }
      },
    };
    chatters.set(psid, citizen);
  }

  // Comments under the Page's posts; later lines are replies under the citizen's own first comment.
  const commenters = new Map<string, { persona: CommentPersona; citizen: DemoCitizen }>();
  const firstComment = new Map<CommentPersona, string>();
  const comment = (persona: CommentPersona, citizen: DemoCitizen, line: FacebookLine, at: Date) => {
    const thread = POSTS[persona.post];
    const commentId = newCommentId(postId(thread.number));
    const parentId = firstComment.get(persona);
    if (!parentId) firstComment.set(persona, commentId);
    commenters.set(commentId, { persona, citizen });
    const photo = line.kind === 'photo' ? photoUrl(line) : undefined;
    const text = line.kind === 'text' ? line.text : '';
    const webhook = commentAdded(text, {
      from: { id: persona.id, name: persona.name },
      postId: postId(thread.number),
      commentId,
      parentId,
      postMessage: thread.message,
      createdTime: at,
      photo,
    });
    return post(citizen, webhook, line.kind === 'photo' ? `📷 ${line.fileName}` : text, at);
  };
  const commentCitizens = COMMENT_PERSONAS.map((persona) => {
    const citizen: DemoCitizen = {
      name: persona.name,
      where: `Facebook-reactie op "${POSTS[persona.post].message.slice(0, 28)}…"`,
      backlog: persona.backlog,
      lineCount: persona.lines.length,
      attached: (index) => persona.lines[index]?.kind === 'photo',
      say: (index, at) => {
        if (index === 0) firstComment.delete(persona);
        return comment(persona, citizen, persona.lines[index], at);
      },
    };
    return citizen;
  });

  // A private reply to a comment opens a Messenger chat with the commenter, under a page-scoped id of its own.
  const privatelyAnswered = new Map<string, DemoCitizen>();

  const stopWatching = watchNew(fake.sent, (item: SentItem) => {
    if (item.kind === 'comment') {
      const author = commenters.get(item.objectId);
      if (!author) return context.log(`gemeente → comment ${item.objectId} (Facebook, public): ${item.message}`);
      const { persona, citizen } = author;
      const thanks = pick(COMMENT_THANKS);
      context.answered({
        citizen,
        summary: `public reply: ${item.message}`,
        react: () => comment(persona, citizen, { kind: 'text', text: thanks }, new Date()),
      });
      return;
    }
    const text = item.body.message.text ?? '(attachment)';
    const tag = item.body.messaging_type === 'MESSAGE_TAG' ? ` [${item.body.tag ?? ''}]` : '';
    const psid = item.recipientId;
    if (item.kind === 'private-reply') {
      const author = commenters.get(item.commentId);
      if (!author) return context.log(`gemeente → comment ${item.commentId} (Messenger, private): ${text}`);
      privatelyAnswered.set(psid, author.citizen);
    }
    const citizen = chatters.get(psid) ?? privatelyAnswered.get(psid);
    if (!citizen) return context.log(`gemeente → ${psid} (Messenger): ${text}`);
    const emoji = pick(MESSENGER_REACTIONS);
    const thanks = pick(THANKS);
    context.answered({
      citizen,
      summary: `${item.kind === 'private-reply' ? 'private reply' : 'Messenger'}${tag}: ${text}`,
      react: () =>
        Math.random() < 0.35
          ? post(citizen, reactionEvent(item.id, emoji, { psid }), `reacts ${emoji}`)
          : post(citizen, textMessage(thanks, { psid }), thanks),
    });
  });

  return {
    name: 'Facebook',
    env: {
      MESSENGER_API_BASE: fake.baseUrl,
      MESSENGER_APP_SECRET: appSecret,
      MESSENGER_VERIFY_TOKEN: setting('MESSENGER_VERIFY_TOKEN', 'ingang-demo-verify-token'),
      MESSENGER_PAGE_TOKEN: pageToken,
    },
    banner: `fake Graph API at ${fake.baseUrl}: Page "${TEST_PAGE_NAME}" — Messenger chats (echoes, delivered and read receipts) and comments on ${Object.keys(POSTS).length} posts`,
    citizens: [...chatters.values(), ...commentCitizens],
    close: async () => {
      stopWatching();
      await fake.close();
    },
  };
}
