export const CHANNELS = ['whatsapp', 'messenger', 'twitter', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
