import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { createUserRequestSchema, type UserDto } from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from './user.entity';
import { UsersService } from './users.service';

@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post()
  @ApiBody({ schema: z.toJSONSchema(createUserRequestSchema, { io: 'input' }) as object })
  add(@Body() body: unknown, @CurrentUser() user: User): Promise<UserDto> {
    return this.users.add(parseInput(createUserRequestSchema, body), user);
  }
}
