import { isRetryableMessengerCode, messengerFailureCode } from './messenger-errors';

describe(messengerFailureCode.name, () => {
  it.each([
    [551, 1545041, 'WINDOW_CLOSED'],
    [10, 2018278, 'WINDOW_CLOSED'],
    [551, null, 'RECIPIENT_UNAVAILABLE'],
    [100, 2018001, 'RECIPIENT_UNAVAILABLE'],
    [10900, null, 'PRIVATE_REPLY_USED'],
    [613, null, 'RATE_LIMITED'],
    [4, 2018022, 'RATE_LIMITED'],
    [1200, 2018024, 'PROVIDER_UNAVAILABLE'],
    [2, null, 'PROVIDER_UNAVAILABLE'],
    [190, 460, 'NOT_AUTHORISED'],
    [230, null, 'NOT_AUTHORISED'],
    [10, null, 'NOT_AUTHORISED'],
    [100, 33, 'REJECTED'],
  ])('maps Graph error %i/%s to %s', (code, subcode, expected) => {
    expect(messengerFailureCode(code, subcode)).toBe(expected);
  });

  it('retries only throttling and outages', () => {
    expect(
      ['RATE_LIMITED', 'PROVIDER_UNAVAILABLE', 'WINDOW_CLOSED', 'NOT_AUTHORISED'].map(isRetryableMessengerCode),
    ).toEqual([true, true, false, false]);
  });
});
