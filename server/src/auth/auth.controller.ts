import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { loginRequestSchema, type LoginResponse, type UserDto } from '@ingang/shared';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { parseInput } from '../common/zod-validation';
import { AppConfig } from '../config/app-config';
import type { User } from '../users/user.entity';
import { toUserDto } from '../users/users.service';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { Public } from './public.decorator';
import { SESSION_COOKIE, sessionTokenFrom } from './session-token';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiBody({ schema: z.toJSONSchema(loginRequestSchema, { io: 'input' }) as object })
  async login(
    @Body() body: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(parseInput(loginRequestSchema, body), request.ip ?? 'unknown');
    response.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.values.COOKIE_SECURE,
      path: '/',
      maxAge: this.config.values.SESSION_TTL_HOURS * 3_600_000,
    });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionTokenFrom(request.headers);
    if (token) await this.auth.logout(token);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentUser() user: User): UserDto {
    return toUserDto(user);
  }
}
