import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ingang:public';
/** Marks a route that needs no login: webhooks (they carry a signature instead), login, health. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
