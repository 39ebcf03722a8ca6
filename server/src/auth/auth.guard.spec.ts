import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@ingang/shared';
import { DomainError } from '../common/domain-error';
import type { User } from '../users/user.entity';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

class RoutesForTest {
  @Public()
  health(): void {}

  inbox(): void {}

  @Roles('admin')
  channelAccounts(): void {}

  @Roles('admin', 'supervisor')
  reports(): void {}
}

@Roles('admin')
class AdminOnlyForTest {
  users(): void {}
}

function contextFor(handler: () => void, owner: object, headers: Record<string, string> = {}): ExecutionContext {
  const request = { headers };
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => owner,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const userWith = (role: Role) => ({ id: 'u1', email: 'x@gemeente.nl', name: 'X', role }) as User;

describe(AuthGuard.name, () => {
  function guardFor(user: User | null): AuthGuard {
    const auth = { authenticate: jest.fn().mockResolvedValue(user) } as unknown as AuthService;
    return new AuthGuard(new Reflector(), auth);
  }
  const routes = RoutesForTest.prototype;
  const bearer = { authorization: 'Bearer token' };

  it('lets anyone reach a public route', async () => {
    await expect(guardFor(null).canActivate(contextFor(routes.health, RoutesForTest))).resolves.toBe(true);
  });

  it('refuses a route without a login with UNAUTHENTICATED', async () => {
    await expect(guardFor(null).canActivate(contextFor(routes.inbox, RoutesForTest))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('lets every role reach a route that names none', async () => {
    const sut = guardFor(userWith('agent'));
    await expect(sut.canActivate(contextFor(routes.inbox, RoutesForTest, bearer))).resolves.toBe(true);
  });

  it('refuses another role with FORBIDDEN, on a method or on the whole controller', async () => {
    const sut = guardFor(userWith('agent'));
    const refused = sut.canActivate(contextFor(routes.channelAccounts, RoutesForTest, bearer));
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      sut.canActivate(contextFor(AdminOnlyForTest.prototype.users, AdminOnlyForTest, bearer)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a role that is named through', async () => {
    await expect(
      guardFor(userWith('admin')).canActivate(contextFor(routes.channelAccounts, RoutesForTest, bearer)),
    ).resolves.toBe(true);
    await expect(
      guardFor(userWith('supervisor')).canActivate(contextFor(routes.reports, RoutesForTest, bearer)),
    ).resolves.toBe(true);
    await expect(
      guardFor(userWith('admin')).canActivate(contextFor(AdminOnlyForTest.prototype.users, AdminOnlyForTest, bearer)),
    ).resolves.toBe(true);
  });
});
