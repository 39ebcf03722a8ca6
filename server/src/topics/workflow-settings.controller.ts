import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { updateWorkflowSettingsRequestSchema, type WorkflowSettingsDto } from '@ingang/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { parseInput } from '../common/zod-validation';
import type { User } from '../users/user.entity';
import { WorkflowSettingsService } from './workflow-settings.service';

/** Whether a topic is required to resolve: everyone reads it (the resolve button), administrators change it. */
@ApiTags('topics')
@Controller('api')
export class WorkflowSettingsController {
  constructor(private readonly settings: WorkflowSettingsService) {}

  @Get('workflow-settings')
  get(): Promise<WorkflowSettingsDto> {
    return this.settings.settings();
  }

  @Get('admin/workflow-settings')
  @Roles('admin')
  getForAdmin(): Promise<WorkflowSettingsDto> {
    return this.settings.settings();
  }

  @Put('admin/workflow-settings')
  @Roles('admin')
  @ApiBody({ schema: z.toJSONSchema(updateWorkflowSettingsRequestSchema, { io: 'input' }) as object })
  update(@Body() body: unknown, @CurrentUser() user: User): Promise<WorkflowSettingsDto> {
    return this.settings.update(parseInput(updateWorkflowSettingsRequestSchema, body), user);
  }
}
