import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { parseInput } from '../common/zod-validation';

const setClockSchema = z.strictObject({ now: z.iso.datetime({ offset: true }) });

/**
 * Tests only: read and move the server's clock, so SLA moments days away can be watched in seconds. Exists only
 * when the server was started with TEST_CLOCK; otherwise 404 like any unknown path.
 */
@ApiExcludeController()
@Roles('admin')
@Controller('api/test/clock')
export class TestClockController {
  constructor(private readonly clock: Clock) {}

  @Get()
  get(): { now: string } {
    this.assertMovable();
    return { now: this.clock.now().toISOString() };
  }

  @Put()
  set(@Body() body: unknown): { now: string } {
    this.assertMovable();
    const { now } = parseInput(setClockSchema, body);
    this.clock.set(new Date(now));
    return { now: this.clock.now().toISOString() };
  }

  private assertMovable(): void {
    if (!this.clock.movable) throw new DomainError('NOT_FOUND', 'Not found');
  }
}
