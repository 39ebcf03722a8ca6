import type { Channel } from '@ingang/shared';

export type AddressCheck = { ok: true; externalId: string } | { ok: false; problem: 'empty' | 'phone' | 'email' };

// WhatsApp knows a citizen by the full international number, digits only: 31612345678.
function whatsappNumber(raw: string): string | null {
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  // A Dutch number as people write it (06 12345678, 010 1234567) gets the country code.
  else if (/^0\d{9}$/.test(digits)) digits = `31${digits.slice(1)}`;
  return /^\d{8,15}$/.test(digits) ? digits : null;
}

/** Turns what the agent typed into the address the channel uses, or says what is wrong with it. */
export function checkAddress(channel: Channel, raw: string): AddressCheck {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, problem: 'empty' };
  switch (channel) {
    case 'whatsapp': {
      const number = whatsappNumber(value);
      return number ? { ok: true, externalId: number } : { ok: false, problem: 'phone' };
    }
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
        ? { ok: true, externalId: value.toLowerCase() }
        : { ok: false, problem: 'email' };
    case 'messenger':
    case 'twitter':
      // The platform's own account id; the agent copies it, there is nothing to normalise.
      return { ok: true, externalId: value };
  }
}
