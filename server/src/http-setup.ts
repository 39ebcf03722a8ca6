import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ApiErrorBody } from '@ingang/shared';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './config/app-config';

// Body-parser failures would otherwise leave as HTML; they get the same JSON error body as everything else.
function withJsonErrors(parser: RequestHandler): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    parser(request, response, (error?: unknown) => {
      if (!error) return next();
      const status = (error as { status?: number }).status ?? 400;
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'INVALID_JSON';
      const body: ApiErrorBody = {
        error: {
          code,
          message: status === 413 ? 'The request body is too large' : 'The request body could not be read',
        },
      };
      response.status(status).json(body);
    });
  };
}

const NOT_CLIENT_ROUTES = /^\/(api|webhooks|socket\.io)(\/|$)/;

export function configureHttp(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  server.set('trust proxy', 'loopback');
  // Webhooks keep their raw bytes: signatures are computed over exactly what the provider sent.
  app.use('/webhooks', withJsonErrors(express.raw({ type: () => true, limit: config.values.WEBHOOK_MAX_BYTES })));
  app.use('/api', withJsonErrors(express.json({ limit: '1mb', strict: true })));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Ingang API')
      .setDescription('The webcare inbox: conversations, replies and webhooks')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('ingang_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const clientDist = join(__dirname, '..', '..', 'client', 'dist');
  if (existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // The single-page app answers every other GET that asks for a page.
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' || NOT_CLIENT_ROUTES.test(request.path)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(clientDist, 'index.html'));
    });
  }
}
