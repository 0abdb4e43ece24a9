import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'berne:isPublic';
/** Marks a handler anonymous callers may reach. Everything else needs a signed-in principal. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
