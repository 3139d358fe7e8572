import { errorFields } from '@app/database';
const networkErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);
const clientMessages =
  /Connection is closed|max retries per request|Stream isn't writeable|enableOfflineQueue options is false/i;

/** True when Redis could not be reached: the operation may succeed if tried again. */
export function isRedisUnavailable(error: unknown): boolean {
  const { code, message } = errorFields(error);
  return networkErrorCodes.has(code) || clientMessages.test(message);
}
