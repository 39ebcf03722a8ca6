import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  callbackAttemptRequestSchema,
  completeCallbackRequestSchema,
  createCallbackRequestSchema,
  listCallbacksQuerySchema,
  type CallbackDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { CallbacksService } from './callbacks.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

@ApiTags('callbacks')
@Controller('api')
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  /** Book a callback from a conversation, for the KCC (`departmentId` null) or a back office. */
  @Post('conversations/:id/callbacks')
  @ApiBody({ schema: schema(createCallbackRequestSchema) })
  create(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<CallbackDto> {
    return this.callbacks.create(user, id, parseInput(createCallbackRequestSchema, body));
  }

  /** Open callbacks (`status=done`: the done ones), earliest deadline first; a back office sees its own only. */
  @Get('callbacks')
  list(@CurrentUser() user: User, @Query() query: Record<string, unknown>): Promise<CallbackDto[]> {
    return this.callbacks.list(user, parseInput(listCallbacksQuerySchema, query));
  }

  @Get('callbacks/:id')
  detail(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<CallbackDto> {
    return this.callbacks.detail(user, id);
  }

  /** One try to call the citizen: reached or not, with a note. */
  @Post('callbacks/:id/attempts')
  @ApiBody({ schema: schema(callbackAttemptRequestSchema) })
  attempt(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<CallbackDto> {
    return this.callbacks.attempt(user, id, parseInput(callbackAttemptRequestSchema, body));
  }

  /** Done, with its outcome: reached, not reached (given up), or cancelled (with the reason). */
  @Post('callbacks/:id/complete')
  @HttpCode(200)
  @ApiBody({ schema: schema(completeCallbackRequestSchema) })
  complete(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() body: unknown): Promise<CallbackDto> {
    return this.callbacks.complete(user, id, parseInput(completeCallbackRequestSchema, body));
  }
}
