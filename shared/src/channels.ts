export const CHANNELS = ['whatsapp', 'messenger', 'twitter', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A citizen's or account's address as stored: mail addresses are case-insensitive, other channels' ids opaque. */
export function normaliseAddress(channel: Channel, externalId: string): string {
  const trimmed = externalId.trim();
  return channel === 'email' ? trimmed.toLowerCase() : trimmed;
}
