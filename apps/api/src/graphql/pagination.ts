import { invalidInput, isDateTimeText, isUuid, limits } from '@app/domain';
import { sortKey } from './sort-key';
import { Type } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type as TransformType } from 'class-transformer';
import { IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: limits.pageSizeDefault })
  @Min(1)
  @Max(limits.pageSizeMax)
  first: number = limits.pageSizeDefault;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

/** Page arguments plus an optional filter of the given input type, validated as one object. */
export function ListArgs<F extends object>(filter: Type<F>) {
  @ArgsType()
  class ListArgsType extends PaginationArgs {
    @Field(() => filter, { nullable: true })
    @IsOptional()
    @ValidateNested()
    @TransformType(() => filter)
    filter?: F | null;
  }
  return ListArgsType;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
  /** Where the edge stands in the order (`sortKey`); null when no key can be given. */
  sortKey?: string | null;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A getter: counted only when the client selects it (do not spread a page). */
  readonly totalCount: Promise<number>;
}

/** A Relay connection type for one node type; `withSortKeys` gives its edges a `sortKey`. */
export function Connection<T>(node: Type<T>, name: string, { withSortKeys = false } = {}) {
  @ObjectType({ isAbstract: true })
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  class SortedEdgeType extends EdgeType {
    @Field(() => String, {
      nullable: true,
      description:
        "Where the edge stands in the list's order: comparing two keys as strings orders them as the list does",
    })
    sortKey: string | null;
  }

  const Edge = withSortKeys ? SortedEdgeType : class extends EdgeType {};
  ObjectType(`${name}Edge`)(Edge);

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, {
      description: 'Rows matching the filter, across all pages; counted only when asked for',
    })
    totalCount: Promise<number>;
  }
  return ConnectionType;
}

export interface KeysetOrder {
  /** SQL expression of the sort key, e.g. `need.created_at`. */
  column: string;
  /** SQL expression of the unique tie-breaker. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
  sortType: 'timestamp' | 'text' | 'number';
  /** Names one of several lists paged one after another (`paginateInGroups`). */
  group?: string;
}

/** A cursor names its order, so one from another list or another order is refused, not misread. */
const orderTag = (order: KeysetOrder): string =>
  createHash('sha256')
    .update(`${order.column} ${order.direction} ${order.group ?? ''}`)
    .digest('base64url')
    .slice(0, 10);

/** The sort value is PostgreSQL's own text of it: a JS Date would drop its microseconds. */
function encodeCursor(tag: string, sortText: string, id: string): string {
  return Buffer.from(JSON.stringify([sortText, id, tag])).toString('base64url');
}

const cursorSortAlias = 'cursor_sort_text';

const numberText = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A float8 PostgreSQL reads without overflow or underflow (`1e999`, `1e-999` are neither). */
function isNumberText(text: string): boolean {
  if (!numberText.test(text)) return false;
  const value = Number(text);
  const nonZeroDigits = /[1-9]/.test(text.split(/e/i)[0]!);
  return Number.isFinite(value) && (value !== 0 || !nonZeroDigits);
}

/**
 * Whether a cursor's sort value is one PostgreSQL prints for the type, and so can read back:
 * a forged value must be refused here, not fail in the database as an internal error.
 */
export const isSortText: Record<KeysetOrder['sortType'], (text: string) => boolean> = {
  text: (text) => !text.includes('\u0000'),
  number: isNumberText,
  timestamp: (text) => text === 'infinity' || text === '-infinity' || isDateTimeText(text),
};

function decodeCursor(cursor: string, order: KeysetOrder, tag: string): [string, string] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 3 &&
      typeof decoded[0] === 'string' &&
      isSortText[order.sortType](decoded[0]) &&
      isUuid(decoded[1]) &&
      decoded[2] === tag
    ) {
      return [decoded[0], decoded[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw invalidInput('after', 'after is not a cursor returned by this list');
}

/**
 * Keyset pagination: stable under inserts and as fast on page 500 as on page 1. `toNode`
 * receives the entity and its raw row (for computed columns).
 */
export async function paginate<E extends ObjectLiteral & { id: string }, N>(
  query: SelectQueryBuilder<E>,
  args: PaginationArgs,
  order: KeysetOrder,
  toNode: (entity: E, raw: Record<string, unknown>) => N,
): Promise<Page<N>> {
  const counted = query.clone();
  let total: Promise<number> | undefined;
  const tag = orderTag(order);
  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after, order, tag);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${order.column}, ${order.idColumn}) ${comparison} (:cursorSort, :cursorId)`, {
      cursorSort: sortValue,
      cursorId: id,
    });
  }
  query
    .addSelect(`(${order.column})::text`, cursorSortAlias)
    .orderBy(order.column, order.direction)
    .addOrderBy(order.idColumn, order.direction)
    .limit(args.first + 1);
  const { entities, raw } = await query.getRawAndEntities<Record<string, unknown>>();
  const pageEntities = entities.slice(0, args.first);
  const edges = pageEntities.map((entity, index) => {
    const sortText = String(raw[index]![cursorSortAlias]);
    return {
      cursor: encodeCursor(tag, sortText, entity.id),
      node: toNode(entity, raw[index]!),
      sortKey: sortKey(order, sortText, entity.id),
    };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: entities.length > args.first,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return (total ??= counted.getCount());
    },
  };
}

/** Whether a cursor was made by `order` (its tag), without trusting anything else in it. */
function isCursorOf(cursor: string, order: KeysetOrder): boolean {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(decoded) && decoded[2] === orderTag(order);
  } catch {
    return false;
  }
}

/**
 * Several lists paged as one, each after the other and each in its own keyset order (a search's
 * postings in the reader's language, then the rest): every group's query stays one an index can
 * walk, where a single computed sort key would make PostgreSQL sort every hit. A cursor names its
 * group by its order's tag.
 */
export async function paginateInGroups<E extends ObjectLiteral & { id: string }, N>(
  groups: { query: SelectQueryBuilder<E>; order: KeysetOrder }[],
  args: PaginationArgs,
  toNode: (entity: E, raw: Record<string, unknown>) => N,
  count: () => Promise<number>,
): Promise<Page<N>> {
  let total: Promise<number> | undefined;
  const page = (edges: Edge<N>[], hasNextPage: boolean): Page<N> => ({
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return (total ??= count());
    },
  });
  let after = args.after ?? undefined;
  const start = after ? groups.findIndex(({ order }) => isCursorOf(after!, order)) : 0;
  if (start < 0) throw invalidInput('after', 'after is not a cursor returned by this list');
  const edges: Edge<N>[] = [];
  for (let index = start; index < groups.length; index++) {
    const { query, order } = groups[index]!;
    const part = await paginate(query, { first: args.first - edges.length, after }, order, toNode);
    edges.push(...part.edges);
    after = undefined;
    if (part.pageInfo.hasNextPage) return page(edges, true);
    if (edges.length === args.first) {
      const later = groups.slice(index + 1);
      for (const group of later)
        if (await group.query.clone().getExists()) return page(edges, true);
      return page(edges, false);
    }
  }
  return page(edges, false);
}
