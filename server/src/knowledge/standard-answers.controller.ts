import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  createStandardAnswerRequestSchema,
  searchStandardAnswersQuerySchema,
  updateStandardAnswerRequestSchema,
  type StandardAnswerDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { StandardAnswersService } from './standard-answers.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

/** The administrator's knowledge base, deactivated answers included. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/standard-answers')
export class StandardAnswersAdminController {
  constructor(private readonly answers: StandardAnswersService) {}

  @Get()
  list(): Promise<StandardAnswerDto[]> {
    return this.answers.list();
  }

  @Post()
  @ApiBody({ schema: schema(createStandardAnswerRequestSchema) })
  create(@Body() body: unknown, @CurrentUser() user: User): Promise<StandardAnswerDto> {
    return this.answers.create(parseInput(createStandardAnswerRequestSchema, body), user);
  }

  /** `{"active": false}` deactivates: no longer offered to agents, kept with its use count. */
  @Patch(':id')
  @ApiBody({ schema: schema(updateStandardAnswerRequestSchema) })
  update(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<StandardAnswerDto> {
    return this.answers.update(id, parseInput(updateStandardAnswerRequestSchema, body), user);
  }

  /** Deletes for good (an answer made by mistake); nothing refers to a standard answer once its text is sent. */
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuid) id: string, @CurrentUser() user: User): Promise<void> {
    return this.answers.remove(id, user);
  }
}

/** The standard answers an agent can insert: the active ones, searched, for every logged-in user. */
@ApiTags('standard-answers')
@Controller('api/standard-answers')
export class StandardAnswersController {
  constructor(private readonly answers: StandardAnswersService) {}

  @Get()
  @ApiQuery({ name: 'q', required: false, description: 'words in the title, keywords or body' })
  @ApiQuery({ name: 'channel', required: false, description: 'only answers for this channel (or for all)' })
  @ApiQuery({ name: 'limit', required: false, description: '1–50, default 10' })
  search(@Query() query: Record<string, unknown>): Promise<StandardAnswerDto[]> {
    return this.answers.search(parseInput(searchStandardAnswersQuerySchema, query));
  }

  @Post(':id/used')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'counted' })
  recordUse(@Param('id', uuid) id: string): Promise<void> {
    return this.answers.recordUse(id);
  }
}
