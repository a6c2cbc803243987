import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { MigrationContext } from './context.js';
import * as organization from './0001-organization.js';
import * as audit from './0002-audit.js';
import * as jobs from './0003-jobs.js';
import * as calendar from './0004-calendar.js';
import * as catalog from './0005-catalog.js';
import * as notifications from './0006-notifications.js';
import * as files from './0007-files.js';
import * as cases from './0008-cases.js';
import * as drafts from './0009-drafts.js';
import * as commitment from './0010-commitment.js';
import * as materialSamples from './0011-material-samples.js';
import * as tasks from './0012-tasks.js';
import * as caseClock from './0013-case-clock.js';
import * as licenses from './0014-licenses.js';
import * as webhooks from './0015-webhooks.js';
import * as supervision from './0016-supervision.js';
import * as ratings from './0017-ratings.js';
import * as hall from './0018-hall.js';
import * as lookupAttempts from './0019-lookup-attempts.js';
import * as casePeriodIndexes from './0020-case-period-indexes.js';
import * as supervisionScaleIndexes from './0021-supervision-scale-indexes.js';

type Step = { up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> };

/** Forward-only, in order. A new migration is a new file added at the end; none is ever edited. */
const STEPS: Record<string, Step> = {
  '0001-organization': organization,
  '0002-audit': audit,
  '0003-jobs': jobs,
  '0004-calendar': calendar,
  '0005-catalog': catalog,
  '0006-notifications': notifications,
  '0007-files': files,
  '0008-cases': cases,
  '0009-drafts': drafts,
  '0010-commitment': commitment,
  '0011-material-samples': materialSamples,
  '0012-tasks': tasks,
  '0013-case-clock': caseClock,
  '0014-licenses': licenses,
  '0015-webhooks': webhooks,
  '0016-supervision': supervision,
  '0017-ratings': ratings,
  '0018-hall': hall,
  '0019-lookup-attempts': lookupAttempts,
  '0020-case-period-indexes': casePeriodIndexes,
  '0021-supervision-scale-indexes': supervisionScaleIndexes,
};

/** A provider that hands each migration the dialect it runs on. */
export function migrationProvider(ctx: MigrationContext): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(STEPS)) migrations[name] = { up: (db) => step.up(db, ctx) };
      return migrations;
    },
  };
}
