/**
 * Whole cases through the workflow (issue 8 §4): accept → review → parallel step (two departments, 会签 join
 * all) → decide → concluded, through the service layer with every step its own transaction on SQLite and
 * PostgreSQL (bench/workflow/service-run.ts), beside bpmn-engine running the same flow as BPMN in memory with
 * its user tasks signalled at once (bench/workflow/bpmn-peer.ts). The sides take turns, in rounds, so that the
 * machine's other load falls on both; the median round counts.
 */
import type { DialectName } from '../src/store/dialects/dialect.js';
import type { Benchmark, BenchFigure } from './run.js';
import { benchDialects, createBenchDatabase, DIALECT_NAMES, type BenchDatabase } from './support/databases.js';
import { preparedPermitSource, runPermitCase } from './workflow/bpmn-peer.js';
import { buildWorkflowScene, submitApplications, workCase, type WorkflowScene } from './workflow/service-run.js';

/** Cases worked at once: a department works many cases side by side. */
const IN_FLIGHT = 8;

/** Runs `count` jobs, `IN_FLIGHT` at a time; cases per second. */
async function casesPerSecond(count: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < count) await work(next++);
  }));
  return count / ((performance.now() - started) / 1000);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const workflowBench: Benchmark = {
  name: 'workflow',
  async run(ctx) {
    const rounds = ctx.quick ? 1 : 3;
    const perRound = ctx.quick ? 40 : 150;
    const peerPerRound = ctx.quick ? 200 : 1_000;
    const sides: { dialect: DialectName; db: BenchDatabase; scene: WorkflowScene; ids: string[]; rates: number[] }[] = [];
    try {
      for (const dialect of await benchDialects()) {
        ctx.progress(`${DIALECT_NAMES[dialect]}: demo seed, bench item, ${(rounds * perRound + IN_FLIGHT).toLocaleString('en-US')} applications`);
        const db = await createBenchDatabase(dialect, 'workflow');
        const scene = await buildWorkflowScene(db.url, db.dir).catch(async (error: unknown) => {
          await db.drop();
          throw error;
        });
        sides.push({ dialect, db, scene, ids: [], rates: [] });
        sides.at(-1)?.ids.push(...await submitApplications(scene, rounds * perRound + IN_FLIGHT));
      }
      const source = { sourceContext: await preparedPermitSource() };
      const peerRates: number[] = [];
      for (const side of sides) await casesPerSecond(IN_FLIGHT, (i) => workCase(side.scene, side.ids[i] as string));
      await casesPerSecond(100, (i) => runPermitCase(`warm-${i}`, source).then(() => undefined));
      for (let round = 0; round < rounds; round++) {
        for (const side of sides) {
          const first = IN_FLIGHT + round * perRound;
          side.rates.push(await casesPerSecond(perRound, (i) => workCase(side.scene, side.ids[first + i] as string)));
          ctx.progress(`round ${round + 1}: ${DIALECT_NAMES[side.dialect]} ${Math.round(side.rates.at(-1) ?? 0)} cases/s`);
        }
        peerRates.push(await casesPerSecond(peerPerRound, async (i) => {
          if ((await runPermitCase(`case-${round}-${i}`, source)) !== 4) throw new Error('bpmn-engine did not signal four user tasks');
        }));
        ctx.progress(`round ${round + 1}: bpmn-engine ${Math.round(peerRates.at(-1) ?? 0)} cases/s`);
      }
      const peer = median(peerRates);
      return sides.map((side): BenchFigure => {
        const ours = median(side.rates);
        return {
          name: `whole cases accept → review → parallel (2 branches, all) → decide → granted, ${DIALECT_NAMES[side.dialect]}, ${IN_FLIGHT} in flight`,
          unit: 'cases/s', ours: Math.round(ours * 10) / 10, peer: 'bpmn-engine in memory', peerValue: Math.round(peer * 10) / 10, ratio: ours / peer,
          ratioText: `${(ours / peer).toFixed(2)}× bpmn-engine`, target: '≥ 1× bpmn-engine', met: ours >= peer,
          notes: [`median of ${rounds} round(s): ours ${side.rates.map(Math.round).join(', ')}; bpmn-engine ${peerRates.map(Math.round).join(', ')} cases/s; ${perRound} cases per round, 5 transactions each`],
        };
      });
    } finally {
      for (const side of sides) {
        await side.scene.store.close();
        await side.db.drop();
      }
    }
  },
};

/** The workflow benchmark, run by bench/run.ts. */
export default [workflowBench] satisfies readonly Benchmark[];
