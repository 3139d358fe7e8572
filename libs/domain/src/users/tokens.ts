import { createHash } from 'node:crypto';

/** How secret tokens (refresh tokens, e-mail links) are stored: only their SHA-256. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
