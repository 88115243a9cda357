// Benchmark: score an assessment of 10,000 respondents × 32 characteristics (npm run bench).
// Writes the figures to bench/RESULTS.md. Run with --expose-gc for the heap figures.
import {
  parseAssessmentText,
  scoreAssessment,
  standardStakeholderGroupIds,
  validateAssessment,
} from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { writeSection } from './results-file.js';

const respondentCount = Number(process.env.BENCH_RESPONDENTS ?? 10_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 30);
const targetMs = 100;
const gc = globalThis.gc ?? (() => {});

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

async function timedAsync(fn) {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { min: sorted[0], median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// A deterministic assessment: levels around a per-characteristic profile, 6 groups, ~3 % unknown.
function generate(model) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const groups = standardStakeholderGroupIds;
  const profile = model.characteristics.map(() => 1 + Math.floor(random() * 4));
  const respondents = [];
  for (let r = 0; r < respondentCount; r++) {
    const ratings = {};
    model.characteristics.forEach((c, i) => {
      const current = Math.max(
        1,
        Math.min(5, (profile[i] ?? 2) + Math.round((random() - 0.5) * 2)),
      );
      const target = Math.min(5, current + Math.floor(random() * 3));
      ratings[c.id] = random() < 0.03 ? { current: 'unknown', target } : { current, target };
    });
    respondents.push({ id: `r${r}`, group: groups[r % groups.length], ratings });
  }
  return {
    format: 'citymaturity/assessment@1',
    model: 'mmssc',
    city: { name: '基准市', name_en: 'Benchmark City' },
    method: 'multi-stakeholder',
    date: '2026-11-21',
    respondents,
  };
}

const packLoad = await timedAsync(() => loadBundledPacks());
const { mmssc, scom } = packLoad.value;
const model = indexMaturityModel(mmssc);
const assessment = generate(model);
const models = new Map([['mmssc', model]]);

// Warm up, then measure scoring alone.
for (let i = 0; i < 5; i++)
  scoreAssessment(assessment, model, { operatingModel: scom, minGroupSize: 3 });
const samples = [];
gc();
const heapBefore = process.memoryUsage().heapUsed;
let peakHeapDelta = 0;
for (let i = 0; i < iterations; i++) {
  const { ms } = timed(() =>
    scoreAssessment(assessment, model, { operatingModel: scom, minGroupSize: 3 }),
  );
  samples.push(ms);
  peakHeapDelta = Math.max(peakHeapDelta, process.memoryUsage().heapUsed - heapBefore);
}
const score = stats(samples);

const validation = timed(() => validateAssessment(assessment, { models }));
const json = JSON.stringify(assessment);
const yamlText = stringify(assessment);
const jsonParse = timed(() => parseAssessmentText(json, { models }));
const yamlParse = timed(() => parseAssessmentText(yamlText, { models }));
if (!validation.value.ok || !jsonParse.value.ok || !yamlParse.value.ok)
  throw new Error('benchmark assessment failed validation');
gc();
const rss = process.memoryUsage().rss;

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const verdict =
  score.median <= targetMs
    ? `meets the target (≤ ${targetMs} ms)`
    : `MISSES the target (≤ ${targetMs} ms)`;
const lines = [
  '## Scoring (`bench/score-bench.js`)',
  '',
  `- Date: ${new Date().toISOString().slice(0, 19)}Z`,
  `- Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; Node ${process.version}`,
  `- Assessment: ${respondentCount.toLocaleString('en')} respondents × ${model.characteristics.length} characteristics × 2 measures (current, target), 6 stakeholder groups, ~3 % "unknown"`,
  '',
  `### \`scoreAssessment\` (statistics, roll-ups, group statistics, divergence, Krippendorff's alpha, priorities with guidance)`,
  '',
  '| runs | min | median | p95 | max | heap growth during the runs |',
  '| --- | --- | --- | --- | --- | --- |',
  `| ${iterations} | ${fmt(score.min)} | ${fmt(score.median)} | ${fmt(score.p95)} | ${fmt(score.max)} | ${mb(peakHeapDelta)} |`,
  '',
  `Median ${fmt(score.median)}: ${verdict}.`,
  '',
  '### Around scoring (single runs, for context)',
  '',
  '| step | time |',
  '| --- | --- |',
  `| load and validate both bundled packs (YAML, zod, integrity) | ${fmt(packLoad.ms)} |`,
  `| validate the assessment object (zod + model checks) | ${fmt(validation.ms)} |`,
  `| parse + validate the assessment from JSON text (${mb(json.length)}) | ${fmt(jsonParse.ms)} |`,
  `| parse + validate the assessment from YAML text (${mb(yamlText.length)}) | ${fmt(yamlParse.ms)} |`,
  '',
  `Process RSS at the end: ${mb(rss)}.`,
  '',
];
await writeSection('score', lines.join('\n'));
console.log(lines.join('\n'));
