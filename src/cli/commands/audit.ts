import type { Command } from 'commander';
import { verifyAudit } from '../../services/audit/verify-audit.js';
import { withStore } from '../with-store.js';

/** `tongban audit verify --db URL`: exit 0 with a count when intact; non-zero naming the first broken event. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Audit trail (全程留痕) tools');
  audit.command('verify')
    .description('Check the audit hash chain; names the first broken event')
    .option('--db <url>', 'sqlite:PATH or postgres://… (TONGBAN_DB)')
    .action((flags: { db?: string }) => withStore(flags.db, async (store) => {
      const progress = process.stderr.isTTY ? (n: number) => process.stderr.write(`\rchecked ${n} events…`) : undefined;
      const result = await verifyAudit(store.db, progress);
      if (progress) process.stderr.write('\n');
      if (result.ok) {
        console.log(`audit chain intact: ${result.count} events`);
      } else {
        console.error(`audit chain BROKEN at event seq=${result.brokenAt.seq} (${result.brokenAt.reason}); ${result.count} events before it are intact`);
        process.exitCode = 1;
      }
    }));
}
