import { smtpSendError } from './smtp-errors';

function failure(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? 'failed')), fields);
}

describe(smtpSendError.name, () => {
  it('retries a temporary refusal (4xx)', () => {
    const sut = smtpSendError(failure({ code: 'EMESSAGE', responseCode: 451, response: '451 4.3.0 Try again later' }));
    expect(sut).toMatchObject({
      retryable: true,
      failureCode: 'PROVIDER_UNAVAILABLE',
      detail: '451 4.3.0 Try again later',
    });
  });

  it('retries a temporary refusal of the recipient too', () => {
    expect(smtpSendError(failure({ code: 'EENVELOPE', responseCode: 450, response: '450 busy' })).retryable).toBe(true);
  });

  it("fails a permanent refusal (5xx) at once, with the server's answer", () => {
    const sut = smtpSendError(
      failure({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 <x@example.nl>: user unknown' }),
    );
    expect(sut).toMatchObject({
      retryable: false,
      failureCode: 'REJECTED',
      detail: '550 5.1.1 <x@example.nl>: user unknown',
    });
  });

  it('tells a refused login apart', () => {
    const sut = smtpSendError(failure({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 bad credentials' }));
    expect(sut).toMatchObject({ retryable: false, failureCode: 'NOT_AUTHORISED' });
  });

  it('retries when the relay cannot be reached or drops the connection', () => {
    for (const code of ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']) {
      expect(smtpSendError(failure({ code, message: 'connect ECONNREFUSED' }))).toMatchObject({
        retryable: true,
        failureCode: 'PROVIDER_UNAVAILABLE',
      });
    }
  });

  it('retries a 503, which is about the session and not the message', () => {
    expect(smtpSendError(failure({ code: 'EPROTOCOL', responseCode: 503 })).retryable).toBe(true);
  });
});
