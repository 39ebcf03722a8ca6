import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainEvents } from './domain-events';

@Global()
@Module({ providers: [DomainEvents, Clock], exports: [DomainEvents, Clock] })
export class EventsModule {}
