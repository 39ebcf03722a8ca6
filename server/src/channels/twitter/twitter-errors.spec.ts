import { xSendFailure } from './twitter-errors';

const problem = (status: number, title: string, detail: string, type = 'about:blank') => ({
  title,
  detail,
  type,
  status,
});

describe(xSendFailure.name, () => {
  it('retries a rate limit and says when it resets', () => {
    const sut = xSendFailure(429, problem(429, 'Too Many Requests', 'Too Many Requests'), 'dm', '1763647200');
    expect(sut).toMatchObject({ retryable: true, failureCode: 'RATE_LIMITED' });
    expect(sut.detail).toContain('2025-11-20T14:00:00.000Z');
  });

  it("retries X's own outages", () => {
    expect(xSendFailure(503, problem(503, 'Service Unavailable', 'Service Unavailable'), 'tweet')).toMatchObject({
      retryable: true,
      failureCode: 'PROVIDER_UNAVAILABLE',
    });
    expect(xSendFailure(500, null, 'tweet')).toMatchObject({ retryable: true, detail: 'X answered 500' });
  });

  it('does not retry a token X refuses, nor a bare 403 (missing scopes or access level)', () => {
    expect(xSendFailure(401, problem(401, 'Unauthorized', 'Unauthorized'), 'dm')).toMatchObject({
      retryable: false,
      failureCode: 'NOT_AUTHORISED',
      detail: '401 Unauthorized',
    });
    expect(xSendFailure(403, problem(403, 'Forbidden', 'Forbidden'), 'dm').failureCode).toBe('NOT_AUTHORISED');
    expect(
      xSendFailure(
        403,
        problem(
          403,
          'Unsupported Authentication',
          'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.',
          'https://api.twitter.com/2/problems/unsupported-authentication',
        ),
        'dm',
      ).failureCode,
    ).toBe('NOT_AUTHORISED');
  });

  it('refuses a duplicate tweet with a detail that says so', () => {
    const sut = xSendFailure(
      403,
      problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.'),
      'tweet',
    );
    expect(sut).toMatchObject({ retryable: false, failureCode: 'REJECTED' });
    expect(sut.detail).toMatch(/^duplicate: .*You are not allowed to create a Tweet with duplicate content\./);
    expect(xSendFailure(403, { errors: [{ code: 187, message: 'Status is a duplicate.' }] }, 'tweet').detail).toMatch(
      /^duplicate/,
    );
  });

  it('tells the agent the citizen cannot be reached when DMs are closed', () => {
    const sut = xSendFailure(
      403,
      problem(403, 'Forbidden', 'You are not permitted to send a message to this user.'),
      'dm',
    );
    expect(sut).toMatchObject({
      retryable: false,
      failureCode: 'RECIPIENT_UNAVAILABLE',
      detail: '403 Forbidden: You are not permitted to send a message to this user.',
    });
    expect(
      xSendFailure(403, { errors: [{ code: 349, message: 'You cannot send messages to this user.' }] }, 'dm')
        .failureCode,
    ).toBe('RECIPIENT_UNAVAILABLE');
  });

  it('rejects a reply X will not allow with its own words', () => {
    const sut = xSendFailure(
      403,
      problem(
        403,
        'Authorization Error',
        'You can only reply to or quote posts where you are mentioned or are the author.',
        'https://api.x.com/2/problems/not-authorized-for-resource',
      ),
      'tweet',
    );
    expect(sut).toMatchObject({ retryable: false, failureCode: 'REJECTED' });
    expect(sut.detail).toContain('You can only reply to or quote posts');
  });
});
