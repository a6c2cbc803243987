/**
 * Bench runner: `npm run bench [-- --quick] [--json PATH] [name-filter…]`. Loads every `bench/*.bench.ts`
 * (each default-exports a list of benchmarks), runs them with progress on stderr, and prints one line per
 * figure on stdout: ours, the peer, and the ratio. Figures go in docs/benchmarks.md.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure, ours beside one peer's. */
export interface BenchFigure {
  readonly name: string;
  readonly unit: string;
  readonly ours: number;
  readonly peer: string;
  readonly peerValue: number;
  /** How ours compares, > 1 meaning ours is better: for timings peer ÷ ours. Absent for counts. */
  readonly ratio?: number;
  /** How to read the ratio when "N× faster" does not fit (e.g. "42% of the bare route"). */
  readonly ratioText?: string;
  /** The issue's target for this figure and whether this run met it. */
  readonly target?: string;
  readonly met?: boolean;
  /** Examples or remarks, printed indented under the figure. */
  readonly notes?: readonly string[];
}

/** What a benchmark gets: the scale and a progress reporter. */
export interface BenchContext {
  readonly quick: boolean;
  progress(message: string): void;
}

/** A named benchmark producing figures. */
export interface Benchmark {
  readonly name: string;
  run(context: BenchContext): Promise<readonly BenchFigure[]> | readonly BenchFigure[];
}

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 }));

/** The line printed for a figure. */
export function formatFigure(f: BenchFigure): string {
  const ratio = f.ratioText ?? (f.ratio === undefined ? '—' : `${fmt(Math.round(f.ratio))}× faster`);
  const target = f.target === undefined ? '' : ` | target ${f.target}: ${f.met ? 'met' : 'NOT MET'}`;
  return `${f.name} | ours ${fmt(f.ours)} ${f.unit} | ${f.peer} ${fmt(f.peerValue)} ${f.unit} | ${ratio}${target}`;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv) {
  // `npm run bench --quick` (without `--`) hands the flag to npm, which passes it on as npm_config_quick.
  const quick = argv.includes('--quick') || env.npm_config_quick === 'true';
  const jsonAt = argv.indexOf('--json');
  const json = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  if (jsonAt >= 0 && (json === undefined || json.startsWith('--'))) throw new Error('--json needs a PATH');
  const filters = argv.filter((a, i) => !a.startsWith('--') && !(jsonAt >= 0 && i === jsonAt + 1));
  return { quick, json, filters };
}

async function loadBenchmarks(): Promise<Benchmark[]> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
  const suites = await Promise.all(files.map(async (f) => (await import(pathToFileURL(join(dir, f)).href)) as { default: readonly Benchmark[] }));
  return suites.flatMap((s) => s.default);
}

async function main(): Promise<void> {
  const { quick, json, filters } = parseArgs(process.argv.slice(2), process.env);
  const benchmarks = (await loadBenchmarks()).filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
  if (benchmarks.length === 0) throw new Error('no benchmark matched');
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    tz: process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    // Other work on the machine shares its cores: the 1-minute load average says how much, at the start.
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
  process.stderr.write(`machine: ${JSON.stringify(machine)}${quick ? ' (quick)' : ''}\n`);
  const results: Array<{ benchmark: string; figures: readonly BenchFigure[]; error?: string }> = [];
  const startedAll = performance.now();
  const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
  for (const [i, benchmark] of benchmarks.entries()) {
    const started = performance.now();
    const tag = `[${i + 1}/${benchmarks.length}] ${benchmark.name}`;
    process.stderr.write(`${tag}…\n`);
    let figures: readonly BenchFigure[];
    try {
      figures = await benchmark.run({ quick, progress: (m) => process.stderr.write(`  ${tag} (${elapsed(started)}): ${m}\n`) });
    } catch (error) {
      // One broken benchmark is reported and fails the run, but the others still measure.
      const message = error instanceof Error ? error.stack ?? error.message : String(error);
      process.stdout.write(`${benchmark.name} | FAILED: ${message.split('\n')[0]}\n`);
      process.stderr.write(`  ${tag}: FAILED ${message}\n`);
      process.exitCode = 1;
      results.push({ benchmark: benchmark.name, figures: [], error: message });
      continue;
    }
    process.stderr.write(`  ${tag}: done in ${elapsed(started)}\n`);
    for (const figure of figures) {
      process.stdout.write(`${formatFigure(figure)}\n`);
      for (const note of figure.notes ?? []) process.stdout.write(`    ${note}\n`);
    }
    results.push({ benchmark: benchmark.name, figures });
  }
  process.stderr.write(`all benchmarks: ${elapsed(startedAll)}; load average at the end ${(loadavg()[0] ?? 0).toFixed(1)}\n`);
  if (json !== undefined) {
    const command = `npm run bench --${quick ? ' --quick' : ''} --json ${json}`;
    const seconds = Math.round((performance.now() - startedAll) / 1000);
    const loadAverageAtEnd = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    await writeFile(json, `${JSON.stringify({ machine, loadAverageAtEnd, command, quick, seconds, date: new Date().toISOString(), results }, null, 2)}\n`);
    process.stderr.write(`wrote ${json}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
