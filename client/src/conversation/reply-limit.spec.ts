import { describe, expect, it } from '@jest/globals';
import { MAX_REPLY_LENGTH } from '@ingang/shared';
import { countCharacters, MAX_TWEET_LENGTH, replyTextLimit } from './reply-limit';

describe(countCharacters.name, () => {
  it('counts an emoji outside the basic plane as one character', () => {
    expect(countCharacters('Dank je 🙂')).toBe(9);
    expect('Dank je 🙂'.length).toBe(10);
  });

  it('counts a decomposed ë as one character', () => {
    expect(countCharacters('Zoe\u0308')).toBe(3);
  });
});

describe(replyTextLimit.name, () => {
  it('limits a public reply tweet to 280 characters', () => {
    const sut = replyTextLimit('twitter', 'public');
    expect(sut).toMatchObject({ max: MAX_TWEET_LENGTH, kind: 'tweet' });
    expect(sut.count('🙂'.repeat(280)) <= sut.max).toBe(true);
    expect(sut.count('x'.repeat(281)) > sut.max).toBe(true);
  });

  it('leaves a direct message on X to the API limit', () => {
    expect(replyTextLimit('twitter', 'private')).toMatchObject({ max: MAX_REPLY_LENGTH, kind: 'api' });
  });

  it('limits a Messenger message to 2,000 characters and a Facebook comment to the API limit', () => {
    expect(replyTextLimit('messenger', 'private').max).toBe(2000);
    expect(replyTextLimit('messenger', 'public').max).toBe(MAX_REPLY_LENGTH);
  });

  it('counts WhatsApp and e-mail replies as the API does', () => {
    expect(replyTextLimit('whatsapp', 'private').count('🙂')).toBe(2);
    expect(replyTextLimit('email', 'private').max).toBe(MAX_REPLY_LENGTH);
  });
});
