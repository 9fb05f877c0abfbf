import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../../src/analysis/evidence.ts';

describe('sentenceAt', () => {
	const text = 'Use a token bucket, e.g. per API key. Then add Node.js middleware! Done?';

	it('returns the whole sentence holding the offset, not split at abbreviations or inner dots', () => {
		expect(sentenceAt(text, text.indexOf('token'))).toBe('Use a token bucket, e.g. per API key.');
		expect(sentenceAt(text, text.indexOf('middleware'))).toBe('Then add Node.js middleware!');
		expect(sentenceAt(text, text.indexOf('Done'))).toBe('Done?');
	});

	it('returns nothing past the end of the text', () => {
		expect(sentenceAt(text, text.length + 5)).toBe('');
	});
});
