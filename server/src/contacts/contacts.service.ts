import { Injectable } from '@nestjs/common';
import { normaliseAddress, type Channel, type ContactDetailDto, type ContactSummaryDto } from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ConversationsService } from '../conversations/conversations.service';
import { Transactions } from '../database/transactions';
import { DomainEvents } from '../events/domain-events';
import { ContactIdentity } from './contact-identity.entity';
import { Contact } from './contact.entity';

const toIdentityDto = (identity: ContactIdentity) => ({
  channel: identity.channel,
  externalId: identity.externalId,
  displayName: identity.displayName,
});

/** One citizen, however many addresses: search, rename, link an address, merge two contacts. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly conversations: ConversationsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async search(query: string, limit: number): Promise<ContactSummaryDto[]> {
    const pattern = `%${query.toLowerCase().replace(/[%_\\]/g, (char) => `\\${char}`)}%`;
    const ids = await this.dataSource.manager
      .createQueryBuilder(Contact, 'ct')
      .leftJoin(ContactIdentity, 'ci', 'ci.contactId = ct.id')
      .select('ct.id', 'id')
      .where("LOWER(ct.displayName) LIKE :pattern ESCAPE '\\'", { pattern })
      .orWhere("LOWER(ci.externalId) LIKE :pattern ESCAPE '\\'", { pattern })
      .groupBy('ct.id')
      .orderBy('MAX(ct.updatedAt)', 'DESC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    if (ids.length === 0) return [];
    const contacts = await this.dataSource.manager.findBy(Contact, { id: In(ids.map((row) => row.id)) });
    const identities = await this.dataSource.manager.findBy(ContactIdentity, {
      contactId: In(contacts.map((c) => c.id)),
    });
    return contacts.map((contact) => ({
      id: contact.id,
      displayName: contact.displayName,
      identities: identities.filter((identity) => identity.contactId === contact.id).map(toIdentityDto),
    }));
  }

  async detail(id: string, manager: EntityManager = this.dataSource.manager): Promise<ContactDetailDto> {
    const contact = await manager.findOneBy(Contact, { id });
    if (!contact) throw new DomainError('NOT_FOUND', 'Contact not found');
    const identities = await manager.find(ContactIdentity, { where: { contactId: id }, order: { createdAt: 'ASC' } });
    return {
      id: contact.id,
      displayName: contact.displayName,
      identities: identities.map(toIdentityDto),
      conversations: await this.conversations.summaries({ contactId: id }, 200, manager),
    };
  }

  async rename(id: string, displayName: string): Promise<ContactDetailDto> {
    await this.transactions.run(async (manager) => {
      const contact = await manager.findOneBy(Contact, { id });
      if (!contact) throw new DomainError('NOT_FOUND', 'Contact not found');
      await manager.update(Contact, { id }, { displayName, updatedAt: this.clock.now() });
    });
    return this.afterChange(id);
  }

  /** The other contact is the same citizen: its addresses and conversations move here, and it is gone. */
  async merge(id: string, otherId: string): Promise<ContactDetailDto> {
    if (id === otherId) throw new DomainError('VALIDATION_FAILED', 'A contact cannot be merged with itself');
    await this.transactions.run(async (manager) => {
      const [target, other] = await Promise.all([
        manager.findOneBy(Contact, { id }),
        manager.findOneBy(Contact, { id: otherId }),
      ]);
      if (!target || !other) throw new DomainError('NOT_FOUND', 'Contact not found');
      await this.mergeInto(manager, id, otherId);
    });
    return this.afterChange(id);
  }

  /** Another address of this citizen; when it already belongs to another contact, that contact is merged here. */
  async linkIdentity(id: string, channel: Channel, externalId: string): Promise<ContactDetailDto> {
    await this.transactions.run(async (manager) => {
      const contact = await manager.findOneBy(Contact, { id });
      if (!contact) throw new DomainError('NOT_FOUND', 'Contact not found');
      const address = normaliseAddress(channel, externalId);
      const existing = await manager.findOneBy(ContactIdentity, { channel, externalId: address });
      if (existing?.contactId === id) return;
      if (existing) {
        await this.mergeInto(manager, id, existing.contactId);
        return;
      }
      await manager.insert(ContactIdentity, {
        id: randomUUID(),
        contactId: id,
        channel,
        externalId: address,
        displayName: null,
        createdAt: this.clock.now(),
      });
    });
    return this.afterChange(id);
  }

  private async mergeInto(manager: EntityManager, targetId: string, otherId: string): Promise<void> {
    await manager.update(ContactIdentity, { contactId: otherId }, { contactId: targetId });
    await this.conversations.moveToContact(manager, otherId, targetId);
    await manager.delete(Contact, { id: otherId });
    await manager.update(Contact, { id: targetId }, { updatedAt: this.clock.now() });
  }

  // Every conversation of the contact shows the (new) name and belongs to it: browsers are told.
  private async afterChange(id: string): Promise<ContactDetailDto> {
    const detail = await this.detail(id);
    this.events.emit(detail.conversations.map((payload) => ({ name: 'conversation.updated' as const, payload })));
    return detail;
  }
}
