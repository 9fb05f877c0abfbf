/**
 * Generates documents in every accepted variant (question and label styles, separators, tier order,
 * indentation, wrapped questions, section headings, quoted and unquoted answers with hard-wrapped
 * lines, paragraphs and lists) and checks that parse → store → read gives back the exact text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/importer/parse-document.ts';
import { planImport } from '../../../src/importer/plan-import.ts';
import { parseQuestionFile } from '../../../src/questions/question-file.ts';
import { TIER_LABELS, TIERS, type Tier } from '../../../src/questions/tiers.ts';

/** Words that can start a line without being read as a label, a list or a heading. */
const WORDS = ['cache', 'queue', 'token', 'bucket', 'retry', 'shard', 'naïve', '漢字', 'API', '/api/v1/resource', 'x<y', 'a&b', '*star*', '_under_', '`tick`', '[link]', '(paren)', 'it’s', '50%', 'C#', 'e.g.', '1.5', '<script>', '\\back'];
const PUNCTUATION = ['', '', '', ',', ';', ')', '.', ':', '—'];
const word = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)).map(([text, mark]) => text + mark);
const words = fc.array(word, { minLength: 1, maxLength: 12 });

type Paragraph = { kind: 'prose'; words: string[] } | { kind: 'list'; marker: 'bullet' | 'number'; items: string[][] };
const paragraph = (numbered: boolean): fc.Arbitrary<Paragraph> =>
	fc.oneof(
		words.map((prose) => ({ kind: 'prose' as const, words: prose })),
		fc.record({
			kind: fc.constant('list' as const),
			marker: numbered ? fc.constantFrom('bullet' as const, 'number' as const) : fc.constant('bullet' as const),
			items: fc.array(words, { minLength: 1, maxLength: 3 }),
		}),
	);
/** Every paragraph and list item ends a sentence, so none reads as a section heading. */
const sentence = (parts: string[]) => `${parts.join(' ')}.`;
const answer = (quoted: boolean) =>
	fc.record({ quoted: fc.constant(quoted), paragraphs: fc.array(paragraph(quoted), { minLength: 1, maxLength: 3 }) });
type Answer = { quoted: boolean; paragraphs: Paragraph[] };

function answerText({ paragraphs }: Answer): string {
	return paragraphs
		.map((entry) =>
			entry.kind === 'prose'
				? sentence(entry.words)
				: entry.items.map((item, index) => `${entry.marker === 'bullet' ? '-' : `${index + 1}.`} ${sentence(item)}`).join('\n'),
		)
		.join('\n\n');
}

/** Hard-wraps text at spaces, at break points chosen by `breaks`. */
function wrap(text: string, breaks: boolean[]): string[] {
	const pieces = text.split(' ');
	const lines = [pieces[0]!];
	pieces.slice(1).forEach((piece, index) => {
		const afterMarker = index === 0 && /^(?:-|\d+\.)$/.test(pieces[0]!);
		if (breaks[index % breaks.length] && !afterMarker && !/^[)\]}.,;:!?]/.test(piece)) lines.push(piece);
		else lines[lines.length - 1] += ` ${piece}`;
	});
	return lines;
}

const QUESTION_STYLES = [(n: number, q: string) => `${n}. ${q}`, (n: number, q: string) => `### ${n}. ${q}`, (n: number, q: string) => `**${n}. ${q}**`, (n: number, q: string) => `Q${n}. ${q}`, (n: number, q: string) => `Q${n}: ${q}`, (n: number, q: string) => `${n}) ${q}`];
const LABEL_STYLES = [(l: string) => `${l} Response:`, (l: string) => `**${l} Response:**`, (l: string) => `- ${l} Response:`, (l: string) => `${l} Response –`, (l: string) => `${l} Response —`, (l: string) => `${l}\u00A0Answer:`, (l: string) => `**${l} Response**:`];

const variant = fc.record({
	questionStyle: fc.nat(QUESTION_STYLES.length - 1),
	labelStyle: fc.nat(LABEL_STYLES.length - 1),
	order: fc.shuffledSubarray([...TIERS], { minLength: 3, maxLength: 3 }),
	indent: fc.constantFrom('', '  ', '\t'),
	breaks: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
	wrapQuestion: fc.boolean(),
	heading: fc.option(fc.tuple(fc.constantFrom('Backend', 'Data Stores', 'APIs'), fc.boolean()), { nil: undefined }),
});
const questionArbitrary = fc.record({
	question: words.map((parts) => `${parts.join(' ')}?`),
	tiers: fc.record({ great: fc.boolean().chain(answer), mediocre: fc.boolean().chain(answer), poor: fc.boolean().chain(answer) }),
	variant,
});

function render(title: string, questions: (typeof questionArbitrary extends fc.Arbitrary<infer T> ? T : never)[]) {
	const lines = [title, ''];
	questions.forEach(({ question, tiers, variant: style }, index) => {
		// Before the first question only a Markdown heading is a section: a plain line there is refused.
		if (style.heading) lines.push('', style.heading[1] || index === 0 ? `## ${style.heading[0]}` : style.heading[0], '');
		const [first, ...rest] = style.wrapQuestion ? wrap(question, [true]) : [question];
		lines.push(style.indent + QUESTION_STYLES[style.questionStyle]!(index + 1, first!));
		if (rest.length) lines.push(style.indent + rest.join(' '));
		for (const tier of style.order as Tier[]) {
			const text = answerText(tiers[tier]);
			const body = text.split('\n\n').map((block) => block.split('\n').flatMap((line) => wrap(line, style.breaks)));
			const quote = tiers[tier].quoted ? '"' : '';
			const answerLines = body.flatMap((block, at) => (at === 0 ? block : ['', ...block]));
			answerLines[0] = `${quote}${answerLines[0]}`;
			answerLines[answerLines.length - 1] += quote;
			lines.push(`${style.indent}${LABEL_STYLES[style.labelStyle]!(TIER_LABELS[tier])} ${answerLines[0]}`, ...answerLines.slice(1).map((line) => (line === '' ? '' : style.indent + line)));
		}
	});
	lines.push('', 'Last updated: today');
	return lines.join('\n');
}

describe('documents in every accepted variant', () => {
	it('parse → store → read returns the exact question and answer text', () => {
		fc.assert(
			fc.property(fc.array(questionArbitrary, { minLength: 1, maxLength: 3 }), (questions) => {
				const text = render('Property Guide', questions);
				const document = parseDocument(text, 'x');
				expect(document.title).toBe('Property Guide');
				expect(document.questions.map((entry) => entry.question)).toEqual(questions.map((entry) => entry.question));
				let section: string | undefined;
				const stored = planImport(document, []).writes.map((write) => parseQuestionFile(write.content));
				questions.forEach((entry, index) => {
					section = entry.variant.heading?.[0] ?? section;
					const expected = Object.fromEntries(TIERS.map((tier) => [tier, answerText(entry.tiers[tier])]));
					expect(document.questions[index]!.tiers).toEqual(expected);
					expect(document.questions[index]!.section).toBe(section);
					expect(stored[index]!.tiers).toEqual(expected);
					expect(stored[index]!.frontmatter.question).toBe(entry.question);
				});
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
		);
	}, 30_000);
});
