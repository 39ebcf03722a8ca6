import { describe, expect, it } from '@jest/globals';
import type { ConversationSummaryDto } from '@ingang/shared';
import { ApiError } from '../api/http';
import { callbackRequestOf, serverFieldErrors, suggestedPhone } from './callback-form';

const values = { phone: '06-12345678', preferredMoment: ' na 14:00 ', note: ' WOZ-beschikking ', departmentId: '' };

describe(callbackRequestOf.name, () => {
  it('sends the number in E.164, for the KCC when no department is chosen', () => {
    expect(callbackRequestOf(values)).toEqual({
      request: { phone: '+31612345678', preferredMoment: 'na 14:00', note: 'WOZ-beschikking', departmentId: null },
    });
    expect(callbackRequestOf({ ...values, preferredMoment: '', departmentId: 'd1' })).toEqual({
      request: { phone: '+31612345678', preferredMoment: null, note: 'WOZ-beschikking', departmentId: 'd1' },
    });
  });

  it('says which fields are wrong', () => {
    expect(callbackRequestOf({ ...values, phone: ' ', note: '' })).toEqual({
      errors: { phone: 'phoneEmpty', note: 'noteEmpty' },
    });
    expect(callbackRequestOf({ ...values, phone: '06-1234' })).toEqual({ errors: { phone: 'phone' } });
    expect(callbackRequestOf({ ...values, preferredMoment: 'x'.repeat(101) })).toEqual({
      errors: { preferredMoment: 'tooLong' },
    });
  });
});

describe(suggestedPhone.name, () => {
  const conversation = (channel: ConversationSummaryDto['channel'], handle: string) => ({
    channel,
    contact: { id: 'ct1', displayName: 'Fenna', handle },
  });

  it('takes the WhatsApp number of the conversation', () => {
    expect(suggestedPhone(conversation('whatsapp', '31612345678'))).toBe('+31 6 1234 5678');
  });

  it('takes the citizen’s WhatsApp number from another channel’s conversation', () => {
    const identities = [
      { channel: 'email' as const, externalId: 'fenna@example.nl', displayName: null },
      { channel: 'whatsapp' as const, externalId: '32470123456', displayName: null },
    ];
    expect(suggestedPhone(conversation('email', 'fenna@example.nl'), identities)).toBe('+32470123456');
  });

  it('suggests nothing when no number is known', () => {
    expect(suggestedPhone(conversation('twitter', '12345'))).toBe('');
  });
});

describe(serverFieldErrors.name, () => {
  it('marks the fields the server named', () => {
    const refused = new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid', [
      { path: 'phone', message: 'not a phone number' },
      { path: 'departmentId', message: 'no active department with this id' },
    ]);
    expect(serverFieldErrors(refused)).toEqual({ phone: 'phone', departmentId: 'department' });
    expect(serverFieldErrors(new ApiError(404, 'NOT_FOUND', 'gone'))).toEqual({});
  });
});
