import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  rankStandardAnswers,
  searchStandardAnswersQuerySchema,
  searchTerms,
  standardAnswerSearchText,
  type CreateStandardAnswer,
  type StandardAnswerDto,
  type UpdateStandardAnswer,
} from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { Brackets, Repository, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { StandardAnswer } from './standard-answer.entity';

/** Who saves a standard answer: audited by address, shown by name. */
export type StandardAnswerEditor = AuditActor & { name: string };
export type StandardAnswerSearch = z.output<typeof searchStandardAnswersQuerySchema>;

const answerLabel = (answer: StandardAnswer) => `standard answer ${answer.id} (${answer.title})`;
const notFound = () => new DomainError('NOT_FOUND', 'Standard answer not found');
const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, (char) => `\\${char}`)}%`;

export function toStandardAnswerDto(answer: StandardAnswer): StandardAnswerDto {
  return {
    id: answer.id,
    title: answer.title,
    body: answer.body,
    keywords: answer.keywords,
    channels: answer.channels,
    active: answer.active,
    usageCount: answer.usageCount,
    createdAt: answer.createdAt.toISOString(),
    updatedAt: answer.updatedAt.toISOString(),
    updatedBy: { id: answer.updatedById, name: answer.updatedByName },
  };
}

const byTitle = (a: StandardAnswer, b: StandardAnswer) =>
  a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id);

/**
 * The knowledge base of standard answers. Administrators deactivate an answer to stop offering it (it keeps its use
 * count for the reports) or delete one made by mistake; agents find the active ones for their conversation's channel.
 */
@Injectable()
export class StandardAnswersService {
  constructor(
    @InjectRepository(StandardAnswer) private readonly answers: Repository<StandardAnswer>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Every standard answer, deactivated ones included, by title: the administrator's list. */
  async list(): Promise<StandardAnswerDto[]> {
    return (await this.answers.find()).sort(byTitle).map(toStandardAnswerDto);
  }

  /**
   * The active answers for a channel (or for every channel) that hold every word of the search in their title,
   * keywords or body, case and accents ignored; best first (see rankStandardAnswers). An empty search gives the most
   * used ones.
   */
  async search(query: StandardAnswerSearch): Promise<StandardAnswerDto[]> {
    const builder = this.answers.createQueryBuilder('answer').where('answer.active = :active', { active: true });
    if (query.channel) {
      const channel = query.channel;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('answer.channels = :everyChannel', { everyChannel: '[]' })
            .orWhere('answer.channels LIKE :channel', { channel: `%"${channel}"%` }),
        ),
      );
    }
    searchTerms(query.q ?? '').forEach((term, index) => {
      builder.andWhere(`answer.searchText LIKE :term${index} ESCAPE '\\'`, { [`term${index}`]: likePattern(term) });
    });
    const found = await builder.getMany();
    return rankStandardAnswers(found, query.q ?? '')
      .slice(0, query.limit)
      .map(toStandardAnswerDto);
  }

  async create(request: CreateStandardAnswer, editor: StandardAnswerEditor): Promise<StandardAnswerDto> {
    const now = this.clock.now();
    const answer = this.answers.create({
      id: randomUUID(),
      title: request.title,
      body: request.body,
      keywords: request.keywords,
      channels: request.channels,
      searchText: standardAnswerSearchText(request),
      active: true,
      usageCount: 0,
      createdAt: now,
      updatedAt: now,
      updatedById: editor.id,
      updatedByName: editor.name,
    });
    await this.answers.insert(answer);
    this.audit.record(editor, `${answerLabel(answer)} created`);
    return toStandardAnswerDto(answer);
  }

  /** A field given replaces the stored one; `active` deactivates or reactivates. */
  async update(id: string, changes: UpdateStandardAnswer, editor: StandardAnswerEditor): Promise<StandardAnswerDto> {
    const { answer, touched } = await this.transactions.run(async (manager) => {
      const answer = await this.lockedById(manager, id);
      const touched: string[] = [];
      if (changes.title !== undefined && changes.title !== answer.title) {
        touched.push(`title (was ${answer.title})`);
        answer.title = changes.title;
      }
      if (changes.body !== undefined && changes.body !== answer.body) {
        touched.push('body');
        answer.body = changes.body;
      }
      if (changes.keywords !== undefined && changes.keywords.join('\n') !== answer.keywords.join('\n')) {
        touched.push('keywords');
        answer.keywords = changes.keywords;
      }
      if (changes.channels !== undefined && changes.channels.join(',') !== answer.channels.join(',')) {
        touched.push('channels');
        answer.channels = changes.channels;
      }
      if (changes.active !== undefined && changes.active !== answer.active) {
        touched.push(changes.active ? 'reactivated' : 'deactivated');
        answer.active = changes.active;
      }
      if (touched.length > 0) {
        answer.searchText = standardAnswerSearchText(answer);
        answer.updatedAt = this.clock.now();
        answer.updatedById = editor.id;
        answer.updatedByName = editor.name;
        await manager.save(StandardAnswer, answer);
      }
      return { answer, touched };
    });
    if (touched.length > 0) this.audit.record(editor, `${answerLabel(answer)} updated (${touched.join(', ')})`);
    return toStandardAnswerDto(answer);
  }

  /** Gone for good, use count included; deactivate instead to keep it out of sight but in the reports. */
  async remove(id: string, editor: StandardAnswerEditor): Promise<void> {
    const answer = await this.transactions.run(async (manager) => {
      const answer = await this.lockedById(manager, id);
      await manager.delete(StandardAnswer, { id });
      return answer;
    });
    this.audit.record(editor, `${answerLabel(answer)} deleted`);
  }

  /** An agent inserted it: counted for the most used answers. Only an answer agents can see can be used. */
  async recordUse(id: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(StandardAnswer, { id, active: true }))) throw notFound();
      await manager.increment(StandardAnswer, { id }, 'usageCount', 1);
    });
  }

  private async lockedById(manager: EntityManager, id: string): Promise<StandardAnswer> {
    const answer = await manager.findOne(StandardAnswer, {
      where: { id },
      ...(this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!answer) throw notFound();
    return answer;
  }
}
