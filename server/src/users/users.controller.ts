import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { createUserRequestSchema, updateUserRequestSchema, type AdminUserDto, type ColleagueDto } from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from './user.entity';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe();
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

/** Who may log in, with which role, department and capacity: administrators only. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<AdminUserDto[]> {
    return this.users.list();
  }

  @Post()
  @ApiBody({ schema: schema(createUserRequestSchema) })
  add(@Body() body: unknown, @CurrentUser() user: User): Promise<AdminUserDto> {
    return this.users.add(parseInput(createUserRequestSchema, body), user);
  }

  /** 409 CONFLICT (`details.reason`) when an administrator would disable or demote themselves, or the last one. */
  @Patch(':id')
  @ApiBody({ schema: schema(updateUserRequestSchema) })
  update(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<AdminUserDto> {
    return this.users.update(id, parseInput(updateUserRequestSchema, body), user);
  }
}

/** The active colleagues, for every logged-in user: to hand a conversation to, or to mention in a note. */
@ApiTags('users')
@Controller('api/users')
export class ColleaguesController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<ColleagueDto[]> {
    return this.users.colleagues();
  }
}
