import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { ClientToServerEvents, ServerToClientEvents } from '@ingang/shared';
import type { Server, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { sessionTokenFrom } from '../auth/session-token';
import { toUserDto } from '../users/users.service';
import { DomainEvents } from '../events/domain-events';

type IngangServer = Server<ClientToServerEvents, ServerToClientEvents>;
const INBOX_ROOM = 'inbox';

/** Authenticates sockets like the API, joins them to their rooms, and broadcasts committed domain events. */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private unsubscribe: (() => void) | undefined;

  @WebSocketServer()
  private server!: IngangServer;

  constructor(
    private readonly auth: AuthService,
    private readonly events: DomainEvents,
  ) {}

  afterInit(server: IngangServer): void {
    server.use((socket: Socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      this.auth
        .authenticate(sessionTokenFrom(socket.handshake.headers, auth?.token))
        .then((user) => {
          if (!user) return next(new Error('UNAUTHENTICATED'));
          socket.data.user = toUserDto(user);
          void socket.join(INBOX_ROOM);
          next();
        })
        .catch((error: unknown) => {
          this.logger.warn(`socket authentication failed: ${String(error)}`);
          next(new Error('UNAUTHENTICATED'));
        });
    });
    this.unsubscribe = this.events.subscribe((event) => {
      // The union is correlated by name; socket.io's typed emit cannot see that through the union.
      (this.server.to(INBOX_ROOM).emit as (name: string, payload: unknown) => boolean)(event.name, event.payload);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }
}
