import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { createDepartmentRequestSchema, updateDepartmentRequestSchema, type DepartmentDto } from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { DepartmentsService } from './departments.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

/** The administrator's list of back offices, deactivated ones included. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/departments')
export class DepartmentsAdminController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  list(): Promise<DepartmentDto[]> {
    return this.departments.list();
  }

  @Post()
  @ApiBody({ schema: schema(createDepartmentRequestSchema) })
  create(@Body() body: unknown, @CurrentUser() user: User): Promise<DepartmentDto> {
    return this.departments.create(parseInput(createDepartmentRequestSchema, body), user);
  }

  @Patch(':id')
  @ApiBody({ schema: schema(updateDepartmentRequestSchema) })
  update(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<DepartmentDto> {
    return this.departments.update(id, parseInput(updateDepartmentRequestSchema, body), user);
  }

  /** Deactivates: escalations keep referring to the department. `PATCH {"active": true}` reactivates it. */
  @Delete(':id')
  deactivate(@Param('id', uuid) id: string, @CurrentUser() user: User): Promise<DepartmentDto> {
    return this.departments.deactivate(id, user);
  }
}

/** The departments an agent can escalate to: the active ones, for every logged-in user. */
@ApiTags('departments')
@Controller('api/departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  list(): Promise<DepartmentDto[]> {
    return this.departments.listActive();
  }
}
