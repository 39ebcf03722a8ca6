import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  listConversationsQuerySchema,
  replyRequestSchema,
  type ConversationDetailDto,
  type ConversationPageDto,
  type MessageDto,
  type MessageTemplateDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { ConversationsService } from './conversations.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('conversations')
@Controller('api/conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>): Promise<ConversationPageDto> {
    return this.conversations.list(parseInput(listConversationsQuerySchema, query));
  }

  @Get(':id')
  detail(@Param('id', uuid) id: string): Promise<ConversationDetailDto> {
    return this.conversations.detail(id);
  }

  @Get(':id/templates')
  templates(@Param('id', uuid) id: string): Promise<MessageTemplateDto[]> {
    return this.conversations.templates(id);
  }

  @Post(':id/reply')
  @HttpCode(202)
  @ApiBody({ schema: z.toJSONSchema(replyRequestSchema, { io: 'input' }) as object })
  reply(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<MessageDto> {
    return this.conversations.reply(user, id, parseInput(replyRequestSchema, body));
  }
}
