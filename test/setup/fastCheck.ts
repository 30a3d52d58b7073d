// Every property test draws the same inputs on every run, so a red CI run can be replayed and no
// run goes red by the luck of the draw. fast-check prints the seed (and the path of the shrunk
// counterexample) with every failure; FC_SEED=<number> replays that draw, FC_SEED=random explores
// new ones (e.g. `FC_SEED=random npx vitest run test/core`).
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_201;

function seedFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') return (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or «random», not «${value}»`);
  return seed;
}

const seed = seedFromEnv(process.env.FC_SEED);
if (process.env.FC_SEED === 'random') console.info(`fast-check seed: ${seed}`);
fc.configureGlobal({ seed });
