// X counts a tweet by weight, as twitter-text v3 does (https://docs.x.com/fundamentals/counting-characters): after NFC
// normalisation most Latin, Greek, Cyrillic, Hebrew, Arabic … code points weigh 1, everything else (CJK) 2, an emoji
// (a whole ZWJ sequence, flag or keycap) 2, and every URL 23, however long or short it is.
export const MAX_TWEET_LENGTH = 280;
const URL_LENGTH = 23;
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

// URLs with a scheme, and bare domains with a TLD a Dutch municipality's answers use (t.co shortens those too).
const URL_PATTERN =
  /(?<![\p{L}\p{N}@._/-])(?:https?:\/\/[^\s]+|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:nl|com|org|net|eu|be|de|info|nu|io|gov|edu|frl|amsterdam|app|online)(?![\p{L}\p{N}-])(?:[/?#][^\s]*)?)/giu;
// Punctuation right after a link ends the sentence, not the link.
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function codePointWeight(codePoint: number): number {
  return LIGHT_RANGES.some(([start, end]) => codePoint >= start && codePoint <= end) ? 1 : 2;
}

/** The length X gives a tweet's text; more than {@link MAX_TWEET_LENGTH} is refused. */
export function tweetLength(text: string): number {
  let length = 0;
  const withoutUrls = text.normalize('NFC').replace(URL_PATTERN, (url) => {
    length += URL_LENGTH;
    return TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
  });
  for (const { segment } of segmenter.segment(withoutUrls)) {
    if (EMOJI.test(segment)) {
      length += 2;
      continue;
    }
    for (const char of segment) length += codePointWeight(char.codePointAt(0) ?? 0);
  }
  return length;
}
