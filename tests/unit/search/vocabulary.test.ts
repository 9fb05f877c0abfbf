import { describe, expect, it } from 'vitest';
import { searchOptions, searchWordsPath } from '../../../src/search/options.ts';
import { searchWords, Vocabulary } from '../../../src/search/vocabulary.ts';

const vocabulary = new Vocabulary(
	searchWords([
		'Every run logs parameters to MLflow so you can track experiments and experiment results.',
		'Certificates expire, so rotate every certificate before it does. Replication lag, replication slots.',
		'Parsing the payload: the parser rejects messages it cannot parse.',
	]),
);

describe('searchWords', () => {
	it('gives each word once, most frequent first, leaving out short words and numbers', () => {
		const words = searchWords(['Replication lag and replication slots: 2024 logs.', 'Lag.']);
		expect(words[0]).toBe('replication');
		expect(words).toEqual(expect.arrayContaining(['slots', 'logs']));
		expect(words).not.toContain('lag');
		expect(words).not.toContain('2024');
		expect(new Set(words).size).toBe(words.length);
	});
});

describe('Vocabulary.spell', () => {
	it('corrects a misspelt word to the closest word of the guide', () => {
		expect(vocabulary.spell('replciation')).toBe('replication');
		expect(vocabulary.spell('certifcate')).toBe('certificate');
	});
	it('corrects a word Pagefind would match only through a shorter stem ("expirement" is not "expire")', () => {
		expect(vocabulary.spell('expirement')).toBe('experiment');
	});
	it('keeps words of the guide, the start of one being typed, and other forms of one', () => {
		expect(vocabulary.spell('experiments')).toBe('experiments');
		expect(vocabulary.spell('certif')).toBe('certif');
		expect(vocabulary.spell('rotated')).toBe('rotated');
		expect(vocabulary.spell('parses')).toBe('parses');
	});
	it('keeps short words, acronyms and words with digits or inner punctuation as typed', () => {
		expect(vocabulary.spell('mTLS')).toBe('mTLS');
		expect(vocabulary.spell('X.509')).toBe('X.509');
		expect(vocabulary.spell('p99ms')).toBe('p99ms');
		expect(vocabulary.spell('inter-annotator')).toBe('inter-annotator');
	});
	it('gives nothing for a word no page holds and none is close to', () => {
		expect(vocabulary.spell('kubernetes')).toBeUndefined();
	});
});

describe('Vocabulary.searchFor', () => {
	it('spells each word, and leaves out one that no page holds while another word is left', () => {
		expect(vocabulary.searchFor('how do you do expirement tracking')).toBe('experiment tracking');
		expect(vocabulary.spellTerm('kubernetes certificate rotation')).toBe('certificate rotation');
		expect(vocabulary.spellTerm('kubernetes')).toBe('kubernetes');
	});
	it('is what the search dialog sends once the words have loaded', () => {
		let loaded: Vocabulary | undefined;
		const options = searchOptions('/', () => loaded);
		expect(options.processTerm('how do you fix replciation lag')).toBe('how do you fix replciation lag');
		loaded = vocabulary;
		expect(options.processTerm('how do you fix replciation lag')).toBe('replication lag');
	});
	it('fetches the words from the second index under the base', () => {
		expect(searchWordsPath('/interview-guide/')).toBe('/interview-guide/pagefind-concepts/words.json');
	});
});
