type Present<Row, Column extends keyof Row> = Omit<Row, Column> & {
  [Key in Column]: NonNullable<Row[Key]>;
};

/**
 * Narrows columns PostgreSQL cannot promise are non-null (an expression, a UNION, a function's
 * result) but the query guarantees are: checked on every row, so a broken guarantee fails loudly
 * here instead of as `null` further on.
 */
export function present<Row extends object, Column extends keyof Row>(
  rows: Row[],
  ...columns: Column[]
): Present<Row, Column>[] {
  for (const row of rows) {
    for (const column of columns) {
      if (row[column] == null) throw new Error(`Column ${String(column)} is null`);
    }
  }
  return rows as Present<Row, Column>[];
}

/** Narrows a text column to one of an enum's values, checked: a value outside it fails here. */
export function oneOf<Values extends Record<string, string>>(
  values: Values,
  value: string,
): Values[keyof Values];
export function oneOf<Values extends Record<string, string>>(
  values: Values,
  value: string | null,
): Values[keyof Values] | null;
export function oneOf<Values extends Record<string, string>>(
  values: Values,
  value: string | null,
): Values[keyof Values] | null {
  if (value === null) return null;
  if (!Object.values(values).includes(value)) throw new Error(`Unexpected value ${value}`);
  return value as Values[keyof Values];
}
