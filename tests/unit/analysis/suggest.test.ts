import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileMatcher } from '../../../src/analysis/matcher.ts';
import { conceptId, glossaryEntry, suggestConcepts } from '../../../src/analysis/suggest.ts';

const matcher = compileMatcher([{ id: 'caching', label: 'Caching', aliases: ['cache'] }]);
const questions = [
	{ great: 'We ship traces with OTLP to Honeycomb and upload through a presigned URL.', mediocre: 'We cache it.' },
	{ great: 'Clients get presigned URLs from the API.', mediocre: 'Traces go out with OTLP.', poor: 'Nothing.' },
	{ great: 'A cache sits in front of the service.' },
];

describe('suggestConcepts', () => {
	it('proposes terms that several questions use, in any tier, and no concept covers', () => {
		const suggested = suggestConcepts(questions, matcher);
		expect(suggested.map((suggestion) => suggestion.term)).toEqual(['OTLP', 'Presigned URL']);
		expect(suggested[1]).toMatchObject({ id: 'presigned-url', questions: 2, count: 2 });
		expect(suggested[1]!.example).toBe('We ship traces with OTLP to Honeycomb and upload through a presigned URL.');
	});

	it("lists one question's terms when asked for one question", () => {
		expect(suggestConcepts(questions.slice(0, 1), matcher, 1).map((suggestion) => suggestion.term)).toEqual(
			expect.arrayContaining(['OTLP', 'Honeycomb', 'Presigned URL']),
		);
	});
});

describe('glossaryEntry', () => {
	it('writes a YAML entry with the id and label, and an empty definition for a person to write', () => {
		const [, presigned] = suggestConcepts(questions, matcher);
		const [entry] = parse(glossaryEntry(presigned!)) as Record<string, unknown>[];
		expect(entry).toEqual({ id: 'presigned-url', label: 'Presigned URL', aliases: [], definition: '' });
	});

	it('makes ids of lower-case words joined by hyphens', () => {
		expect(conceptId('Row-level security (Postgres)')).toBe('row-level-security-postgres');
		expect(conceptId('Café API')).toBe('cafe-api');
	});
});
