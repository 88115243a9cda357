import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  smallint,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { organisations } from './tables.js';

// Columns and constraints that many tables share.

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** The tenant column: every row of a city's data names its organisation (deleted with it). */
export const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/**
 * The two measures of a rating (or consensus item): a level 1–5 in `current` / `target`; "don't
 * know" is `*_unknown`; both empty means not answered yet.
 */
export const measureColumns = () => ({
  current: smallint('current'),
  currentUnknown: boolean('current_unknown').notNull().default(false),
  target: smallint('target'),
  targetUnknown: boolean('target_unknown').notNull().default(false),
});

/** Checks of the measure columns: levels 1–5, and a level and "don't know" never both. */
export function measureChecks(
  prefix: string,
  t: {
    current: AnyPgColumn;
    currentUnknown: AnyPgColumn;
    target: AnyPgColumn;
    targetUnknown: AnyPgColumn;
  },
) {
  return [
    check(`${prefix}_current_level`, sql`${t.current} between 1 and 5`),
    check(`${prefix}_target_level`, sql`${t.target} between 1 and 5`),
    check(
      `${prefix}_current_one_answer`,
      sql`not (${t.current} is not null and ${t.currentUnknown})`,
    ),
    check(`${prefix}_target_one_answer`, sql`not (${t.target} is not null and ${t.targetUnknown})`),
  ];
}

/**
 * A composite foreign key (row id, organisation) → (parent id, organisation): the row can only
 * point to a parent of its own organisation. Deleted with the parent.
 */
export function sameOrganisation(
  name: string,
  columns: [AnyPgColumn, AnyPgColumn],
  foreignColumns: [AnyPgColumn, AnyPgColumn],
) {
  return foreignKey({ name, columns, foreignColumns }).onDelete('cascade');
}
