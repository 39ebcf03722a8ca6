import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createOutcomeRequestSchema,
  reorderRequestSchema,
  updateOutcomeRequestSchema,
  type OutcomeDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { OutcomesService } from './outcomes.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

/** The administrator's list of conversation outcomes, deactivated ones included. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/outcomes')
export class OutcomesAdminController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get()
  list(): Promise<OutcomeDto[]> {
    return this.outcomes.listAll();
  }

  @Post()
  @ApiBody({ schema: schema(createOutcomeRequestSchema) })
  create(@Body() body: unknown, @CurrentUser() user: User): Promise<OutcomeDto> {
    return this.outcomes.create(parseInput(createOutcomeRequestSchema, body), user);
  }

  /** Every outcome's id in the new order; 409 when the list gained an outcome meanwhile. */
  @Put('order')
  @ApiBody({ schema: schema(reorderRequestSchema) })
  reorder(@Body() body: unknown, @CurrentUser() user: User): Promise<OutcomeDto[]> {
    return this.outcomes.reorder(parseInput(reorderRequestSchema, body).ids, user);
  }

  @Patch(':id')
  @ApiBody({ schema: schema(updateOutcomeRequestSchema) })
  update(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<OutcomeDto> {
    return this.outcomes.update(id, parseInput(updateOutcomeRequestSchema, body), user);
  }

  /** Deactivates: conversations keep the outcome. `PATCH {"active": true}` reactivates it. */
  @Delete(':id')
  deactivate(@Param('id', uuid) id: string, @CurrentUser() user: User): Promise<OutcomeDto> {
    return this.outcomes.deactivate(id, user);
  }
}

/** The outcomes an agent can choose when resolving: the active ones in the administrator's order. */
@ApiTags('topics')
@Controller('api/outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get()
  list(): Promise<OutcomeDto[]> {
    return this.outcomes.listActive();
  }
}
