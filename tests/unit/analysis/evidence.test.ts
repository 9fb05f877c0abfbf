import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../../src/analysis/evidence.ts';

describe('sentenceAt', () => {
	const text = 'Use a token bucket, e.g. per API key. Then add Node.js middleware! Done?';

	it('returns the whole sentence holding the offset, not split at abbreviations or inner dots', () => {
		expect(sentenceAt(text, text.indexOf('token'))).toBe('Use a token bucket, e.g. per API key.');
		expect(sentenceAt(text, text.indexOf('middleware'))).toBe('Then add Node.js middleware!');
		expect(sentenceAt(text, text.indexOf('Done'))).toBe('Done?');
	});

	it('ends a sentence at a line break even without a full stop', () => {
		const heading = 'A heading without a stop\n\nThe next paragraph.';
		expect(sentenceAt(heading, 3)).toBe('A heading without a stop');
		expect(sentenceAt(heading, heading.indexOf('next'))).toBe('The next paragraph.');
	});

	it('returns nothing past the end of the text', () => {
		expect(sentenceAt(text, text.length + 5)).toBe('');
	});
});
