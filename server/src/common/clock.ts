import { Injectable } from '@nestjs/common';

/** The server's notion of now; injected so tests can move time. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
