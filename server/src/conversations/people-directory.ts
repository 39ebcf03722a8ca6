import { Injectable } from '@nestjs/common';
import type { PersonDto } from '@ingang/shared';
import { DataSource, In } from 'typeorm';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import type { Conversation } from './conversation.entity';

const TTL_MS = 30_000;

export interface ConversationPeople {
  assignee: PersonDto | null;
  department: PersonDto | null;
}

/**
 * The names shown with a conversation (who holds it, which back office has it), looked up in batches and kept
 * for a short while: every summary pushed to the browsers carries them.
 */
@Injectable()
export class PeopleDirectory {
  private readonly users = new Map<string, { name: string; at: number }>();
  private readonly departments = new Map<string, { name: string; at: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async of(
    conversations: Pick<Conversation, 'assigneeId' | 'departmentId'>[],
  ): Promise<(c: Pick<Conversation, 'assigneeId' | 'departmentId'>) => ConversationPeople> {
    await Promise.all([
      this.load(
        this.users,
        conversations.map((c) => c.assigneeId),
        async (ids) =>
          await this.dataSource.manager.find(User, { where: { id: In(ids) }, select: { id: true, name: true } }),
      ),
      this.load(
        this.departments,
        conversations.map((c) => c.departmentId),
        async (ids) =>
          await this.dataSource.manager.find(Department, { where: { id: In(ids) }, select: { id: true, name: true } }),
      ),
    ]);
    return (conversation) => ({
      assignee: this.person(this.users, conversation.assigneeId),
      department: this.person(this.departments, conversation.departmentId),
    });
  }

  async one(conversation: Pick<Conversation, 'assigneeId' | 'departmentId'>): Promise<ConversationPeople> {
    return (await this.of([conversation]))(conversation);
  }

  async userNames(ids: (string | null)[]): Promise<Map<string, string>> {
    await this.load(this.users, ids, async (missing) =>
      this.dataSource.manager.find(User, { where: { id: In(missing) }, select: { id: true, name: true } }),
    );
    const names = new Map<string, string>();
    for (const id of ids) if (id && this.users.has(id)) names.set(id, this.users.get(id)!.name);
    return names;
  }

  /** A user's name as colleagues see it (e.g. who holds a conversation). */
  async userName(id: string): Promise<string> {
    return (await this.userNames([id])).get(id) ?? 'Someone else';
  }

  /** After a rename: the next summary shows the new name. */
  forget(id: string): void {
    this.users.delete(id);
    this.departments.delete(id);
  }

  private person(cache: Map<string, { name: string }>, id: string | null): PersonDto | null {
    if (!id) return null;
    return { id, name: cache.get(id)?.name ?? '' };
  }

  private async load(
    cache: Map<string, { name: string; at: number }>,
    ids: (string | null)[],
    fetch: (ids: string[]) => Promise<{ id: string; name: string }[]>,
  ): Promise<void> {
    const now = Date.now();
    const missing = [...new Set(ids.filter((id): id is string => !!id))].filter(
      (id) => (cache.get(id)?.at ?? 0) + TTL_MS < now,
    );
    if (missing.length === 0) return;
    for (const row of await fetch(missing)) cache.set(row.id, { name: row.name, at: now });
  }
}
