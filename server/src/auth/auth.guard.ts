import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { sessionTokenFrom } from './session-token';

export type AuthenticatedRequest = Request & { user: User };

/** Every route needs a login unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = await this.auth.authenticate(sessionTokenFrom(request.headers));
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Log in first');
    request.user = user;
    return true;
  }
}
