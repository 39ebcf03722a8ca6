import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { IngestService } from './ingest.service';

/** Providers' webhooks: authenticated by their signatures, not by a login. */
@Public()
@ApiExcludeController()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly ingest: IngestService) {}

  @Get(':channel')
  async handshake(
    @Param('channel') channel: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const result = await this.ingest.handshake(channel, query);
    if (typeof result.body === 'string') response.status(result.status).type('text/plain').send(result.body);
    else response.status(result.status).json(result.body);
  }

  @Post(':channel')
  @HttpCode(200)
  receive(@Param('channel') channel: string, @Req() request: Request): Promise<{ received: number }> {
    return this.ingest.receive(channel, request.headers, request.body);
  }
}
