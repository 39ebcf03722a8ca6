import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

@Module({ imports: [ConversationsModule], controllers: [ContactsController], providers: [ContactsService] })
export class ContactsModule {}
