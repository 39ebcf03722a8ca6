import { Inject, Injectable } from '@nestjs/common';
import type { Channel } from '@ingang/shared';
import { DomainError } from '../common/domain-error';
import { CHANNEL_ADAPTERS, type ChannelAdapter } from './channel.adapter';

/** Finds the adapter for a channel; the rest of the server never names a channel itself. */
@Injectable()
export class ChannelRegistry {
  private readonly byChannel: Map<string, ChannelAdapter>;

  constructor(@Inject(CHANNEL_ADAPTERS) adapters: ChannelAdapter[]) {
    this.byChannel = new Map(adapters.map((adapter) => [adapter.channel, adapter]));
  }

  get(channel: Channel | string): ChannelAdapter {
    const adapter = this.byChannel.get(channel);
    if (!adapter) throw new DomainError('UNKNOWN_CHANNEL', `No channel "${channel}"`);
    return adapter;
  }

  /** For webhooks: unknown or unconfigured channels are refused before anything is read. */
  async getConfigured(channel: string): Promise<ChannelAdapter> {
    const adapter = this.get(channel);
    if (!(await adapter.isConfigured()))
      throw new DomainError('CHANNEL_NOT_CONFIGURED', `Channel "${channel}" is not configured`);
    return adapter;
  }
}
