import { SetMetadata } from '@nestjs/common';
import type { Role } from '@ingang/shared';

export const REQUIRED_ROLES = 'ingang:roles';

/** Only users with one of these roles may call the route (or every route of the controller); others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
