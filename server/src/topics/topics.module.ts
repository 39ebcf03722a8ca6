import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversationTopic } from './conversation-topic.entity';
import { OutcomesAdminController, OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';
import { Outcome } from './outcome.entity';
import { ConversationTopicsController, TopicsAdminController, TopicsController } from './topics.controller';
import { TopicsService } from './topics.service';
import { Topic } from './topic.entity';
import { WorkflowSettingsController } from './workflow-settings.controller';
import { WorkflowSettingsRow } from './workflow-settings.entity';
import { WorkflowSettingsService } from './workflow-settings.service';

/** Topics (onderwerpen) on conversations, conversation outcomes (gespreksresultaten), and the workflow settings. */
@Module({
  imports: [TypeOrmModule.forFeature([Topic, Outcome, ConversationTopic, WorkflowSettingsRow])],
  controllers: [
    TopicsAdminController,
    TopicsController,
    ConversationTopicsController,
    OutcomesAdminController,
    OutcomesController,
    WorkflowSettingsController,
  ],
  providers: [TopicsService, OutcomesService, WorkflowSettingsService],
  exports: [TopicsService, OutcomesService, WorkflowSettingsService],
})
export class TopicsModule {}
