import type { SelectQueryBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything that differs between SQLite and PostgreSQL lives behind this interface
 * (STYLE B2.8); nothing else asks which database it is on.
 */
export interface DialectAdapter {
  readonly name: DialectName;
  /**
   * Lock the selected rows until the transaction ends (SQLite serializes writers already); with `of`, only the
   * rows of that table, so that a row joined for a lookup (a case's department) is not held by every case.
   */
  forUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, of?: TB & string): SelectQueryBuilder<DB, TB, O>;
  /** Lock the selected rows, passing over rows another transaction holds (a work queue's claim). */
  forUpdateSkipLocked<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** Whether a driver error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
  /** SQL run once after migrations that only this dialect needs (triggers and the like). */
  readonly appendOnlyTriggerSql: readonly string[];
}
