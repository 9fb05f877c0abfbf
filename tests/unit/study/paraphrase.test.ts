import { describe, expect, it } from 'vitest';
import { words } from '../../../src/study/content-words.ts';
import { contentWords } from '../../../src/study/content-words.ts';
import { compilePattern, ideaCues, matchPattern, paraphrasedIdeas } from '../../../src/study/paraphrase.ts';

const met = (pattern: string, text: string) => matchPattern(words(text), compilePattern(pattern))?.map((word) => text.slice(word.start, word.end));

describe('paraphrase patterns', () => {
	it('match by stem, in order, word after word', () => {
		expect(met('try again', 'we tried again')).toEqual(['tried', 'again']);
		expect(met('try again', 'we try it again')).toBeUndefined();
		expect(met('again try', 'we try again')).toBeUndefined();
	});

	it('let a gap hold up to five words, and no more', () => {
		expect(met('back off … longer each time', 'we back off a bit longer each time')).toEqual(['back', 'off', 'longer', 'each', 'time']);
		expect(met('wait … longer each time', 'wait one two three four five longer each time')).toEqual(['wait', 'longer', 'each', 'time']);
		expect(met('wait … longer each time', 'wait one two three four five six longer each time')).toBeUndefined();
		expect(met('wait ... longer', 'wait much longer')).toEqual(['wait', 'longer']);
	});

	it('let a determiner come between two of their words', () => {
		expect(met('drop low-priority', 'drop the low-priority events')).toEqual(['drop', 'low', 'priority']);
		expect(met('pin versions', 'pin our versions')).toEqual(['pin', 'versions']);
	});

	it('skip no other word, nor a determiner when the pattern holds one itself', () => {
		expect(met('drop low-priority', 'drop all low-priority events')).toBeUndefined();
		expect(met('keep a copy', 'keep the copy')).toBeUndefined();
		expect(met('keep a copy', 'keep a copy')).toEqual(['keep', 'a', 'copy']);
	});

	it('read British and American spellings alike', () => {
		expect(met('randomize how long', 'I randomise how long entries live')).toEqual(['randomise', 'how', 'long']);
		expect(met('centralize … logs', 'we centralised the logs')).toEqual(['centralised', 'logs']);
	});
});

describe('paraphrasedIdeas', () => {
	const pullRequest = { label: 'Pull request', aliases: ['PR'], definition: 'A proposed change that teammates review before it is merged.' };
	const cues = [ideaCues('pull-request', () => pullRequest, new Map())];
	const found = (text: string, minScore: number) => paraphrasedIdeas(contentWords(text), cues, new Set(), undefined, minScore).map((match) => match.conceptId);

	it('asks more of a match made only of definition words, which generic wording shares', () => {
		expect(found('review changes before applying them', 1.5)).toEqual([]);
		expect(found('teammates review each proposed change, then it is merged', 1.5)).toEqual(['pull-request']);
	});

	it('asks no more once a word of the name is among them', () => {
		expect(found('every change goes up as a pull request for review', 1.5)).toEqual(['pull-request']);
	});
});
