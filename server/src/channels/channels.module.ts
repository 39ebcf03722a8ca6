import { Global, Module } from '@nestjs/common';
import { CHANNEL_ADAPTERS } from './channel.adapter';
import { ChannelRegistry } from './channel-registry';
import { EmailAdapter } from './email/email.adapter';
import { MessengerAdapter } from './messenger/messenger.adapter';
import { TwitterAdapter } from './twitter/twitter.adapter';
import { WhatsAppAdapter } from './whatsapp/whatsapp.adapter';

// Adding a channel: a folder with its adapter, and one line in this list.
const ADAPTERS = [WhatsAppAdapter, TwitterAdapter, MessengerAdapter, EmailAdapter];

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
