import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  linkIdentityRequestSchema,
  mergeContactRequestSchema,
  searchContactsQuerySchema,
  updateContactRequestSchema,
  type ContactDetailDto,
  type ContactSummaryDto,
} from '@ingang/shared';
import { z } from 'zod';
import { parseInput } from '../common/zod-validation';
import { ContactsService } from './contacts.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const schema = (value: z.ZodType) => z.toJSONSchema(value, { io: 'input' }) as object;

@ApiTags('contacts')
@Controller('api/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  search(@Query() query: Record<string, unknown>): Promise<ContactSummaryDto[]> {
    const { query: text, limit } = parseInput(searchContactsQuerySchema, query);
    return this.contacts.search(text, limit);
  }

  @Get(':id')
  detail(@Param('id', uuid) id: string): Promise<ContactDetailDto> {
    return this.contacts.detail(id);
  }

  @Patch(':id')
  @ApiBody({ schema: schema(updateContactRequestSchema) })
  rename(@Param('id', uuid) id: string, @Body() body: unknown): Promise<ContactDetailDto> {
    return this.contacts.rename(id, parseInput(updateContactRequestSchema, body).displayName);
  }

  @Post(':id/merge')
  @ApiBody({ schema: schema(mergeContactRequestSchema) })
  merge(@Param('id', uuid) id: string, @Body() body: unknown): Promise<ContactDetailDto> {
    return this.contacts.merge(id, parseInput(mergeContactRequestSchema, body).otherContactId);
  }

  @Post(':id/identities')
  @ApiBody({ schema: schema(linkIdentityRequestSchema) })
  link(@Param('id', uuid) id: string, @Body() body: unknown): Promise<ContactDetailDto> {
    const { channel, externalId } = parseInput(linkIdentityRequestSchema, body);
    return this.contacts.linkIdentity(id, channel, externalId);
  }
}
