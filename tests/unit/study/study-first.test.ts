import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { studyFirstBootScript, STUDY_FIRST_KEY } from '../../../src/study/study-first.ts';

describe('study-first mode, applied before first paint', () => {
	const run = (stored: string | null, hash: string, storageThrows = false) => {
		const classes = new Set<string>();
		const localStorage = {
			getItem: (key: string) => {
				if (storageThrows) throw new Error('denied');
				return key === STUDY_FIRST_KEY ? stored : null;
			},
		};
		const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
		runInNewContext(studyFirstBootScript(), { localStorage, location: { hash }, document });
		return classes.has('study-first');
	};

	it('hides the answers only when chosen', () => {
		expect(run(null, '')).toBe(false);
		expect(run('off', '')).toBe(false);
		expect(run('on', '')).toBe(true);
		expect(run('on', '#what-separates')).toBe(true);
		expect(run('on', '#greatness')).toBe(true);
	});

	it('never hides them for a link into them: a tier or a mention', () => {
		for (const hash of ['#great', '#mediocre', '#poor', '#great-token-bucket', '#mediocre-retries-2']) {
			expect(run('on', hash)).toBe(false);
		}
	});

	it('leaves the answers shown when the browser refuses storage', () => {
		expect(run('on', '', true)).toBe(false);
	});
});
