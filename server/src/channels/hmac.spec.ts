import { hmacSha256, signatureMatches } from './hmac';

describe(signatureMatches.name, () => {
  // Known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
  const expected = 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8';

  it('computes the standard HMAC-SHA256', () => {
    expect(hmacSha256('key', 'The quick brown fox jumps over the lazy dog', 'hex')).toBe(expected);
  });

  it('accepts the exact signature and refuses anything else', () => {
    expect(signatureMatches(`sha256=${expected}`, `sha256=${expected}`)).toBe(true);
    expect(signatureMatches(`sha256=${expected.toUpperCase()}`, `sha256=${expected}`)).toBe(false);
    expect(signatureMatches('sha256=', `sha256=${expected}`)).toBe(false);
    expect(signatureMatches(undefined, `sha256=${expected}`)).toBe(false);
    expect(signatureMatches(['a', 'b'], `sha256=${expected}`)).toBe(false);
  });
});
