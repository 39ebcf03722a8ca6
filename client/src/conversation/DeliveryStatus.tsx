import { useTranslation } from 'react-i18next';
import type { JSX } from 'react';
import type { Channel, DeliveryDto, DeliveryStatus as Status } from '@ingang/shared';
import { deliveryFailureText } from './delivery-failure-text';

const ICONS: Record<Status, JSX.Element> = {
  pending: (
    <>
      <circle cx="8" cy="8" r="6" fill="none" strokeWidth="1.5" />
      <path d="M8 4.8V8l2.2 1.4" fill="none" strokeWidth="1.5" strokeLinecap="round" />
    </>
  ),
  sent: <path d="m3.5 8.5 3 3 6-7" fill="none" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />,
  delivered: (
    <path d="m1 8.5 3 3 6-7M7.5 11.5l6-7" fill="none" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
  ),
  read: (
    <path d="m1 8.5 3 3 6-7M7.5 11.5l6-7" fill="none" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
  ),
  failed: (
    <>
      <circle cx="8" cy="8" r="6.5" strokeWidth="0" />
      <path d="M8 4.5v4.2M8 11.2v.3" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
};

/** The ticks on an outbound message, each with a spoken label ("Afgeleverd", "Gelezen", …). */
export function DeliveryTicks({ delivery }: { delivery: DeliveryDto }) {
  const { t } = useTranslation();
  const label = t(`delivery.status.${delivery.status}`);
  return (
    <span className={`delivery-ticks delivery-ticks--${delivery.status}`} role="img" aria-label={label} title={label}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" stroke="currentColor">
        {ICONS[delivery.status]}
      </svg>
    </span>
  );
}

/** Why a reply did not arrive, in the agent's words, with the provider's own text underneath. */
export function DeliveryFailure({ delivery, channel }: { delivery: DeliveryDto; channel: Channel }) {
  const { t } = useTranslation();
  const explanation = deliveryFailureText(delivery.failureCode, channel, t);
  return (
    <div className="delivery-failure">
      <p className="delivery-failure__title">{t('delivery.failedTitle')}</p>
      <p>{explanation}</p>
      {delivery.failureDetail && <p className="delivery-failure__detail">{delivery.failureDetail}</p>}
    </div>
  );
}
