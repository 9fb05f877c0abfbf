import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/analysis/matcher.ts';
import { greatOnlyTerms, MAX_QUESTIONS_PER_TERM, specificTerms, zipf } from '../../../src/analysis/terms.ts';

const matcher = compileMatcher([{ id: 'object-storage', label: 'Object storage', aliases: [] }]);
const texts = (text: string) => specificTerms(text, matcher).map((term) => term.text);
const question = (great: string, mediocre = 'We store it.', title = 'How would you handle uploads?') => ({ title, great, mediocre });

describe('zipf', () => {
	it('rates everyday words common and technical words rare, a hyphenated word by its rarest part', () => {
		expect(zipf('the')).toBeGreaterThan(6);
		expect(zipf('presigned')).toBe(0);
		expect(zipf('pre-commit')).toBe(Math.min(zipf('pre'), zipf('commit')));
	});
});

describe('specificTerms', () => {
	it('finds rare noun phrases, acronyms and product names, with their offsets and sentence', () => {
		const text = 'The client gets a presigned URL. We sign mail with DKIM and keep keys in HashiCorp Vault.';
		const terms = specificTerms(text, matcher);
		expect(terms.map((term) => term.text)).toEqual(expect.arrayContaining(['presigned URL', 'DKIM', 'HashiCorp Vault']));
		const dkim = terms.find((term) => term.text === 'DKIM')!;
		expect(text.slice(dkim.start, dkim.end)).toBe('DKIM');
		expect(dkim.evidence).toBe('We sign mail with DKIM and keep keys in HashiCorp Vault.');
	});

	it('keeps a hyphenated compound whole', () => {
		expect(texts('Keys are caught by a pre-commit hook.')).toContain('pre-commit hook');
	});

	it('drops evaluative prose: adjectives over plain nouns, abstract nouns, single ordinary words', () => {
		const found = texts('A multi-layered approach gives theoretical correctness and improves compatibility for simpler domains and endpoints.');
		for (const prose of ['theoretical correctness', 'compatibility', 'endpoints', 'simpler domains']) expect(found).not.toContain(prose);
	});

	it('trims leading common modifiers', () => {
		expect(texts('We use a good HashiCorp Vault setup.').some((term) => term.startsWith('good'))).toBe(false);
	});

	it('leaves out what a glossary concept already names', () => {
		expect(texts('Files go to object storage.')).toEqual([]);
	});
});

describe('greatOnlyTerms', () => {
	it('lists terms the mediocre answer does not state, rarest first', () => {
		const [terms] = greatOnlyTerms([question('Upload with a presigned URL, then run a virus scan with ClamAV.', 'We run a virus scan.')], matcher);
		const listed = terms!.map((term) => term.text);
		expect(listed).toContain('presigned URL');
		expect(listed).toContain('ClamAV');
		expect(listed.some((term) => /virus/.test(term))).toBe(false);
	});

	it('treats the same head noun with a shared modifier as stated', () => {
		const [terms] = greatOnlyTerms([question('Clients resume a multipart upload session.', 'We support multipart uploads.')], matcher);
		expect(terms!.map((term) => term.text)).not.toContain('multipart upload session');
	});

	it('does not list a term that only echoes the question title', () => {
		const [terms] = greatOnlyTerms([question('WebSocket gateways hold the connections.', 'We use servers.', 'How would you scale WebSocket gateways?')], matcher);
		expect(terms!.map((term) => term.text)).not.toContain('WebSocket gateways');
	});

	it(`drops terms that more than ${MAX_QUESTIONS_PER_TERM} questions state: the guide's vocabulary, not a separator`, () => {
		const many = Array.from({ length: MAX_QUESTIONS_PER_TERM + 1 }, () => question('We call Kafka from a presigned URL.'));
		for (const terms of greatOnlyTerms(many, matcher)) expect(terms.map((term) => term.text)).not.toContain('Kafka');
		const few = greatOnlyTerms(many.slice(0, MAX_QUESTIONS_PER_TERM), matcher);
		expect(few[0]!.map((term) => term.text)).toContain('Kafka');
	});
});
