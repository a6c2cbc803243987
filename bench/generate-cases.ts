/**
 * `npx tsx bench/generate-cases.ts --db URL --cases 1000000 [--seed N] [--as-of ISO]`: fills an empty database
 * (sqlite:PATH or postgres://…) with a year of a large city's cases for the supervision benchmarks
 * (bench/generate/generate.ts, docs/benchmarks.md). Progress on stderr, a JSON summary on stdout.
 */
import { Command } from 'commander';
import { DEFAULT_AS_OF, generateCases } from './generate/generate.js';

const program = new Command('generate-cases')
  .requiredOption('--db <url>', 'sqlite:PATH or postgres://… (an empty database; migrations run first)')
  .option('--cases <n>', 'how many cases', '1000000')
  .option('--seed <n>', 'random seed (same seed, same data)', '20261030')
  .option('--as-of <instant>', 'the moment the data describes', DEFAULT_AS_OF)
  .action(async (flags: { db: string; cases: string; seed: string; asOf: string }) => {
    const cases = Number(flags.cases);
    if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive whole number');
    const summary = await generateCases({
      url: flags.db, cases, seed: Number(flags.seed), asOf: flags.asOf, progress: (m) => process.stderr.write(`${m}\n`),
    });
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`generate-cases failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
