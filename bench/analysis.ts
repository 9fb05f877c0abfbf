/**
 * `npm run bench:analysis [-- --questions 1000]`
 *
 * The build-time concept analysis alone, as the site runs it (src/lib/guide-model.ts): every
 * question's concepts and comparisons, then the open-vocabulary terms over the whole guide, on N
 * questions generated from the seed. Prints each part's wall time, the process's CPU time (steadier
 * on a busy machine, where wall time mostly measures waiting for a core) and the load average. The
 * target is under 5 s for 1,000.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeQuestion, createAnalysisContext, mentionsOf } from '../src/analysis/compare.ts';
import { loadGlossary } from '../src/analysis/glossary-files.ts';
import { greatOnlyTerms } from '../src/analysis/terms.ts';
import { PROJECT_ROOT } from '../src/build-tools/site.ts';
import { generatedQuestion, readSeed } from '../src/build-tools/generate-document.ts';

const { values } = parseArgs({ args: process.argv.slice(2), options: { questions: { type: 'string', default: '1000' } } });
const count = Number(values.questions);
if (!Number.isInteger(count) || count < 1) throw new Error(`--questions: expected a whole number such as 1000, got "${values.questions}"`);

const seed = await readSeed();
const questions = Array.from({ length: count }, (_, index) => generatedQuestion(seed, index));
const glossaryStart = performance.now();
const context = createAnalysisContext(await loadGlossary(join(PROJECT_ROOT, 'content/concepts')));
const glossaryMs = performance.now() - glossaryStart;

const cpuStart = process.cpuUsage();
const conceptsStart = performance.now();
const analyses = questions.map((question) => analyzeQuestion(question.tiers, context, {}, question.question));
const conceptsMs = performance.now() - conceptsStart;
const conceptsCpu = process.cpuUsage(cpuStart);

const termsStart = performance.now();
const terms = greatOnlyTerms(
	questions.map((question, index) => ({
		title: question.question,
		great: question.tiers.great,
		mediocre: question.tiers.mediocre,
		conceptSeparators: analyses[index]!.greatVsMediocre.betterOnly.length,
		mentions: { great: mentionsOf(analyses[index]!.tiers.great), mediocre: mentionsOf(analyses[index]!.tiers.mediocre) },
	})),
	context.matcher,
);
const termsMs = performance.now() - termsStart;
const totalCpu = process.cpuUsage(cpuStart);
const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;

const [oneMinute, fiveMinutes] = loadavg();
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Analysis of ${count} questions: ${seconds(conceptsMs + termsMs)} wall (concepts ${seconds(conceptsMs)}, terms ${seconds(termsMs)}); glossary load ${seconds(glossaryMs)}.`);
console.log(`CPU time: ${seconds(cpuMs(totalCpu))} (concepts ${seconds(cpuMs(conceptsCpu))}, terms ${seconds(cpuMs(totalCpu) - cpuMs(conceptsCpu))}).`);
console.log(`Terms listed: ${terms.reduce((sum, list) => sum + list.length, 0)}. Load average while measuring: ${oneMinute!.toFixed(2)} (1 min), ${fiveMinutes!.toFixed(2)} (5 min).`);
