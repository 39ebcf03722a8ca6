import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createChannelAccountRequestSchema,
  updateChannelAccountRequestSchema,
  type ChannelAccountDto,
} from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { ChannelAccountsService } from './channel-accounts.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

/** The administrator's channel accounts. Answers name the secrets that are set (`secretsSet`), never their values. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/channel-accounts')
export class ChannelAccountsController {
  constructor(private readonly accounts: ChannelAccountsService) {}

  @Get()
  list(): Promise<ChannelAccountDto[]> {
    return this.accounts.list();
  }

  @Post()
  @ApiBody({ schema: schema(createChannelAccountRequestSchema) })
  create(@Body() body: unknown, @CurrentUser() user: User): Promise<ChannelAccountDto> {
    return this.accounts.create(parseInput(createChannelAccountRequestSchema, body), user);
  }

  /** Which fields exist depends on the account's channel; the service checks them against it. */
  @Patch(':id')
  @ApiBody({ schema: schema(updateChannelAccountRequestSchema) })
  update(@Param('id', uuid) id: string, @Body() body: unknown, @CurrentUser() user: User): Promise<ChannelAccountDto> {
    return this.accounts.update(id, parseInput(updateChannelAccountRequestSchema, body), user);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', uuid) id: string, @CurrentUser() user: User): Promise<void> {
    return this.accounts.remove(id, user);
  }
}
