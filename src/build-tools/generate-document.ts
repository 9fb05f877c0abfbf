/**
 * Generated question documents for the benchmark and the importer's scale tests: N questions in the
 * seed's plain-text form, made by recombining and varying the seed's own answers, so that search
 * and concept matching work on real words. Question i is the same whatever N is, so that two
 * documents of different sizes share their first questions exactly.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, renderDocument, type DocumentQuestion } from '../importer/parse-document.ts';
import { parseQuestionFile, serializeQuestionFile, type QuestionFrontmatter } from '../questions/question-file.ts';
import { TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';

const ROOT = new URL('../../', import.meta.url);
export const SEED_DOCUMENT = new URL('../shared/seeds/000_d710c2abce48546a.txt', ROOT);
export const GENERATED_TITLE = 'Generated Interview Questions';

/** Where a question is asked: varied phrases that make every question text distinct. */
const SETTINGS = [
	'a payments platform', 'an online marketplace', 'a healthcare records system', 'a ride-sharing app',
	'a video streaming service', 'a banking core system', 'a logistics tracker', 'a social network',
	'a multiplayer game backend', 'an IoT telemetry pipeline', 'a news website', 'an e-commerce checkout',
	'a hotel booking site', 'a SaaS analytics product', 'a learning platform', 'a travel search engine',
	'an ad-serving system', 'a chat application', 'a food delivery service', 'an insurance claims system',
	'a government portal', 'a music catalogue', 'a recruiting platform', 'a crypto exchange',
	'a document collaboration tool', 'a CRM product', 'a ticketing system', 'a fleet management service',
	'a fitness tracking app', 'a real-estate listing site', 'an email delivery service', 'a photo sharing app',
];
const CONSTRAINTS = [
	'run by a small team', 'with strict latency targets', 'that is growing fast', 'under heavy regulation',
	'with a legacy codebase', 'serving millions of users', 'with a tight budget', 'spread across regions',
	'with seasonal traffic spikes', 'in its first year', 'moving to the cloud', 'after a major outage',
];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentences(text: string): string[] {
	return text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?])\s+(?=[A-Z"“])/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

export interface Seed {
	questions: DocumentQuestion[];
	/** Every sentence of each tier, across all seed answers. */
	pool: Record<Tier, string[]>;
}

export async function readSeed(): Promise<Seed> {
	const { questions } = parseDocument(await readFile(SEED_DOCUMENT, 'utf8'), 'seed');
	const pool = Object.fromEntries(TIERS.map((tier) => [tier, questions.flatMap((question) => sentences(question.tiers[tier]))])) as Record<Tier, string[]>;
	return { questions, pool };
}

/** Question `index` (0-based) of any generated document. */
export function generatedQuestion(seed: Seed, index: number): Omit<DocumentQuestion, 'line'> & { seedPosition: number } {
	const base = seed.questions[index % seed.questions.length]!;
	const round = Math.floor(index / seed.questions.length);
	const next = random(index * 7919 + 17);
	const setting = SETTINGS[(round + index) % SETTINGS.length]!;
	const constraint = CONSTRAINTS[Math.floor(round / SETTINGS.length + index) % CONSTRAINTS.length]!;
	const stem = base.question.replace(/[?.!]+$/, '');
	const ending = /\?$/.test(base.question) ? '?' : '.';
	const question = `${stem}, for ${setting} ${constraint}${ending}`;
	const tiers = {} as TierTexts;
	for (const tier of TIERS) {
		// Keep the answer's first sentence (it names the subject), then mix in sentences that other
		// answers of the same tier give, in a varied order.
		const own = sentences(base.tiers[tier]);
		const mixed = own.map((sentence, position) => {
			if (position === 0 || next() < 0.5) return sentence;
			return seed.pool[tier][Math.floor(next() * seed.pool[tier].length)]!;
		});
		const [first, ...rest] = mixed;
		rest.sort(() => next() - 0.5);
		if (next() < 0.5) rest.push(seed.pool[tier][Math.floor(next() * seed.pool[tier].length)]!);
		tiers[tier] = [first, ...rest].join(' ');
	}
	return { position: index + 1, question, tiers, seedPosition: base.position };
}

/** A document of `count` generated questions in the seed's plain-text form. */
export function generateDocument(seed: Seed, count: number): string {
	const questions = Array.from({ length: count }, (_, index) => generatedQuestion(seed, index));
	return `${renderDocument({ title: GENERATED_TITLE, questions })}Last updated: generated\n`;
}

/**
 * Gives imported questions the topics of the seed question they vary, as a person curating the
 * guide would (the importer leaves topics empty).
 */
export async function curateTopics(seed: Seed, folder: string, seedQuestions: URL = new URL('content/questions/', ROOT)): Promise<void> {
	const topicsByPosition = new Map<number, string[]>();
	for (const name of await readdir(seedQuestions)) {
		const { frontmatter } = parseQuestionFile(await readFile(new URL(name, seedQuestions), 'utf8'));
		topicsByPosition.set((frontmatter.source as { position: number }).position, frontmatter.topics as string[]);
	}
	for (const name of (await readdir(folder)).filter((file) => file.endsWith('.md'))) {
		const path = join(folder, name);
		const { frontmatter, tiers } = parseQuestionFile(await readFile(path, 'utf8'));
		const position = (frontmatter.source as { position: number }).position;
		const seedPosition = seed.questions[(position - 1) % seed.questions.length]!.position;
		const curated = { ...frontmatter, topics: topicsByPosition.get(seedPosition) ?? [] } as QuestionFrontmatter;
		await writeFile(path, serializeQuestionFile({ frontmatter: curated, tiers: tiers as TierTexts }));
	}
}

/** Writes a generated document of `count` questions to `path`. */
export async function writeGeneratedDocument(path: string, count: number, seed?: Seed): Promise<void> {
	await writeFile(path, generateDocument(seed ?? (await readSeed()), count));
}
