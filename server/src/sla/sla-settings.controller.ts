import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { updateSlaSettingsSchema, type SlaRecomputeDto, type SlaSettingsDto } from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { SlaSettingsService } from './sla-settings.service';

/** The working calendar and SLA policies: everyone reads them (countdowns), administrators change them. */
@ApiTags('sla')
@Controller('api')
export class SlaSettingsController {
  constructor(private readonly settings: SlaSettingsService) {}

  @Get('sla-settings')
  get(): Promise<SlaSettingsDto> {
    return this.settings.dto();
  }

  /** Saves the whole settings; 409 when `expectedVersion` is no longer the stored one. Open deadlines follow. */
  @Put('admin/sla-settings')
  @Roles('admin')
  @ApiBody({ schema: z.toJSONSchema(updateSlaSettingsSchema, { io: 'input' }) as object })
  update(@Body() body: unknown, @CurrentUser() user: User): Promise<SlaSettingsDto> {
    const { expectedVersion, ...settings } = parseInput(updateSlaSettingsSchema, body);
    return this.settings.update(user, settings, expectedVersion);
  }

  @Get('admin/sla-settings/recompute')
  @Roles('admin')
  recompute(): Promise<SlaRecomputeDto> {
    return this.settings.recomputeProgress();
  }
}
