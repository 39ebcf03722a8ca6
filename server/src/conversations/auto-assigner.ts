import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { DomainEvents } from '../events/domain-events';
import { PresenceRegistry } from '../realtime/presence-registry';
import { WorkflowSettingsService } from '../topics/workflow-settings.service';
import { User } from '../users/user.entity';
import { Conversation } from './conversation.entity';
import { ConversationWorkflowService } from './conversation-workflow.service';

/**
 * When the workflow setting is on: hands each question nobody holds to the least-loaded online agent, within every
 * agent's capacity, and hands more as capacity frees up. Runs after every conversation change (and from the idle
 * sweep, for agents who just came online); each hand-out is the same atomic claim as "next", so two server
 * processes never give one question to two agents.
 */
@Injectable()
export class AutoAssigner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AutoAssigner.name);
  private unsubscribe: (() => void) | undefined;
  private running = false;
  private again = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WorkflowSettingsService,
    private readonly presence: PresenceRegistry,
    private readonly workflow: ConversationWorkflowService,
    private readonly events: DomainEvents,
  ) {}

  onApplicationBootstrap(): void {
    this.unsubscribe = this.events.subscribe((event) => {
      if (event.name === 'conversation.created' || event.name === 'conversation.updated') this.poke();
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /** Something changed: look again soon (once, however many changes came meanwhile). */
  poke(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    setImmediate(() => {
      void this.run();
    });
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.assign();
      } while (this.again);
    } catch (error) {
      this.logger.warn(`automatic assignment stopped: ${String(error)}`);
    } finally {
      this.running = false;
    }
  }

  private async assign(): Promise<void> {
    if (!(await this.settings.settings()).autoAssign) return;
    const online = await this.presence.onlineUserIds();
    if (online.size === 0) return;
    const agents = await this.dataSource.manager.find(User, {
      where: { id: In([...online]), role: 'agent', disabledAt: IsNull() },
    });
    const full = new Set<string>();
    for (;;) {
      const loads = await this.loads(agents.map((agent) => agent.id));
      const candidate = agents
        .filter((agent) => !full.has(agent.id))
        .filter((agent) => agent.maxConversations === null || (loads.get(agent.id) ?? 0) < agent.maxConversations)
        .sort((a, b) => (loads.get(a.id) ?? 0) - (loads.get(b.id) ?? 0) || a.name.localeCompare(b.name, 'nl'))[0];
      if (!candidate) return;
      try {
        // Nothing waiting: done for now.
        if (!(await this.workflow.next(candidate, true))) return;
      } catch (error) {
        if (error instanceof DomainError && error.code === 'CAPACITY_REACHED') {
          full.add(candidate.id);
          continue;
        }
        throw error;
      }
    }
  }

  /** How many questions each agent holds now. */
  private async loads(agentIds: string[]): Promise<Map<string, number>> {
    if (agentIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(Conversation, 'c')
      .select('c.assigneeId', 'assigneeId')
      .addSelect('COUNT(*)', 'held')
      .where('c.assigneeId IN (:...agentIds) AND c.status = :claimed', { agentIds, claimed: 'claimed' })
      .groupBy('c.assigneeId')
      .getRawMany<{ assigneeId: string; held: string | number }>();
    return new Map(rows.map((row) => [row.assigneeId, Number(row.held)]));
  }
}
