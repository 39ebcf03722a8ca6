import { Injectable } from '@nestjs/common';
import type { Channel, ChannelCredentials, ChannelSecretName } from '@ingang/shared';
import { ChannelAccountsService } from '../channel-accounts/channel-accounts.service';
import { SecretsUnreadableError } from '../channel-accounts/secrets-cipher';
import { ChannelSendError } from './channel.adapter';
import { signatureMatches } from './hmac';

/** The credentials a call to a provider is made with, and whose they are. */
export type ResolvedCredentials<C extends Channel> = ChannelCredentials<C> & { source: 'account' | 'environment' };

/**
 * Where an adapter's environment settings meet the administrator's channel accounts, for every channel alike.
 * Webhooks: signed with the environment's secret or with any enabled account's. Calls to a provider: with the
 * credentials of the account the conversation came in on, each field the account leaves empty taken from the
 * environment; a disabled or deleted account's conversation gets the environment's credentials when those suffice,
 * and a clear failure when not.
 */
@Injectable()
export class AccountCredentials {
  constructor(private readonly accounts: ChannelAccountsService) {}

  /** A channel takes webhooks (or mail) when its environment settings are there or one of its accounts is enabled. */
  async configured(channel: Channel, byEnvironment: boolean): Promise<boolean> {
    return byEnvironment || (await this.accounts.enabledExternalIds(channel)).length > 0;
  }

  /** The enabled accounts of a channel, oldest first; `credentials` is null where the secrets cannot be decrypted. */
  async enabledAccounts<C extends Channel>(
    channel: C,
  ): Promise<{ externalId: string; credentials: ChannelCredentials<C> | null }[]> {
    const accounts = [];
    for (const externalId of await this.accounts.enabledExternalIds(channel)) {
      try {
        accounts.push({ externalId, credentials: await this.accounts.credentials(channel, externalId) });
      } catch (error) {
        if (!(error instanceof SecretsUnreadableError)) throw error;
        accounts.push({ externalId, credentials: null });
      }
    }
    return accounts;
  }

  /** The environment's value of a secret (when set) first, then each enabled account's, oldest first; no repeats. */
  async candidates<C extends Channel>(
    channel: C,
    name: ChannelSecretName<C>,
    fromEnvironment: string | undefined,
  ): Promise<string[]> {
    const fromAccounts = await this.accounts.secretCandidates(channel, name);
    return [...new Set([...(fromEnvironment ? [fromEnvironment] : []), ...fromAccounts])];
  }

  /**
   * Whether a received signature or token is what one of the candidate secrets gives; `expected` turns a secret into
   * the value to compare (an HMAC of the body, or the token itself). Every candidate is compared, each in constant
   * time, so the time taken tells nothing about which one matched.
   */
  async matchesAny<C extends Channel>(
    channel: C,
    name: ChannelSecretName<C>,
    fromEnvironment: string | undefined,
    received: string | string[] | undefined,
    expected: (secret: string) => string,
  ): Promise<boolean> {
    if (typeof received !== 'string') return false;
    let matched = false;
    for (const secret of await this.candidates(channel, name, fromEnvironment)) {
      if (signatureMatches(received, expected(secret))) matched = true;
    }
    return matched;
  }

  /**
   * The credentials for a call on behalf of one of the municipality's accounts (`accountId`: the provider's id of it).
   * With the account enabled: its fields, each one it leaves empty taken from `environment`. Without: `environment`
   * alone when `environmentSuffices`, else a permanent ACCOUNT_DISABLED failure.
   */
  async forAccount<C extends Channel>(
    channel: C,
    accountId: string,
    environment: ChannelCredentials<C>,
    environmentSuffices: (credentials: ChannelCredentials<C>) => boolean,
  ): Promise<ResolvedCredentials<C>> {
    let account: ChannelCredentials<C> | null = null;
    let unreadable = false;
    try {
      account = await this.accounts.credentials(channel, accountId);
    } catch (error) {
      if (!(error instanceof SecretsUnreadableError)) throw error;
      unreadable = true;
    }
    if (account) {
      return {
        source: 'account',
        settings: { ...environment.settings, ...account.settings },
        secrets: { ...environment.secrets, ...account.secrets },
      };
    }
    if (environmentSuffices(environment)) return { source: 'environment', ...environment };
    throw new ChannelSendError(
      false,
      'ACCOUNT_DISABLED',
      unreadable
        ? `the secrets of ${channel} account ${accountId} cannot be decrypted with this SECRETS_KEY; enter them again`
        : `${channel} account ${accountId} is disabled or deleted, and the environment has no credentials for it`,
    );
  }
}
