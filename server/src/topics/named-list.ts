import { byListOrder, listNameKey } from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { In, Not, type EntityManager, type EntityTarget, type FindOptionsWhere, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import type { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { orderChanges } from './list-order';
import type { NamedListRow } from './named-list-row';

type Managed = 'id' | 'nameKey' | 'active' | 'sortOrder' | 'createdAt' | 'updatedAt';
/** What a new entry is made of: its name, its own fields (an outcome's kind), and where it goes. */
export type NewEntry<E extends NamedListRow> = Omit<E, Managed> & { sortOrder?: number };
/** A change: a field left out (undefined) is kept. */
export type EntryChanges<E extends NamedListRow> = {
  [K in keyof Omit<E, 'id' | 'nameKey' | 'createdAt' | 'updatedAt'>]?: E[K];
};

/**
 * One of the administrator's lists (topics, outcomes): names unique regardless of case, an order of its own, and
 * entries deactivated rather than deleted: conversations and reports keep referring to them, and a name stays
 * taken (reactivate the entry to use it again).
 */
export class NamedList<E extends NamedListRow> {
  constructor(
    private readonly rows: Repository<E>,
    private readonly entity: EntityTarget<E>,
    /** How the audit log and the errors call an entry: "topic", "outcome". */
    private readonly noun: string,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Every entry, deactivated ones included, in list order. */
  async all(): Promise<E[]> {
    return (await this.rows.find()).sort(byListOrder);
  }

  /** The entries that can be chosen, in list order. */
  async active(): Promise<E[]> {
    return (await this.rows.findBy({ active: true } as FindOptionsWhere<E>)).sort(byListOrder);
  }

  /** The entries with these ids (unknown ids are left out), in list order. */
  async withIds(ids: readonly string[], manager: EntityManager = this.rows.manager): Promise<E[]> {
    if (ids.length === 0) return [];
    return (await manager.findBy(this.entity, { id: In(ids) } as FindOptionsWhere<E>)).sort(byListOrder);
  }

  async create(entry: NewEntry<E>, actor: AuditActor): Promise<E> {
    const now = this.clock.now();
    const row = this.rows.create({
      ...entry,
      id: randomUUID(),
      nameKey: listNameKey(entry.name),
      active: true,
      sortOrder: entry.sortOrder ?? 0,
      createdAt: now,
      updatedAt: now,
    } as E);
    await this.write(async (manager) => {
      await this.assertNameFree(manager, row.nameKey, row.id);
      if (entry.sortOrder === undefined) row.sortOrder = await this.nextSortOrder(manager);
      await manager.insert(this.entity, row as QueryDeepPartialEntity<E>);
    });
    this.audit.record(actor, `${this.label(row)} created`);
    return row;
  }

  async update(id: string, changes: EntryChanges<E>, actor: AuditActor): Promise<E> {
    const { row, touched } = await this.write(async (manager) => {
      const row = await this.lockedById(manager, id);
      const touched: string[] = [];
      for (const [field, value] of Object.entries(changes) as [keyof E & string, E[keyof E & string]][]) {
        if (value === undefined || value === row[field]) continue;
        if (field === 'name') {
          const nameKey = listNameKey(value as string);
          if (nameKey !== row.nameKey) await this.assertNameFree(manager, nameKey, id);
          touched.push(`name (was ${row.name})`);
          row.nameKey = nameKey as E['nameKey'];
        } else if (field === 'active') {
          touched.push(value ? 'reactivated' : 'deactivated');
        } else {
          touched.push(`${field} (was ${String(row[field])})`);
        }
        row[field] = value;
      }
      if (touched.length > 0) {
        row.updatedAt = this.clock.now() as E['updatedAt'];
        await manager.save(this.entity, row);
      }
      return { row, touched };
    });
    if (touched.length > 0) this.audit.record(actor, `${this.label(row)} updated (${touched.join(', ')})`);
    return row;
  }

  /**
   * Puts the whole list in the order of `ids`. They must be exactly the list's ids: a list that gained an entry
   * meanwhile (another administrator) is a conflict, not something to guess at.
   */
  async reorder(ids: readonly string[], actor: AuditActor): Promise<E[]> {
    const { rows, moved } = await this.write(async (manager) => {
      const rows = await manager.find(
        this.entity,
        this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' } },
      );
      const changes = orderChanges(rows, ids);
      if (changes === null) {
        throw new DomainError('CONFLICT', `The ${this.noun}s changed meanwhile: reload them and try again`);
      }
      const now = this.clock.now();
      const moved = rows.filter((row) => changes.has(row.id));
      for (const row of moved) {
        row.sortOrder = changes.get(row.id) as E['sortOrder'];
        row.updatedAt = now as E['updatedAt'];
      }
      if (moved.length > 0) await manager.save(this.entity, moved);
      return { rows, moved: changes.size };
    });
    if (moved > 0) this.audit.record(actor, `${this.noun}s reordered (${moved} moved)`);
    return rows.sort(byListOrder);
  }

  private label(row: E): string {
    return `${this.noun} ${row.id} (${row.name})`;
  }

  private async nextSortOrder(manager: EntityManager): Promise<number> {
    // The lists hold tens of entries, not thousands.
    const rows = await manager.find(this.entity);
    return rows.reduce((next, row) => Math.max(next, row.sortOrder + 1), 0);
  }

  private async lockedById(manager: EntityManager, id: string): Promise<E> {
    const row = await manager.findOne(this.entity, {
      where: { id } as FindOptionsWhere<E>,
      ...(this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!row) throw new DomainError('NOT_FOUND', `${capitalised(this.noun)} not found`);
    return row;
  }

  private async assertNameFree(manager: EntityManager, nameKey: string, id: string): Promise<void> {
    if (await manager.existsBy(this.entity, { nameKey, id: Not(id) } as FindOptionsWhere<E>)) throw this.nameTaken();
  }

  private nameTaken(): DomainError {
    return new DomainError('ALREADY_EXISTS', `There is already a ${this.noun} with this name`);
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      // Two administrators adding the same name at once: the unique index decides.
      if (isUniqueViolation(error)) throw this.nameTaken();
      throw error;
    }
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
