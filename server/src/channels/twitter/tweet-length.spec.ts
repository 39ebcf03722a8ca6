import { MAX_TWEET_LENGTH, tweetLength } from './tweet-length';

describe(tweetLength.name, () => {
  it('counts plain Dutch text by its characters, accents included', () => {
    expect(tweetLength('Wanneer wordt het grofvuil opgehaald?')).toBe(37);
    expect(tweetLength('Zoë en Anaïs')).toBe(12);
    expect(tweetLength('x'.repeat(MAX_TWEET_LENGTH))).toBe(280);
    expect(tweetLength('x'.repeat(MAX_TWEET_LENGTH + 1))).toBe(281);
  });

  it('normalises first: a decomposed accent is one character', () => {
    expect(tweetLength('Zoe\u0308')).toBe(3);
  });

  it('counts every URL as 23, with or without a scheme, but not the punctuation after it', () => {
    expect(tweetLength('https://www.denhaag.nl/nl/afval-en-containers/grofvuil-laten-ophalen.htm')).toBe(23);
    expect(tweetLength('Zie denhaag.nl.')).toBe(4 + 23 + 1);
    expect(tweetLength('Kijk op http://x.nl of www.utrecht.nl/afval')).toBe(8 + 23 + 4 + 23);
  });

  it('does not take an e-mail address or a file name for a link', () => {
    expect(tweetLength('afval@denhaag.nl')).toBe(16);
    expect(tweetLength('brief.pdf')).toBe(9);
  });

  it('counts CJK characters and emoji as two, a whole emoji sequence once', () => {
    expect(tweetLength('漢字')).toBe(4);
    expect(tweetLength('🚛')).toBe(2);
    expect(tweetLength('👨‍👩‍👧')).toBe(2);
    expect(tweetLength('🇳🇱')).toBe(2);
    expect(tweetLength('👍🏽')).toBe(2);
    expect(tweetLength('1️⃣')).toBe(2);
  });

  it('counts typographic quotes and dashes as one, as X does, but an ellipsis as two', () => {
    expect(tweetLength('“Ja” – zeker')).toBe(12);
    expect(tweetLength('…')).toBe(2);
  });
});
