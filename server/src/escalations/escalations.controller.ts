import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  escalateRequestSchema,
  escalationResultSchema,
  listEscalationsQuerySchema,
  replyRequestSchema,
  type EscalationDto,
  type MessageDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { EscalationsService } from './escalations.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

@ApiTags('escalations')
@Controller('api')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  /** Hand-over to a back office, with a holding reply to the citizen (or null to send none). */
  @Post('conversations/:id/escalate')
  @ApiBody({ schema: schema(escalateRequestSchema) })
  escalate(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<EscalationDto> {
    return this.escalations.escalate(user, id, parseInput(escalateRequestSchema, body));
  }

  /** A back-office user sees only their own department's. */
  @Get('escalations')
  list(@CurrentUser() user: User, @Query() query: Record<string, unknown>): Promise<EscalationDto[]> {
    return this.escalations.list(user, parseInput(listEscalationsQuerySchema, query));
  }

  /** The back office answers the citizen in the original channel. */
  @Post('escalations/:id/answer')
  @HttpCode(202)
  @ApiBody({ schema: schema(replyRequestSchema) })
  answer(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<MessageDto> {
    return this.escalations.answerCitizen(user, id, parseInput(replyRequestSchema, body));
  }

  /** An internal answer for webcare, who answers the citizen. */
  @Post('escalations/:id/return')
  @HttpCode(200)
  @ApiBody({ schema: schema(escalationResultSchema) })
  giveBack(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<EscalationDto> {
    return this.escalations.giveBack(user, id, 'returned', parseInput(escalationResultSchema, body).text);
  }

  /** Not for this department, or not enough to go on: back to webcare with the reason. */
  @Post('escalations/:id/bounce')
  @HttpCode(200)
  @ApiBody({ schema: schema(escalationResultSchema) })
  bounce(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<EscalationDto> {
    return this.escalations.giveBack(user, id, 'bounced', parseInput(escalationResultSchema, body).text);
  }
}
