/** A version 4 UUID; `crypto.randomUUID` exists only on https and localhost pages. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The context of a mutation that creates something: it is sent with an Idempotency-Key. */
export const createsOnce = { createsOnce: true } as const;

/**
 * The keys of one form's creating mutation: until it is answered, the same input keeps its key,
 * so a second click, a retry or a resubmission after a lost answer creates nothing new; a
 * changed input gets a key of its own (reusing one with other input is a CONFLICT on the
 * server). Once answered, the input is `done`: submitting it again is a new request.
 */
export function idempotencyKeys() {
  const keys = new Map<string, string>();
  const inputOf = (variables: unknown) => JSON.stringify(variables ?? null);
  return {
    keyFor(variables: unknown): string {
      const key = keys.get(inputOf(variables)) ?? newKey();
      keys.set(inputOf(variables), key);
      return key;
    },
    done(variables: unknown): void {
      keys.delete(inputOf(variables));
    },
  };
}
