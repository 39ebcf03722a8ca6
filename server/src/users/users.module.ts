import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module';
import { PresenceRegistry } from '../realtime/presence-registry';
import { UserChanges } from './user-changes';
import { User } from './user.entity';
import { ColleaguesController, UsersController } from './users.controller';
import { UsersService } from './users.service';

// The presence registry lives here rather than in the realtime module, which depends on this one: the gateway feeds
// it, the colleagues list reads it.
@Module({
  imports: [TypeOrmModule.forFeature([User]), DepartmentsModule],
  controllers: [UsersController, ColleaguesController],
  providers: [UsersService, PresenceRegistry, UserChanges],
  exports: [UsersService, PresenceRegistry, UserChanges],
})
export class UsersModule {}
