import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { ClientToServerEvents, ServerToClientEvents, UserDto } from '@ingang/shared';
import type { Server, Socket } from 'socket.io';
import { Repository } from 'typeorm';
import { z } from 'zod';
import { AuthService } from '../auth/auth.service';
import { sessionTokenFrom } from '../auth/session-token';
import { canSee, isWebcare } from '../conversations/conversation-access';
import { Conversation } from '../conversations/conversation.entity';
import { UserChanges, type UserChange } from '../users/user-changes';
import { toUserDto } from '../users/users.service';
import { DomainEvents, type DomainEvent } from '../events/domain-events';
import { ConversationPresence } from './conversation-presence';
import { EventAudience } from './event-audience';
import { PresenceRegistry } from './presence-registry';

type IngangServer = Server<ClientToServerEvents, ServerToClientEvents>;
type IngangSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
interface SocketData {
  user: UserDto;
  /** The conversation this tab shows, for presence. */
  viewing?: string | null;
}

/** Every socket: events for everyone (e.g. the SLA settings changed). */
const EVERYONE_ROOM = 'inbox';
/** Agents, supervisors and administrators: every conversation event. */
const WEBCARE_ROOM = 'webcare';
const departmentRoom = (id: string) => `department:${id}`;
const userRoom = (id: string) => `user:${id}`;

const viewSchema = z.strictObject({ conversationId: z.uuid().nullable() });
const typingSchema = z.strictObject({ conversationId: z.uuid(), typing: z.boolean() });

/**
 * Authenticates sockets like the API, joins them to the rooms their role may hear, broadcasts committed domain
 * events to those rooms, and keeps who is viewing and typing in which conversation.
 */
@WebSocketGateway({ serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly audience = new EventAudience();
  private unsubscribe: (() => void) | undefined;
  private unsubscribeUserChanges: (() => void) | undefined;

  @WebSocketServer()
  private server!: IngangServer;

  constructor(
    private readonly auth: AuthService,
    private readonly events: DomainEvents,
    private readonly presence: ConversationPresence,
    @InjectRepository(Conversation) private readonly conversations: Repository<Conversation>,
    private readonly onlineUsers: PresenceRegistry,
    private readonly userChanges: UserChanges,
  ) {}

  afterInit(server: IngangServer): void {
    server.use((socket: Socket, next) => {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      this.auth
        .authenticate(sessionTokenFrom(socket.handshake.headers, auth?.token))
        .then((user) => {
          if (!user) return next(new Error('UNAUTHENTICATED'));
          const dto = toUserDto(user);
          (socket.data as SocketData).user = dto;
          const rooms = [EVERYONE_ROOM, userRoom(dto.id)];
          if (isWebcare(dto.role)) rooms.push(WEBCARE_ROOM);
          else if (dto.departmentId) rooms.push(departmentRoom(dto.departmentId));
          void socket.join(rooms);
          next();
        })
        .catch((error: unknown) => {
          this.logger.warn(`socket authentication failed: ${String(error)}`);
          next(new Error('UNAUTHENTICATED'));
        });
    });
    this.unsubscribe = this.events.subscribe((event) => this.broadcast(event));
    server.on('connection', (socket: Socket) => this.trackOnline(socket));
    this.unsubscribeUserChanges = this.userChanges.subscribe((change) => this.disconnectDisabled(change));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    this.unsubscribeUserChanges?.();
  }

  handleDisconnect(socket: IngangSocket): void {
    const viewing = socket.data.viewing;
    if (viewing) this.leave(viewing, socket.id);
  }

  /** The tab shows this conversation now (or none); repeated every minute as a sign of life. */
  @SubscribeMessage('presence.view')
  async view(@ConnectedSocket() socket: IngangSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = viewSchema.safeParse(body);
    if (!parsed.success || !socket.data.user) return;
    const { conversationId } = parsed.data;
    const previous = socket.data.viewing ?? null;
    if (previous && previous !== conversationId) this.leave(previous, socket.id);
    socket.data.viewing = null;
    if (!conversationId || !(await this.maySee(socket.data.user, conversationId))) return;
    socket.data.viewing = conversationId;
    await this.publish(
      this.presence.set(conversationId, socket.id, {
        userId: socket.data.user.id,
        name: socket.data.user.name,
        typing: false,
      }),
    );
  }

  @SubscribeMessage('presence.typing')
  async typing(@ConnectedSocket() socket: IngangSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = typingSchema.safeParse(body);
    // Only for the conversation this tab views (and so may see).
    if (!parsed.success || !socket.data.user || socket.data.viewing !== parsed.data.conversationId) return;
    const { conversationId, typing } = parsed.data;
    await this.publish(
      this.presence.set(conversationId, socket.id, {
        userId: socket.data.user.id,
        name: socket.data.user.name,
        typing,
      }),
    );
  }

  private leave(conversationId: string, socketId: string): void {
    void this.publish(this.presence.remove(conversationId, socketId));
  }

  private async publish(update: Promise<Parameters<ServerToClientEvents['presence.updated']>[0]>): Promise<void> {
    try {
      this.events.emit([{ name: 'presence.updated', payload: await update }]);
    } catch (error) {
      this.logger.warn(`presence not updated: ${String(error)}`);
    }
  }

  private async maySee(user: UserDto, conversationId: string): Promise<boolean> {
    const conversation = await this.conversations.findOne({
      where: { id: conversationId },
      select: { id: true, departmentId: true },
    });
    return !!conversation && canSee(user, conversation);
  }

  private broadcast(event: DomainEvent): void {
    // The union is correlated by name; socket.io's typed emit cannot see that through the union.
    const emit = (rooms: string[]) =>
      (this.server.to(rooms).emit as (name: string, payload: unknown) => boolean)(event.name, event.payload);
    if (event.to) return void emit([userRoom(event.to)]);
    const audience = this.audience.of(event);
    if (audience.everyone) return void emit([EVERYONE_ROOM]);
    emit([WEBCARE_ROOM, ...audience.departments.map(departmentRoom)]);
  }

  /** Online for colleagues (handing over, mentions) while at least one socket of theirs is connected. */
  private trackOnline(socket: Socket): void {
    const userId = (socket.data as SocketData).user.id;
    this.onlineUsers.connected(userId);
    socket.once('disconnect', () => this.onlineUsers.disconnected(userId));
  }

  /** A disabled user's open tabs stop hearing anything at once (every process gets the change and does its own). */
  private disconnectDisabled({ userId, disabled }: UserChange): void {
    if (disabled) this.server.local.in(userRoom(userId)).disconnectSockets(true);
  }
}
