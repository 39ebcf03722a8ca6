import { advancesDelivery } from './delivery-progress';

describe(advancesDelivery.name, () => {
  it.each([
    [null, 'sent', true],
    ['pending', 'sent', true],
    ['sent', 'delivered', true],
    ['sent', 'read', true],
    ['read', 'delivered', false],
    ['delivered', 'sent', false],
    ['read', 'read', false],
    ['sent', 'failed', true],
    ['delivered', 'failed', true],
    ['read', 'failed', false],
    ['failed', 'read', false],
  ] as const)('from %s, a %s report moves forward: %s', (current, next, expected) => {
    expect(advancesDelivery(current, next)).toBe(expected);
  });
});
