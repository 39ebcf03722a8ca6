import { Global, Module } from '@nestjs/common';
import { CHANNEL_ADAPTERS } from './channel.adapter';
import { ChannelRegistry } from './channel-registry';
import { WhatsAppAdapter } from './whatsapp/whatsapp.adapter';

// Adding a channel: a folder with its adapter, and one line in this list.
const ADAPTERS = [WhatsAppAdapter];

@Global()
@Module({
  providers: [
    ...ADAPTERS,
    { provide: CHANNEL_ADAPTERS, useFactory: (...adapters: unknown[]) => adapters, inject: ADAPTERS },
    ChannelRegistry,
  ],
  exports: [ChannelRegistry],
})
export class ChannelsModule {}
