import { conflict, IdempotencyKeyEntity, keepIdempotencyKeysHours, sha256 } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IdempotentRequest } from './idempotent-request';

/** Object keys sorted at every level, so one input hashes alike whatever order its fields came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A request whose key another transaction took first, to be answered as that one was. */
class TakenMeanwhile extends Error {}

/**
 * Runs a create at most once per idempotency key, the way payment APIs do. The key is written
 * in the same transaction as what it creates, so a committed create always leaves its key: a
 * client that lost the answer (a dropped connection, a killed api) and sends the request again
 * gets what the first one created, and nothing is created twice. The same key with another
 * input is a CONFLICT. A request that failed left no key, so its retry runs anew.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `create` in a transaction and returns the id it gives (null where the operation
   * creates no object to answer with), or, for a key seen within the day, the first answer's.
   */
  async once(
    request: IdempotentRequest | undefined,
    create: (manager: EntityManager) => Promise<string | null>,
  ): Promise<string | null> {
    if (!request) return this.dataSource.transaction(create);
    const hash = sha256(canonicalJson({ operation: request.operation, input: request.input }));
    const earlier = await this.earlierAnswer(request, hash);
    if (earlier !== undefined) return earlier;
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Waits for a concurrent request with the key to end; then finds its row, or none.
        const [taken] = await manager.sql<
          { key: string }[]
        >`INSERT INTO idempotency_keys (scope, key, operation, request_hash)
           VALUES (${request.scope}, ${request.key}, ${request.operation}, ${hash})
           ON CONFLICT (scope, key) DO UPDATE
             SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash,
               result_id = NULL, created_at = now()
             WHERE idempotency_keys.created_at < now() - make_interval(hours => ${keepIdempotencyKeysHours})
           RETURNING key`;
        if (!taken) throw new TakenMeanwhile();
        const resultId = await create(manager);
        await manager.update(
          IdempotencyKeyEntity,
          { scope: request.scope, key: request.key },
          { resultId },
        );
        return resultId;
      });
    } catch (error) {
      if (!(error instanceof TakenMeanwhile)) throw error;
      return (await this.earlierAnswer(request, hash)) ?? null;
    }
  }

  /** The id the key's first request answered with; undefined where the key is new or stale. */
  private async earlierAnswer(
    request: IdempotentRequest,
    hash: string,
  ): Promise<string | null | undefined> {
    const [row] = await this.dataSource.sql<
      { operation: string; request_hash: string; result_id: string | null }[]
    >`SELECT operation, request_hash, result_id FROM idempotency_keys
       WHERE scope = ${request.scope} AND key = ${request.key} AND created_at >= now() - make_interval(hours => ${keepIdempotencyKeysHours})`;
    if (!row) return undefined;
    if (row.operation !== request.operation || row.request_hash !== hash) {
      throw conflict(
        'This Idempotency-Key was already used for another request; send a new key with a new request',
      );
    }
    return row.result_id;
  }
}
