import type { Queryable } from "../client.ts";

export type SqlType = "uuid" | "text" | "text[]" | "date[]" | "jsonb" | "timestamptz" | "integer" | "bigint" | "smallint" | "boolean";

/** Column name → its SQL type and how to read it from a seed object. */
export type Columns<Row> = Record<string, readonly [SqlType, (row: Row) => unknown]>;

// Postgres takes at most 65,535 parameters per statement; staying well below keeps statements a sane size
const MAX_PARAMS = 30_000;

/**
 * Inserts rows with multi-row VALUES statements, each parameter cast to its column's type so that both engines
 * read text, arrays, JSON and timestamps alike. jsonb values are passed as JSON text.
 */
export async function insertRows<Row>(tx: Queryable, table: string, rows: readonly Row[], columns: Columns<Row>): Promise<void> {
  const entries = Object.entries(columns);
  const names = entries.map(([name]) => name).join(", ");
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMS / entries.length));
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = entries.map(([, [type, read]]) => {
        const value = read(row);
        params.push(type === "jsonb" && value !== null ? JSON.stringify(value) : value);
        return `$${params.length}::${type}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await tx.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(", ")}`, params);
  }
}
