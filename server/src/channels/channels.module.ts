import { Global, Module } from '@nestjs/common';
import { ChannelAccountsModule } from '../channel-accounts/channel-accounts.module';
import { AccountCredentials } from './account-credentials';
import { CHANNEL_ADAPTERS } from './channel.adapter';
import { ChannelRegistry } from './channel-registry';
import { EmailAdapter } from './email/email.adapter';
import { Mailboxes } from './email/mailboxes';
import { MessengerAdapter } from './messenger/messenger.adapter';
import { TwitterAdapter } from './twitter/twitter.adapter';
import { WhatsAppAdapter } from './whatsapp/whatsapp.adapter';

// Adding a channel: a folder with its adapter, and one line in this list.
const ADAPTERS = [WhatsAppAdapter, TwitterAdapter, MessengerAdapter, EmailAdapter];

@Global()
@Module({
  imports: [ChannelAccountsModule],
  providers: [
    AccountCredentials,
    ...ADAPTERS,
    { provide: CHANNEL_ADAPTERS, useFactory: (...adapters: unknown[]) => adapters, inject: ADAPTERS },
    ChannelRegistry,
    Mailboxes,
  ],
  exports: [ChannelRegistry, Mailboxes],
})
export class ChannelsModule {}
