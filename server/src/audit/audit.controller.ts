import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { auditQuerySchema, type AuditPageDto } from '@ingang/shared';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import { AuditService } from './audit.service';

/** The audit log for administrators: newest first, `before` the previous page's `nextCursor`. */
@ApiTags('admin')
@Roles('admin')
@Controller('api/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiQuery({ name: 'before', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  @ApiQuery({ name: 'actorId', required: false, description: 'a user id, or "system"' })
  @ApiQuery({ name: 'objectType', required: false, description: 'e.g. user, department' })
  @ApiQuery({ name: 'objectId', required: false })
  @ApiQuery({ name: 'action', required: false, description: 'the start of the action, e.g. "user."' })
  page(@Query() query: unknown): Promise<AuditPageDto> {
    return this.audit.page(parseInput(auditQuerySchema, query));
  }
}
