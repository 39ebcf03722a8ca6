import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AUDIT_SYSTEM_ACTOR,
  auditCursorOf,
  type AuditEventDto,
  type AuditPageDto,
  type AuditQuery,
} from '@ingang/shared';
import { Brackets, Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditLog } from './audit-log';

export function toAuditEventDto(event: AuditEvent): AuditEventDto {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    detail: event.detail,
  };
}

// LIKE wildcards in a filter are taken literally.
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** The administrator's view of the audit log: newest first, a page at a time, by the index on (at, id). */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly log: AuditLog,
  ) {}

  async page(query: AuditQuery): Promise<AuditPageDto> {
    // What this process recorded a moment ago is still being written.
    await this.log.flush();
    const builder = this.events
      .createQueryBuilder('e')
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(query.limit + 1);
    if (query.before) {
      const { at, id } = query.before;
      builder.andWhere(
        new Brackets((where) => where.where('e.at < :at', { at }).orWhere('(e.at = :at AND e.id < :id)', { at, id })),
      );
    }
    if (query.actorId === AUDIT_SYSTEM_ACTOR) builder.andWhere('e.actorId IS NULL');
    else if (query.actorId) builder.andWhere('e.actorId = :actorId', { actorId: query.actorId });
    if (query.objectType) builder.andWhere('e.objectType = :objectType', { objectType: query.objectType });
    if (query.objectId) builder.andWhere('e.objectId = :objectId', { objectId: query.objectId });
    if (query.action) builder.andWhere(`e.action LIKE :action ESCAPE '\\'`, { action: likePrefix(query.action) });
    const rows = await builder.getMany();
    const events = rows.slice(0, query.limit).map(toAuditEventDto);
    const last = events.at(-1);
    return { events, nextCursor: rows.length > query.limit && last ? auditCursorOf(last) : null };
  }
}
