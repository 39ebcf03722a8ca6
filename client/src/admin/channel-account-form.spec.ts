import { describe, expect, it } from '@jest/globals';
import type { ChannelAccountDto } from '@ingang/shared';
import {
  accountFormFor,
  emptyAccountForm,
  invalidFieldsOf,
  toCreateRequest,
  toUpdateRequest,
} from './channel-account-form';

const account: ChannelAccountDto = {
  id: '7b0e3c52-4f8e-4d6a-9c43-0d2b6f1e9a11',
  channel: 'whatsapp',
  externalId: '106540352242922',
  name: 'WhatsApp Gemeente',
  enabled: true,
  settings: { businessAccountId: '102290129340398' },
  secretsSet: ['appSecret', 'accessToken'],
  secretsUnreadable: false,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

describe('channel account form', () => {
  it("offers the channel's own fields, with every secret input empty", () => {
    const sut = accountFormFor(account);
    expect(Object.keys(sut.secrets)).toEqual(['appSecret', 'verifyToken', 'accessToken']);
    expect(Object.values(sut.secrets)).toEqual([
      { value: '', clear: false },
      { value: '', clear: false },
      { value: '', clear: false },
    ]);
    expect(sut.settings).toEqual({ businessAccountId: '102290129340398' });
    expect(Object.keys(emptyAccountForm('email').settings)).toEqual(['fromName']);
  });

  it('creates with the filled-in fields only', () => {
    const form = emptyAccountForm('messenger');
    form.name = 'Facebook';
    form.externalId = '1122';
    form.secrets.pageToken.value = 'EAAB';
    expect(toCreateRequest(form)).toEqual({
      channel: 'messenger',
      name: 'Facebook',
      externalId: '1122',
      enabled: true,
      settings: {},
      secrets: { pageToken: 'EAAB' },
    });
  });

  it('sends a typed secret, an empty string for "wissen", and nothing for an untouched secret', () => {
    const form = accountFormFor(account);
    form.secrets.accessToken.value = 'EAAG-new';
    form.secrets.appSecret.clear = true;
    expect(toUpdateRequest(form, account)).toEqual({ secrets: { accessToken: 'EAAG-new', appSecret: '' } });
  });

  it('sends only the plain fields that changed', () => {
    const form = accountFormFor(account);
    expect(toUpdateRequest(form, account)).toEqual({});
    form.enabled = false;
    form.settings.businessAccountId = '';
    form.name = 'WhatsApp KCC';
    expect(toUpdateRequest(form, account)).toEqual({
      name: 'WhatsApp KCC',
      enabled: false,
      settings: { businessAccountId: '' },
    });
  });

  it('reads the fields a validation error names', () => {
    expect(invalidFieldsOf([{ path: 'secrets.appSecret', message: 'x' }, { path: 'name' }, 'junk'])).toEqual([
      'secrets.appSecret',
      'name',
    ]);
    expect(invalidFieldsOf(undefined)).toEqual([]);
  });
});
