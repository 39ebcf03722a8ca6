import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UpdateWorkflowSettingsRequest, WorkflowSettingsDto } from '@ingang/shared';
import { Repository, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../database/unique-violation';
import type { User } from '../users/user.entity';
import { WorkflowSettingsRow } from './workflow-settings.entity';

const ROW_ID = 1;
const DEFAULTS: WorkflowSettingsDto = { topicRequiredToResolve: false, csatQuestion: false, autoAssign: false };

/** How strict the workflow is: whether a conversation needs a topic before it can be resolved. */
@Injectable()
export class WorkflowSettingsService {
  constructor(
    @InjectRepository(WorkflowSettingsRow) private readonly rows: Repository<WorkflowSettingsRow>,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Read from the database every time: cheap, and every server process sees a change at once. */
  async settings(manager: EntityManager = this.rows.manager): Promise<WorkflowSettingsDto> {
    const row = await manager.findOneBy(WorkflowSettingsRow, { id: ROW_ID });
    return row
      ? {
          topicRequiredToResolve: row.topicRequiredToResolve,
          csatQuestion: row.csatQuestion,
          autoAssign: row.autoAssign,
        }
      : DEFAULTS;
  }

  async update(request: UpdateWorkflowSettingsRequest, user: User): Promise<WorkflowSettingsDto> {
    const before = await this.settings();
    const values = { ...before, ...request, updatedAt: this.clock.now(), updatedBy: user.name };
    const result = await this.rows.update({ id: ROW_ID }, values);
    if (!result.affected) {
      // The migration inserts the row; should it be gone, the first save puts it back (one of two at once wins).
      try {
        await this.rows.insert({ id: ROW_ID, ...values });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await this.rows.update({ id: ROW_ID }, values);
      }
    }
    for (const key of ['topicRequiredToResolve', 'csatQuestion', 'autoAssign'] as const) {
      if (request[key] !== undefined && before[key] !== request[key]) {
        this.audit.record(user, `workflow settings updated (${key}: ${request[key]})`);
      }
    }
    return this.settings();
  }
}
