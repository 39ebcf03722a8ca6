import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEFAULT_SLA_SETTINGS,
  QUEUES,
  validateSlaSettings,
  type SlaRecomputeDto,
  type SlaSettings,
  type SlaSettingsDto,
} from '@ingang/shared';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/unique-violation';
import type { User } from '../users/user.entity';
import { SlaSettingsRow } from './sla-settings.entity';
import type { SlaJob } from './sla.scheduler';

const ROW_ID = 1;

/**
 * The SLA settings every deadline is computed with. Held in memory (deadlines are computed on the hot path) and
 * reloaded in every server process when an administrator saves, announced over Redis.
 */
@Injectable()
export class SlaSettingsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SlaSettingsService.name);
  private current: SlaSettings = DEFAULT_SLA_SETTINGS;
  private currentVersion = 0;
  private subscriber: Redis | undefined;
  private publisher: Redis | undefined;
  private readonly channel: string;

  constructor(
    @InjectRepository(SlaSettingsRow) private readonly rows: Repository<SlaSettingsRow>,
    @InjectQueue(QUEUES.sla) private readonly queue: Queue<SlaJob>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.channel = `${config.values.REDIS_PREFIX}:sla-settings`;
  }

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.subscriber = new Redis(this.config.values.REDIS_URL, { maxRetriesPerRequest: null });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`settings announcements: ${error.message}`));
    this.subscriber.on('message', () => {
      this.reload().catch((error: unknown) => this.logger.error(`could not reload the SLA settings: ${String(error)}`));
    });
    await this.subscriber.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
    await this.publisher?.quit().catch(() => undefined);
  }

  /** The settings in force; synchronous, for the deadline maths. */
  settings(): SlaSettings {
    return this.current;
  }

  version(): number {
    return this.currentVersion;
  }

  async dto(): Promise<SlaSettingsDto> {
    const row = await this.row();
    return {
      ...row.settings,
      version: row.version,
      updatedAt: row.updatedAt?.toISOString() ?? null,
      updatedBy: row.updatedBy,
    };
  }

  /**
   * Saves the settings when nobody else saved since `expectedVersion`, then has every open deadline recomputed
   * (a queued job: it survives a restart, and reports its progress).
   */
  async update(user: User, settings: SlaSettings, expectedVersion: number): Promise<SlaSettingsDto> {
    await this.row();
    const version = expectedVersion + 1;
    const result = await this.rows.update(
      { id: ROW_ID, version: expectedVersion },
      {
        settings,
        version,
        updatedAt: this.clock.now(),
        updatedBy: user.name,
        recomputeVersion: version,
        recomputeTotal: 0,
        recomputeDone: 0,
        recomputeFinishedAt: null,
      },
    );
    if (!result.affected) {
      throw new DomainError('CONFLICT', 'Someone else changed the SLA settings meanwhile: reload them and try again', {
        currentVersion: (await this.row()).version,
      });
    }
    await this.reload();
    this.publisher ??= new Redis(this.config.values.REDIS_URL, { maxRetriesPerRequest: 3 });
    await this.publisher.publish(this.channel, String(version));
    await this.queue.add(
      'recompute',
      { kind: 'recompute', version },
      // No job id of our own: versions restart with a fresh database, and BullMQ would take a new job for an old one.
      { removeOnComplete: 100, removeOnFail: 100, attempts: 5, backoff: 1000 },
    );
    return this.dto();
  }

  async recomputeProgress(): Promise<SlaRecomputeDto> {
    const row = await this.row();
    return {
      version: row.recomputeVersion,
      total: row.recomputeTotal,
      done: row.recomputeDone,
      finishedAt: row.recomputeFinishedAt?.toISOString() ?? null,
    };
  }

  /** Progress of a recompute; ignored once a newer save started its own. */
  async recordProgress(version: number, progress: { total: number; done: number; finishedAt?: Date }): Promise<void> {
    await this.rows.update(
      { id: ROW_ID, recomputeVersion: version },
      {
        recomputeTotal: progress.total,
        recomputeDone: progress.done,
        ...(progress.finishedAt ? { recomputeFinishedAt: progress.finishedAt } : {}),
      },
    );
  }

  private async reload(): Promise<void> {
    const row = await this.row();
    this.current = row.settings;
    this.currentVersion = row.version;
  }

  /** The stored row, created with the defaults on first use (two processes starting at once: one insert wins). */
  private async row(): Promise<SlaSettingsRow> {
    const existing = await this.rows.findOneBy({ id: ROW_ID });
    if (existing) return { ...existing, settings: this.parse(existing) };
    try {
      await this.rows.insert({
        id: ROW_ID,
        settings: DEFAULT_SLA_SETTINGS,
        version: 0,
        updatedAt: null,
        updatedBy: null,
        recomputeVersion: 0,
        recomputeTotal: 0,
        recomputeDone: 0,
        recomputeFinishedAt: null,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return this.row();
  }

  /** Stored JSON from an older version gets the defaults for what it lacks. */
  private parse(row: SlaSettingsRow): SlaSettings {
    return validateSlaSettings(row.settings);
  }
}
