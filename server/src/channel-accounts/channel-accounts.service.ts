import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  channelAccountChangesSchema,
  secretNamesOf,
  normaliseAddress,
  type Channel,
  type ChannelAccountDto,
  type ChannelCredentials,
  type ChannelSecretName,
  type CreateChannelAccount,
  type UpdateChannelAccountRequest,
} from '@ingang/shared';
import { randomUUID } from 'node:crypto';
import { Not, Repository, type EntityManager } from 'typeorm';
import { AuditLog, type AuditActor } from '../audit/audit-log';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { parseInput } from '../common/zod-validation';
import { Transactions } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { applyFieldChanges, describeFieldChanges, withoutEmptyFields } from './account-fields';
import { ChannelAccount } from './channel-account.entity';
import { SecretsCipher, SecretsUnreadableError } from './secrets-cipher';

// Webhook signature checks ask on every request; a change made on another server process shows after this long.
const CACHE_MS = 10_000;

interface LoadedAccount {
  externalId: string;
  settings: Readonly<Record<string, string>>;
  /** null: the stored secrets cannot be decrypted with this key. */
  secrets: Readonly<Record<string, string>> | null;
}

// The row's id is bound into the ciphertext: a value copied onto another account does not decrypt.
const associatedData = (id: string) => `channel-account:${id}`;

const accountLabel = (account: ChannelAccount) =>
  `channel account ${account.id} (${account.channel} ${account.externalId})`;

/**
 * The municipality's channel accounts: the administrator's CRUD, and the decrypted credentials the channel adapters
 * ask for. Secret values only ever leave this service through credentials() and secretCandidates().
 */
@Injectable()
export class ChannelAccountsService {
  private readonly logger = new Logger(ChannelAccountsService.name);
  private readonly cache = new Map<Channel, { until: number; accounts: Promise<LoadedAccount[]> }>();
  private readonly reportedUnreadable = new Set<string>();

