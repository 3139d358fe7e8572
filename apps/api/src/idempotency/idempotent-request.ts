import { invalidInput } from '@app/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';

/** A create request with the key its client sent, scoped to who sent it. */
export interface IdempotentRequest {
  scope: string;
  key: string;
  operation: string;
  input: unknown;
}

/** Printable ASCII, as HTTP header values are; a UUID per submission is what clients send. */
const keyPattern = /^[\x21-\x7e]{1,255}$/;

/**
 * The `Idempotency-Key` header of a create mutation, when the client sent one. Clients send a
 * new key per submission and the same key with each retry of it.
 */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = requestOf(context).headers?.['idempotency-key'];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !keyPattern.test(value)) {
      throw invalidInput(
        'Idempotency-Key',
        'The Idempotency-Key header must be 1 to 255 printable ASCII characters, e.g. a UUID',
      );
    }
    return value;
  },
);

/** The request to run once, or undefined when no key came with it. */
export const idempotent = (
  key: string | undefined,
  viewer: Viewer | null,
  operation: string,
  input: unknown,
): IdempotentRequest | undefined =>
  key === undefined ? undefined : { scope: viewer?.id ?? 'anonymous', key, operation, input };
