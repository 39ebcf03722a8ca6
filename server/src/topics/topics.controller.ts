import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createTopicRequestSchema,
  reorderRequestSchema,
  setConversationTopicsRequestSchema,
  updateTopicRequestSchema,
  type TopicDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { TopicsService } from './topics.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

/** The administrator's list of topics, deactivated ones included. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/topics')
export class TopicsAdminController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  list(): Promise<TopicDto[]> {
    return this.topics.listAll();
  }

  @Post()
  @ApiBody({ schema: schema(createTopicRequestSchema) })
  create(@Body() body: unknown, @CurrentUser() user: User): Promise<TopicDto> {
    return this.topics.create(parseInput(createTopicRequestSchema, body), user);
  }

  /** Every topic's id in the new order; 409 when the list gained a topic meanwhile. */
  @Put('order')
  @ApiBody({ schema: schema(reorderRequestSchema) })
  reorder(@Body() body: unknown, @CurrentUser() user: User): Promise<TopicDto[]> {
    return this.topics.reorder(parseInput(reorderRequestSchema, body).ids, user);
  }

  @Patch(':id')
  @ApiBody({ schema: schema(updateTopicRequestSchema) })
  update(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<TopicDto> {
    return this.topics.update(id, parseInput(updateTopicRequestSchema, body), user);
  }

  /** Deactivates: conversations keep the topic. `PATCH {"active": true}` reactivates it. */
  @Delete(':id')
  deactivate(@Param('id', uuid) id: string, @CurrentUser() user: User): Promise<TopicDto> {
    return this.topics.deactivate(id, user);
  }
}

/** The topics an agent can choose: the active ones in the administrator's order, for every logged-in user. */
@ApiTags('topics')
@Controller('api/topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  list(): Promise<TopicDto[]> {
    return this.topics.listActive();
  }
}

/** What a conversation is about. */
@ApiTags('conversations')
// Every role; a back-office user only for what their department has now (404 otherwise).
@Roles('agent', 'supervisor', 'admin', 'backoffice')
@Controller('api/conversations')
export class ConversationTopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get(':id/topics')
  list(@Param('id', uuid) id: string, @CurrentUser() user: User): Promise<TopicDto[]> {
    return this.topics.topicsOf(id, user);
  }

  /** Replaces the conversation's topics (`[]` clears them); unknown or deactivated topics are refused (400). */
  @Put(':id/topics')
  @ApiBody({ schema: schema(setConversationTopicsRequestSchema) })
  set(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<TopicDto[]> {
    return this.topics.setTopicsOf(id, parseInput(setConversationTopicsRequestSchema, body).topicIds, user);
  }
}
