/**
 * Every row of every table of the database, as Postgres prints the row: for tests that look for a value wherever
 * it might have been stored. The tables are read from the catalog, so a table added later is searched too.
 */
import type { Queryable } from "../db/client.ts";

export interface RowText {
  table: string;
  text: string;
}

export async function everyRowAsText(db: Queryable): Promise<RowText[]> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rows: RowText[] = [];
  for (const { name } of tables.rows) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const result = await db.query<{ text: string }>(`SELECT t::text AS text FROM ${quoted} t`);
    for (const row of result.rows) rows.push({ table: name, text: row.text });
  }
  return rows;
}
