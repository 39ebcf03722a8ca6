import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562) for an audit event at `atMs`: its first 48 bits are that moment and the next 12 a counter
 * within the millisecond, so ids ordered as text follow the order the events were recorded in this process. The log
 * pages by (at, id): two events of one millisecond keep their order, newest first.
 */
export function createAuditIdFactory(random: (bytes: number) => Buffer = randomBytes): (atMs: number) => string {
  let lastMs = -1;
  let sequence = 0;
  return (atMs: number) => {
    sequence = atMs === lastMs ? sequence + 1 : 0;
    lastMs = atMs;
    // 4096 events in one millisecond: the rest of that millisecond shares the last counter value, ordered by chance.
    const counter = Math.min(sequence, 0xfff);
    const bytes = random(16);
    const ms = BigInt(Math.max(0, Math.trunc(atMs))) & 0xffffffffffffn;
    for (let i = 0; i < 6; i += 1) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8] & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
