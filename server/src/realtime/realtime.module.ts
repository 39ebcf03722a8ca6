import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Conversation } from '../conversations/conversation.entity';
import { UsersModule } from '../users/users.module';
import { ConversationPresence } from './conversation-presence';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  imports: [AuthModule, UsersModule, TypeOrmModule.forFeature([Conversation])],
  providers: [RealtimeGateway, ConversationPresence],
})
export class RealtimeModule {}
