import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import { deliveryFailureText } from './delivery-failure-text';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'nl',
  initAsync: false,
  resources: {
    nl: {
      translation: {
        delivery: {
          failure: {
            WINDOW_CLOSED: 'Het antwoordvenster van dit kanaal is gesloten.',
            WINDOW_CLOSED_whatsapp: 'Buiten het 24-uursvenster van WhatsApp.',
            BOUNCED: 'De e-mail kwam onbestelbaar terug.',
            fallback: 'Het bericht kon niet worden afgeleverd.',
          },
        },
      },
    },
  },
});
const t = i18n.t.bind(i18n);

describe(deliveryFailureText.name, () => {
  it('uses the channel’s own words when it has them', () => {
    expect(deliveryFailureText('WINDOW_CLOSED', 'whatsapp', t)).toBe('Buiten het 24-uursvenster van WhatsApp.');
  });

  it('uses the channel-neutral words otherwise', () => {
    expect(deliveryFailureText('WINDOW_CLOSED', 'messenger', t)).toBe(
      'Het antwoordvenster van dit kanaal is gesloten.',
    );
    expect(deliveryFailureText('BOUNCED', 'email', t)).toBe('De e-mail kwam onbestelbaar terug.');
  });

  it('falls back for a code it does not know, for no code and for something that is not a code', () => {
    const fallback = 'Het bericht kon niet worden afgeleverd.';
    expect(deliveryFailureText('SOMETHING_NEW', 'twitter', t)).toBe(fallback);
    expect(deliveryFailureText(null, 'twitter', t)).toBe(fallback);
    expect(deliveryFailureText('status.read', 'twitter', t)).toBe(fallback);
    expect(deliveryFailureText('fallback', 'twitter', t)).toBe(fallback);
  });
});
