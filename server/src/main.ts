import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { AppModule } from './app.module';
import { AppConfig, ConfigError } from './config/app-config';
import { ErrorFilter } from './common/error.filter';
import { configureHttp } from './http-setup';
import { RedisIoAdapter } from './realtime/redis-io.adapter';
import { ensureRedis, StartupError } from './redis/ensure-redis';
import { UsersService } from './users/users.service';

async function bootstrap(): Promise<void> {
  const config = AppConfig.fromEnv();
  const redis = await ensureRedis(
    config.values.REDIS_URL,
    config.values.REDIS_AUTOSTART,
    resolve(config.dataDir, 'redis'),
  );

  const app = await NestFactory.create(AppModule.forRoot(config), {
    bodyParser: false,
    logger: ['error', 'warn'],
  });
  if (redis === 'started') process.stdout.write('Started redis-server, since none answered at REDIS_URL\n');
  configureHttp(app, config);
  app.useGlobalFilters(new ErrorFilter());
  app.useWebSocketAdapter(new RedisIoAdapter(app, config.values.REDIS_URL, config.values.REDIS_PREFIX));
  app.enableShutdownHooks();
  await app.get(UsersService).ensureFirstAdministrator(config);
  await app.listen(config.values.PORT, config.values.HOST);
  const url = config.values.PUBLIC_URL ?? `http://localhost:${config.values.PORT}`;
  process.stdout.write(`Ingang is running at ${url}\n`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Ingang could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
