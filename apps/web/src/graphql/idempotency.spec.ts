import { idempotencyKeys } from './idempotency';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys of a form', () => {
  it('keeps one key for one input until answered and gives each other input a UUID of its own', () => {
    const { keyFor, done } = idempotencyKeys();
    const keys = Array.from({ length: 20 }, (_, index) =>
      keyFor({ input: { title: `t${index}` } }),
    );
    for (const key of keys) expect(key).toMatch(uuid);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keyFor({ input: { title: 't3' } })).toBe(keys[3]);
    done({ input: { title: 't3' } });
    expect(keyFor({ input: { title: 't3' } })).not.toBe(keys[3]);
  });

  it('shares nothing between two forms', () => {
    expect(idempotencyKeys().keyFor({ a: 1 })).not.toBe(idempotencyKeys().keyFor({ a: 1 }));
  });

  it('makes one where crypto.randomUUID is missing (a page served over plain http)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(idempotencyKeys().keyFor({})).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
