import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CallbacksModule } from './callbacks/callbacks.module';
import { ChannelAccountsModule } from './channel-accounts/channel-accounts.module';
import { ChannelsModule } from './channels/channels.module';
import { HealthController } from './common/health.controller';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContactsModule } from './contacts/contacts.module';
import { ConversationsModule } from './conversations/conversations.module';
import { DatabaseModule } from './database/database.module';
import { DepartmentsModule } from './departments/departments.module';
import { EventsModule } from './events/events.module';
import { IngestModule } from './ingest/ingest.module';
import { KnowledgeModule } from './knowledge/knowledge.module';
import { RealtimeModule } from './realtime/realtime.module';
import { redisConnectionOptions } from './redis/redis-connection';
import { SlaModule } from './sla/sla.module';
import { TopicsModule } from './topics/topics.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        EventsModule,
        AuditModule,
        DatabaseModule,
        BullModule.forRoot({
          connection: redisConnectionOptions(config.values.REDIS_URL),
          prefix: config.values.REDIS_PREFIX,
        }),
        ChannelAccountsModule,
        ChannelsModule,
        UsersModule,
        AuthModule,
        ConversationsModule,
        CallbacksModule,
        ContactsModule,
        DepartmentsModule,
        IngestModule,
        KnowledgeModule,
        RealtimeModule,
        SlaModule,
        TopicsModule,
      ],
      controllers: [HealthController],
    };
  }
}
