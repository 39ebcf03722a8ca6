import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  assignRequestSchema,
  listConversationsQuerySchema,
  noteRequestSchema,
  replyRequestSchema,
  resolveRequestSchema,
  type ConversationDetailDto,
  type ConversationPageDto,
  type ConversationSummaryDto,
  type MessageDto,
  type MessageTemplateDto,
} from '@ingang/shared';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { ConversationWorkflowService } from './conversation-workflow.service';
import { ConversationsService } from './conversations.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

@ApiTags('conversations')
@Controller('api/conversations')
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly workflow: ConversationWorkflowService,
  ) {}

  @Get()
  list(@CurrentUser() user: User, @Query() query: Record<string, unknown>): Promise<ConversationPageDto> {
    return this.conversations.list(user, parseInput(listConversationsQuerySchema, query));
  }

  /** Claims the most urgent conversation nobody holds; 204 when there is none. */
  @Post('next')
  @HttpCode(200)
  async next(
    @CurrentUser() user: User,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ConversationSummaryDto | undefined> {
    const summary = await this.workflow.next(user);
    if (!summary) response.status(204);
    return summary ?? undefined;
  }

  @Get(':id')
  detail(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<ConversationDetailDto> {
    return this.conversations.detail(user, id);
  }

  @Get(':id/templates')
  templates(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<MessageTemplateDto[]> {
    return this.conversations.templates(user, id);
  }

  /** Only the holder answers: replying claims an unheld conversation; 409 CLAIMED when someone else holds it. */
  @Post(':id/reply')
  @HttpCode(202)
  @ApiBody({ schema: schema(replyRequestSchema) })
  reply(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<MessageDto> {
    return this.conversations.reply(user, id, parseInput(replyRequestSchema, body));
  }

  @Post(':id/notes')
  @ApiBody({ schema: schema(noteRequestSchema) })
  note(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<MessageDto> {
    return this.workflow.note(user, id, parseInput(noteRequestSchema, body));
  }

  /** 409 CLAIMED (with the holder) when someone else holds it; 409 CAPACITY_REACHED at the agent's maximum. */
  @Post(':id/claim')
  @HttpCode(200)
  claim(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<ConversationSummaryDto> {
    return this.workflow.claim(user, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  release(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<ConversationSummaryDto> {
    return this.workflow.release(user, id);
  }

  /** Hand to a colleague; a supervisor may reassign any conversation, or take it over by naming themselves. */
  @Post(':id/assign')
  @HttpCode(200)
  @ApiBody({ schema: schema(assignRequestSchema) })
  assign(
    @CurrentUser() user: User,
    @Param('id', uuid) id: string,
    @Body() body: unknown,
  ): Promise<ConversationSummaryDto> {
    return this.workflow.assign(user, id, parseInput(assignRequestSchema, body).userId);
  }

  /** With a gespreksresultaat; 409 TOPIC_REQUIRED when a topic is required and missing. */
  @Post(':id/resolve')
  @HttpCode(200)
  @ApiBody({ schema: schema(resolveRequestSchema) })
  resolve(
    @CurrentUser() user: User,
    @Param('id', uuid) id: string,
    @Body() body: unknown,
  ): Promise<ConversationSummaryDto> {
    return this.workflow.resolve(user, id, parseInput(resolveRequestSchema, body));
  }

  @Post(':id/reopen')
  @HttpCode(200)
  reopen(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<ConversationSummaryDto> {
    return this.workflow.reopen(user, id);
  }
}
