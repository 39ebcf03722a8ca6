import { describe, expect, it } from '@jest/globals';
import { checkAddress } from './contact-address';

describe(checkAddress.name, () => {
  it.each([
    ['06 12 34 56 78', '31612345678'],
    ['+31 6-1234 5678', '31612345678'],
    ['0031612345678', '31612345678'],
    ['(010) 123 4567', '31101234567'],
    ['32470123456', '32470123456'],
  ])('turns the phone number %s into WhatsApp’s %s', (raw, expected) => {
    expect(checkAddress('whatsapp', raw)).toEqual({ ok: true, externalId: expected });
  });

  it('refuses something that is not a phone number for WhatsApp', () => {
    expect(checkAddress('whatsapp', 'jan@example.nl')).toEqual({ ok: false, problem: 'phone' });
    expect(checkAddress('whatsapp', '12345')).toEqual({ ok: false, problem: 'phone' });
  });

  it('lower-cases an e-mail address and refuses one without a domain', () => {
    expect(checkAddress('email', ' Jan.Jansen@Example.NL ')).toEqual({ ok: true, externalId: 'jan.jansen@example.nl' });
    expect(checkAddress('email', 'jan@localhost')).toEqual({ ok: false, problem: 'email' });
  });

  it('keeps a Messenger or X account id as typed', () => {
    expect(checkAddress('twitter', ' 1203948576 ')).toEqual({ ok: true, externalId: '1203948576' });
  });

  it('refuses an empty address', () => {
    expect(checkAddress('messenger', '   ')).toEqual({ ok: false, problem: 'empty' });
  });
});
