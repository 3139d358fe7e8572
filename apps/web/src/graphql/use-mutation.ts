import { useMutation as useApolloMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { idempotencyKeys } from './idempotency';

/**
 * Apollo's `useMutation`, with two guards against creating twice. A call with the same
 * variables as one still running answers with that one's result instead of sending it again
 * (a double click, or a second click before the button shows it is busy, sends one request).
 * A call whose context is `createsOnce` carries an Idempotency-Key that stays the same for the
 * same input until it is answered. Every mutation of the app goes through it (the lint rules forbid Apollo's own).
 */
export const useMutation = ((...hookArgs: Parameters<typeof useApolloMutation>) => {
  const [mutate, result] = useApolloMutation(...hookArgs);
  const running = useRef(new Map<string, ReturnType<typeof mutate>>());
  const keys = useRef(idempotencyKeys());
  const once = useCallback(
    (...args: Parameters<typeof mutate>) => {
      const [options = {}] = args;
      const key = JSON.stringify(options.variables ?? null);
      const pending = running.current.get(key);
      if (pending) return pending;
      const context = options.context as
        { createsOnce?: boolean; headers?: Record<string, string> } | undefined;
      const call = mutate({
        ...options,
        ...(context?.createsOnce
          ? {
              context: {
                ...context,
                headers: {
                  ...context.headers,
                  'Idempotency-Key': keys.current.keyFor(options.variables),
                },
              },
            }
          : {}),
      } as Parameters<typeof mutate>[0])
        .then((answer) => {
          keys.current.done(options.variables);
          return answer;
        })
        .finally(() => running.current.delete(key));
      running.current.set(key, call);
      return call;
    },
    [mutate],
  );
  return [once, result] as const;
}) as unknown as typeof useApolloMutation;
