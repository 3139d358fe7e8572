import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Opts a handler out of the global deny-by-default guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
