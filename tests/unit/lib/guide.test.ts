import { describe, expect, it } from 'vitest';
import { buildSidebar, groupBy, primaryTopic, type QuestionSummary } from '../../../src/lib/guide.ts';
import { truncate } from '../../../src/lib/text.ts';
import { withBase } from '../../../src/lib/urls.ts';

const question = (number: number, topics: string[], document = 'Doc'): QuestionSummary => ({
	number,
	slug: `q${number}`,
	question: `Question ${number}?`,
	topics,
	source: { document },
});

const questions = [question(3, ['Data']), question(1, ['APIs', 'Data']), question(2, []), question(4, ['APIs'], 'Second')];

describe('arranging questions', () => {
	it('groups by primary topic in number order, untopiced questions under "Other"', () => {
		expect(groupBy(questions, primaryTopic).map(({ name, questions: members }) => [name, members.map((q) => q.number)])).toEqual([
			['APIs', [1, 4]],
			['Other', [2]],
			['Data', [3]],
		]);
	});

	it('builds a sidebar with only the current page’s group expanded, under the base path', () => {
		const base = (path: string) => withBase(path, '/guide/');
		const sidebar = buildSidebar(questions, '/guide/questions/q3/', base, [{ label: 'All questions', path: '/' }]);
		expect(sidebar[0]).toMatchObject({ type: 'link', label: 'All questions', href: '/guide/', isCurrent: false });
		const groups = sidebar.filter((entry) => entry.type === 'group');
		expect(groups.map((group) => [group.label, group.collapsed])).toEqual([
			['APIs', true],
			['Other', true],
			['Data', false],
		]);
		expect(groups[2]!.entries[0]).toMatchObject({ label: '3. Question 3?', href: '/guide/questions/q3/', isCurrent: true });
	});

	it('truncates long descriptions at a word boundary', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('one two three four', 12)).toBe('one two…');
	});
});
