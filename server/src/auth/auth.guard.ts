import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@ingang/shared';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ROLES } from './roles.decorator';
import { sessionTokenFrom } from './session-token';

export type AuthenticatedRequest = Request & { user: User };

/** Every route needs a login unless it is marked @Public(); a route marked @Roles(…) also needs one of those roles. */
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
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.includes(user.role)) throw new DomainError('FORBIDDEN', 'Your role may not do this');
    return true;
  }
}
