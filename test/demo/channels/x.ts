import { FakeX, type SentToX } from '../../providers/fake-x';
import {
  directMessage,
  markRead,
  mention,
  newSnowflake,
  replyTweet,
  tweetOf,
  twitterEnv,
  type AccountActivityPayload,
  type XCredentials,
} from '../../support/x-webhooks';
import { demoPhoto } from '../demo-media';
import { THANKS } from '../personas/common';
import { DEMO_X_ACCOUNT, TWEET_THANKS, X_PERSONAS, type XLine, type XPersona } from '../personas/x';
import {
  between,
  expectOk,
  pick,
  setting,
  watchNew,
  type ChannelSettings,
  type DemoChannel,
  type DemoCitizen,
} from './channel';

// X: a fake X API v2 (DMs, reply tweets, media) that checks Ingang's OAuth 1.0a signatures and echoes what the
// account sent through the Account Activity webhook; citizens send DMs and mention the account through the signed
// /webhooks/twitter, and read the DMs they get a few seconds later. Settings: TWITTER_CONSUMER_KEY,
// TWITTER_CONSUMER_SECRET, TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET.

export async function startX({ serverUrl, context }: ChannelSettings): Promise<DemoChannel> {
  const credentials: XCredentials = {
    consumerKey: setting('TWITTER_CONSUMER_KEY', 'ingangdemoconsumerkey'),
    consumerSecret: setting('TWITTER_CONSUMER_SECRET', 'ingang-demo-consumer-secret'),
    accessToken: setting('TWITTER_ACCESS_TOKEN', `${DEMO_X_ACCOUNT.id}-ingangdemoaccesstoken`),
    accessTokenSecret: setting('TWITTER_ACCESS_TOKEN_SECRET', 'ingang-demo-access-token-secret'),
  };
  const fake = await FakeX.start({
    auth: { oauth1: credentials },
    account: DEMO_X_ACCOUNT,
    webhook: { url: `${serverUrl}/webhooks/twitter`, consumerSecret: credentials.consumerSecret },
    echoDelayMs: 300,
  });

  // Through the fake, so it knows the citizens and their tweets when it echoes the account's answers.
  const deliver = async (payload: AccountActivityPayload) => expectOk(await fake.deliver(payload));
  const post = (citizen: DemoCitizen, payload: AccountActivityPayload, summary: string, at = new Date()) =>
    context.post(citizen, summary, () => deliver(payload), at);

  const byUser = new Map<string, { persona: XPersona; citizen: DemoCitizen }>();
  /** Tweet id → who wrote it: a reply tweet of the account names the tweet it answers. */
  const tweets = new Map<string, { persona: XPersona; citizen: DemoCitizen }>();
  const lastTweet = new Map<XPersona, string>();

  function tweet(persona: XPersona, citizen: DemoCitizen, line: XLine, timestamp: Date, inReplyTo?: string) {
    const from = persona.user;
    const media = line.photo
      ? [{ mediaUrl: fake.addMedia(`/media/${newSnowflake()}.png`, 'image/png', demoPhoto(line.photo)) }]
      : undefined;
    // Every tweet names the account, or X would not deliver it: a mention by its text, a reply to the account's
    // answer by X's own @-prefix. Further lines go in a thread under the citizen's own previous tweet.
    const handle = `@${DEMO_X_ACCOUNT.screen_name}`;
    const own = inReplyTo ? undefined : lastTweet.get(persona);
    const options = { from, timestamp, media, account: DEMO_X_ACCOUNT };
    const payload = inReplyTo
      ? replyTweet(line.text, { id: inReplyTo, user: DEMO_X_ACCOUNT }, options)
      : own
        ? replyTweet(`${handle} ${line.text}`, { id: own, user: from }, options)
        : mention(line.text, options);
    const id = tweetOf(payload).id_str;
    lastTweet.set(persona, id);
    tweets.set(id, { persona, citizen });
    return post(citizen, payload, `${line.photo ? '📷 ' : ''}${handle} ${line.text}`, timestamp);
  }

  function dm(persona: XPersona, citizen: DemoCitizen, line: XLine, timestamp: Date) {
    const id = newSnowflake(timestamp);
    const media = line.photo ? { mediaUrl: fake.addDmMedia(id, 'image/png', demoPhoto(line.photo)) } : undefined;
    const payload = directMessage(line.text, { from: persona.user, account: DEMO_X_ACCOUNT, id, timestamp, media });
    return post(citizen, payload, `${line.photo ? '📷 ' : ''}${line.text}`, timestamp);
  }

  for (const persona of X_PERSONAS) {
    const citizen: DemoCitizen = {
      name: persona.user.name,
      where: `X @${persona.user.screen_name}${persona.mode === 'dm' ? ' (DM)' : ''}`,
      backlog: persona.backlog,
      lineCount: persona.lines.length,
      attached: () => false,
      say: (index, at) => {
        if (persona.mode === 'dm') return dm(persona, citizen, persona.lines[index], at);
        if (index === 0) lastTweet.delete(persona);
        return tweet(persona, citizen, persona.lines[index], at);
      },
    };
    byUser.set(persona.user.id, { persona, citizen });
  }

  const stopWatching = watchNew(fake.sent, (sent: SentToX) => {
    const text = sent.body.text ?? '';
    if (sent.kind === 'dm') {
      const author = byUser.get(sent.participantId ?? '');
      if (!author) return context.log(`gemeente → ${sent.participantId ?? '?'} (X DM): ${text}`);
      const { persona, citizen } = author;
      // The citizen opens the DM a little later: X tells the webhook, and the answer shows as read.
      context.later(between(2000, 6000), () => deliver(markRead(sent.id, persona.user, DEMO_X_ACCOUNT)));
      const thanks = pick(THANKS);
      context.answered({
        citizen,
        summary: `DM: ${text}`,
        react: () => dm(persona, citizen, { text: thanks }, new Date()),
      });
      return;
    }
    const parent = sent.body.reply?.in_reply_to_tweet_id ?? '';
    const author = tweets.get(parent);
    if (!author) return context.log(`gemeente → tweet ${parent} (X, public): ${text}`);
    const { persona, citizen } = author;
    const thanks = pick(TWEET_THANKS);
    context.answered({
      citizen,
      summary: `reply tweet: ${text}`,
      react: () => tweet(persona, citizen, { text: thanks }, new Date(), sent.id),
    });
  });

  return {
    name: 'X',
    env: twitterEnv(credentials, fake.baseUrl),
    banner: `fake X API at ${fake.baseUrl}: @${DEMO_X_ACCOUNT.screen_name} — DMs (read receipts) and mentions, OAuth 1.0a checked, answers echoed`,
    citizens: [...byUser.values()].map((entry) => entry.citizen),
    close: async () => {
      stopWatching();
      await fake.close();
    },
  };
}