  constructor(
    @InjectRepository(ChannelAccount) private readonly accounts: Repository<ChannelAccount>,
    private readonly transactions: Transactions,
    private readonly cipher: SecretsCipher,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<ChannelAccountDto[]> {
    const rows = await this.accounts.find();
    return rows
      .sort((a, b) => a.channel.localeCompare(b.channel) || a.name.localeCompare(b.name, 'nl'))
      .map((row) => this.toDto(row));
  }

  async create(request: CreateChannelAccount, actor: AuditActor): Promise<ChannelAccountDto> {
    const id = randomUUID();
    const now = this.clock.now();
    const account = this.accounts.create({
      id,
      channel: request.channel,
      externalId: request.externalId,
      name: request.name,
      enabled: request.enabled,
      settings: withoutEmptyFields(request.settings),
      secrets: this.cipher.encrypt(withoutEmptyFields(request.secrets), associatedData(id)),
      createdAt: now,
      updatedAt: now,
    });
    await this.write(async (manager) => {
      await this.assertAddressFree(manager, account.channel, account.externalId, id);
      await manager.insert(ChannelAccount, account);
    });
    this.audit.record(actor, `${accountLabel(account)} created`);
    return this.toDto(account);
  }

  /** A secret or setting given replaces the stored one, an empty string removes it, one left out is kept. */
  async update(id: string, request: UpdateChannelAccountRequest, actor: AuditActor): Promise<ChannelAccountDto> {
    const { account, touched } = await this.write(async (manager) => {
      const account = await manager.findOne(ChannelAccount, {
        where: { id },
        ...(this.transactions.isSqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
      });
      if (!account) throw new DomainError('NOT_FOUND', 'Channel account not found');
      const changes = parseInput(channelAccountChangesSchema(account.channel), request);
      const touched: string[] = [];
      if (changes.externalId !== undefined && changes.externalId !== account.externalId) {
        await this.assertAddressFree(manager, account.channel, changes.externalId, id);
        account.externalId = changes.externalId;
        touched.push('externalId');
      }
      if (changes.name !== undefined && changes.name !== account.name) {
        account.name = changes.name;
        touched.push('name');
      }
      if (changes.enabled !== undefined && changes.enabled !== account.enabled) {
        account.enabled = changes.enabled;
        touched.push('enabled');
      }
      if (changes.settings) {
        account.settings = applyFieldChanges(account.settings, changes.settings);
        touched.push(...describeFieldChanges('settings', changes.settings));
      }
      if (changes.secrets && Object.keys(changes.secrets).length > 0) {
        // Secrets this key cannot read are lost already; what the administrator enters now starts them afresh.
        const current = this.readSecrets(account) ?? {};
        account.secrets = this.cipher.encrypt(applyFieldChanges(current, changes.secrets), associatedData(id));
        touched.push(...describeFieldChanges('secrets', changes.secrets));
      }
      account.updatedAt = this.clock.now();
      await manager.save(ChannelAccount, account);
      return { account, touched };
    });
    this.audit.record(actor, `${accountLabel(account)} updated (${touched.join(', ') || 'nothing changed'})`);
    return this.toDto(account);
  }

  async remove(id: string, actor: AuditActor): Promise<void> {
    const account = await this.write(async (manager) => {
      const account = await manager.findOneBy(ChannelAccount, { id });
      if (!account) throw new DomainError('NOT_FOUND', 'Channel account not found');
      await manager.delete(ChannelAccount, { id });
      return account;
    });
    this.audit.record(actor, `${accountLabel(account)} deleted`);
  }

  /**
   * The decrypted settings and secrets of an enabled account, or null when there is none (unknown or disabled).
   * Throws SecretsUnreadableError when its secrets cannot be decrypted with this server's key.
   */
  async credentials<C extends Channel>(channel: C, externalId: string): Promise<ChannelCredentials<C> | null> {
    const wanted = normaliseAddress(channel, externalId);
    const account = (await this.loaded(channel)).find((candidate) => candidate.externalId === wanted);
    if (!account) return null;
    if (account.secrets === null) {
      throw new SecretsUnreadableError(
        `The secrets of channel account ${channel} ${account.externalId} cannot be decrypted with this SECRETS_KEY`,
      );
    }
    return { settings: account.settings, secrets: account.secrets } as ChannelCredentials<C>;
  }

  /** The provider ids of the enabled accounts of a channel, oldest first: the mailboxes the receiver takes mail for. */
  async enabledExternalIds(channel: Channel): Promise<string[]> {
    return (await this.loaded(channel)).map((account) => account.externalId);
  }

  /**
   * Every enabled account's value of one secret, oldest account first, e.g. each `appSecret` of the WhatsApp numbers: a webhook's signature
   * is valid when it matches one of them. Accounts whose secrets cannot be decrypted are left out (and logged).
   */
  async secretCandidates<C extends Channel>(channel: C, name: ChannelSecretName<C>): Promise<string[]> {
    const values = (await this.loaded(channel)).flatMap((account) => {
      const value = account.secrets?.[name];
      return value ? [value] : [];
    });
    return [...new Set(values)];
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('ALREADY_EXISTS', 'This channel account exists already');
      throw error;
    } finally {
      this.cache.clear();
    }
  }

  private async assertAddressFree(manager: EntityManager, channel: Channel, externalId: string, id: string) {
    if (await manager.existsBy(ChannelAccount, { channel, externalId, id: Not(id) })) {
      throw new DomainError('ALREADY_EXISTS', `There is already a ${channel} account ${externalId}`);
    }
  }

  private loaded(channel: Channel): Promise<LoadedAccount[]> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(channel);
    if (cached && cached.until > now) return cached.accounts;
    const accounts = this.load(channel);
    this.cache.set(channel, { until: now + CACHE_MS, accounts });
    accounts.catch(() => {
      if (this.cache.get(channel)?.accounts === accounts) this.cache.delete(channel);
    });
    return accounts;
  }

  private async load(channel: Channel): Promise<LoadedAccount[]> {
    // Oldest first: where one account has to be chosen (X's CRC), the choice stays the same.
    const rows = await this.accounts.find({
      where: { channel, enabled: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => {
      const secrets = this.readSecrets(row);
      return Object.freeze({
        externalId: row.externalId,
        settings: Object.freeze({ ...row.settings }),
        secrets: secrets && Object.freeze(secrets),
      });
    });
  }

  private readSecrets(account: ChannelAccount): Record<string, string> | null {
    try {
      return this.cipher.decrypt(account.secrets, associatedData(account.id));
    } catch (error) {
      if (!(error instanceof SecretsUnreadableError)) throw error;
      const report = `${account.id}:${account.secrets.slice(0, 40)}`;
      if (!this.reportedUnreadable.has(report)) {
        this.reportedUnreadable.add(report);
        this.logger.error(`${accountLabel(account)}: ${error.message}; enter its secrets again`);
      }
      return null;
    }
  }

  private toDto(account: ChannelAccount): ChannelAccountDto {
    const secrets = this.readSecrets(account);
    return {
      id: account.id,
      channel: account.channel,
      externalId: account.externalId,
      name: account.name,
      enabled: account.enabled,
      settings: { ...account.settings },
      secretsSet: secrets ? secretNamesOf(account.channel).filter((name) => Object.hasOwn(secrets, name)) : [],
      secretsUnreadable: secrets === null,
      createdAt: account.createdAt.toISOString(),
      updatedAt: account.updatedAt.toISOString(),
    };
  }
}
