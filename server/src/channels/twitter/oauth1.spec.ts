import { oauth1Authorization, percentEncode, signatureBaseString } from './oauth1';

// The worked example of X's "Creating a signature" page (its keys are marked invalid there).
const credentials = {
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
};
const example = {
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: 1318622958,
  formParameters: [['status', 'Hello Ladies + Gentlemen, a signed OAuth request!']] as [string, string][],
};

function signatureOf(header: string): string {
  const match = /oauth_signature="([^"]+)"/.exec(header);
  return decodeURIComponent(match?.[1] ?? '');
}

describe(oauth1Authorization.name, () => {
  it("produces the signature of X's documented example", () => {
    const sut = oauth1Authorization(
      credentials,
      'POST',
      'https://api.x.com/1.1/statuses/update.json?include_entities=true',
      example,
    );
    expect(signatureOf(sut)).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=');
    // The same example from the days of api.twitter.com: the host is part of what is signed.
    expect(
      signatureOf(
        oauth1Authorization(
          credentials,
          'POST',
          'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
          example,
        ),
      ),
    ).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('sends every oauth_ parameter, percent-encoded and quoted', () => {
    const sut = oauth1Authorization(credentials, 'POST', 'https://api.x.com/2/tweets', {
      nonce: 'abc',
      timestamp: 1700000000,
    });
    expect(sut).toMatch(
      /^OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="abc", oauth_signature="[^"]+",/,
    );
    expect(sut).toContain('oauth_signature_method="HMAC-SHA1", oauth_timestamp="1700000000"');
    expect(sut).toContain('oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"');
  });

  it('uses a fresh nonce for every request', () => {
    const first = oauth1Authorization(credentials, 'POST', 'https://api.x.com/2/tweets');
    const second = oauth1Authorization(credentials, 'POST', 'https://api.x.com/2/tweets');
    expect(/oauth_nonce="(\w+)"/.exec(first)?.[1]).not.toBe(/oauth_nonce="(\w+)"/.exec(second)?.[1]);
  });
});

describe(signatureBaseString.name, () => {
  it("builds X's documented base string: query and body parameters sorted, everything encoded", () => {
    const sut = signatureBaseString('post', 'https://api.x.com/1.1/statuses/update.json?include_entities=true', [
      ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
      ['oauth_consumer_key', credentials.consumerKey],
      ['oauth_nonce', example.nonce],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', String(example.timestamp)],
      ['oauth_token', credentials.token],
      ['oauth_version', '1.0'],
    ]);
    expect(sut).toBe(
      'POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    );
  });

  it('keeps a non-default port and drops the default one', () => {
    expect(signatureBaseString('GET', 'http://127.0.0.1:4567/2/tweets', [])).toBe(
      'GET&http%3A%2F%2F127.0.0.1%3A4567%2F2%2Ftweets&',
    );
    expect(signatureBaseString('GET', 'https://API.X.com:443/2/tweets', [])).toBe(
      'GET&https%3A%2F%2Fapi.x.com%2F2%2Ftweets&',
    );
  });
});

describe(percentEncode.name, () => {
  it('encodes the characters encodeURIComponent leaves alone', () => {
    expect(percentEncode("Ladies + Gentlemen! (it's *)~")).toBe('Ladies%20%2B%20Gentlemen%21%20%28it%27s%20%2A%29~');
    expect(percentEncode('☃')).toBe('%E2%98%83');
  });
});
