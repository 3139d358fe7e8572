/** A version 4 UUID; `crypto.randomUUID` exists only on https and localhost pages. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The context of one form submission that creates something: a fresh Idempotency-Key, which
 * its retries (after a token refresh, say) send again, so the server creates it once.
 */
export const submission = () => ({ headers: { 'Idempotency-Key': newKey() } });
