import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { ChannelAccount } from './channel-account.entity';
import { ChannelAccountsController } from './channel-accounts.controller';
import { ChannelAccountsService } from './channel-accounts.service';
import { SecretsCipher } from './secrets-cipher';
import { loadSecretsKey } from './secrets-key';

@Module({
  imports: [TypeOrmModule.forFeature([ChannelAccount])],
  controllers: [ChannelAccountsController],
  providers: [
    ChannelAccountsService,
    {
      provide: SecretsCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new SecretsCipher(loadSecretsKey(config, (line) => process.stdout.write(`${line}\n`))),
    },
  ],
  exports: [ChannelAccountsService],
})
export class ChannelAccountsModule {}
