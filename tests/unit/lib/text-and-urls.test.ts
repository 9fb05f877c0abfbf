import { describe, expect, it } from 'vitest';
import { countLabel, coverageSummary, escapeHtml, tiersPhrase, truncate } from '../../../src/lib/text.ts';
import { conceptPath, questionPath, topicPath, withBase } from '../../../src/lib/urls.ts';

describe('text for pages', () => {
	it('counts in words', () => {
		expect([countLabel(1, 'question'), countLabel(19, 'question'), countLabel(0, 'concept')]).toEqual(['1 question', '19 questions', '0 concepts']);
	});

	it('names the tiers that mention a concept', () => {
		expect(tiersPhrase(['Great'])).toBe('In the great answer');
		expect(tiersPhrase(['Great', 'Mediocre'])).toBe('In the great and mediocre answers');
		expect(tiersPhrase(['Great', 'Mediocre', 'Poor'])).toBe('In the great, mediocre and poor answers');
	});

	it('summarises coverage', () => {
		expect(coverageSummary('Mediocre', 'Great', 5, 13)).toBe('The mediocre answer covers 5 of the great answer’s 13 concepts.');
		expect(coverageSummary('Poor', 'Mediocre', 1, 1)).toBe('The poor answer covers 1 of the mediocre answer’s 1 concept.');
	});

	it('truncates at a word boundary, or inside a word too long to keep', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('Explain how you would design a rate-limiting system.', 30)).toBe('Explain how you would design…');
		expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
	});

	it('escapes every character that could start markup', () => {
		expect(escapeHtml(`</title><script>alert("x" & 'y')</script>`)).toBe('&#60;/title&#62;&#60;script&#62;alert(&#34;x&#34; &#38; &#39;y&#39;)&#60;/script&#62;');
	});
});

describe('site paths', () => {
	it('prefix paths with the base of a sub-path deploy, with or without its trailing slash', () => {
		expect(withBase('/questions/x/', '/guide/')).toBe('/guide/questions/x/');
		expect(withBase('/questions/x/', '/guide')).toBe('/guide/questions/x/');
		expect(withBase('/', '/')).toBe('/');
	});

	it('name the pages of questions, concepts and topics', () => {
		expect([questionPath('rate-limiting'), conceptPath('token-bucket'), topicPath('apis')]).toEqual(['/questions/rate-limiting/', '/concepts/token-bucket/', '/topics/apis/']);
	});
});
