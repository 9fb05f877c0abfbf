import { describe, expect, it } from 'vitest';
import { buildSidebar, groupBy, primaryTopic, sidebarIndex, topicGroups, topicSlug, type QuestionSummary } from '../../../src/lib/guide.ts';
import { escapeHtml, truncate } from '../../../src/lib/text.ts';
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

	it('gives each topic a page listing every question tagged with it, untopiced ones under "Other"', () => {
		expect(topicGroups(questions).map(({ name, slug, questions: members }) => [name, slug, members.map((q) => q.number)])).toEqual([
			['APIs', 'apis', [1, 4]],
			['Data', 'data', [1, 3]],
			['Other', 'other', [2]],
		]);
		expect(['CI/CD', 'C++', 'C#', 'Café & Co', '!!!'].map(topicSlug)).toEqual(['ci-cd', 'c-plus-plus', 'c-sharp', 'cafe-co', 'topic']);
		expect(() => topicGroups([question(1, ['Front end']), question(2, ['Front-End'])])).toThrow(
			'the topics "Front end" and "Front-End" would share the page /topics/front-end/ (question 2)',
		);
	});

	it('builds a sidebar with only the current question’s first topic expanded, under the base path', () => {
		const base = (path: string) => withBase(path, '/guide/');
		const sidebar = buildSidebar(sidebarIndex(questions), '/guide/questions/q3/', base, [{ label: 'All questions', path: '/' }]);
		expect(sidebar[0]).toMatchObject({ type: 'link', label: 'All questions', href: '/guide/', isCurrent: false });
		const groups = sidebar.filter((entry) => entry.type === 'group');
		expect(groups.map((group) => [group.label, group.collapsed, group.entries.map((entry) => entry.label)])).toEqual([
			['APIs', true, ['All 2 questions in APIs']],
			['Data', false, ['All 2 questions in Data', '1. Question 1?', '3. Question 3?']],
			['Other', true, ['1 question in Other']],
		]);
		expect(groups[0]!.entries[0]).toMatchObject({ href: '/guide/topics/apis/', isCurrent: false });
		expect(groups[1]!.entries[2]).toMatchObject({ label: '3. Question 3?', href: '/guide/questions/q3/', isCurrent: true });
		expect(sidebar.flatMap((entry) => (entry.type === 'group' ? entry.entries : [entry])).filter((entry) => entry.isCurrent)).toHaveLength(1);
		// A question opens its first topic, even where another topic lists it first.
		const first = buildSidebar(sidebarIndex(questions), '/guide/questions/q1', base, []);
		expect(first.map((group) => group.type === 'group' && group.collapsed)).toEqual([false, true, true]);
	});

	it('opens a topic page’s own group, its link marked current; other pages open no group', () => {
		const index = sidebarIndex(questions);
		const topicPage = buildSidebar(index, '/topics/data/', (path) => withBase(path, '/'), [{ label: 'All questions', path: '/' }]);
		expect(topicPage[2]).toMatchObject({ label: 'Data', collapsed: false });
		expect((topicPage[2] as { entries: { isCurrent: boolean }[] }).entries.map((entry) => entry.isCurrent)).toEqual([true, false, false]);
		const home = buildSidebar(index, '/', (path) => withBase(path, '/'), [{ label: 'All questions', path: '/' }]);
		expect(home[0]).toMatchObject({ isCurrent: true });
		expect(home.filter((entry) => entry.type === 'group').every((group) => group.collapsed && group.entries.length === 1)).toBe(true);
	});

	it('shows at most the 25 questions nearest the current one: the sidebar does not grow with the guide', () => {
		const many = Array.from({ length: 1000 }, (_, index) => question(index + 1, [index % 2 ? 'Odd' : 'Even']));
		const index = sidebarIndex(many);
		const shown = (path: string) => {
			const group = buildSidebar(index, path, (p) => withBase(p, '/'), []).find((entry) => entry.type === 'group' && !entry.collapsed);
			return group?.type === 'group' ? group.entries.map((entry) => entry.label.split('.')[0]) : [];
		};
		const numbers = (from: number, step = 2, count = 25) => Array.from({ length: count }, (_, i) => String(from + i * step));
		expect(shown('/questions/q1/')).toEqual(['All 500 questions in Even', ...numbers(1)]);
		expect(shown('/questions/q501/')).toEqual(['All 500 questions in Even', ...numbers(501 - 24)]);
		expect(shown('/questions/q1000/')).toEqual(['All 500 questions in Odd', ...numbers(1000 - 48)]);
		expect(shown('/topics/odd/')).toEqual(['All 500 questions in Odd', ...numbers(2)]);
		const total = (path: string) => JSON.stringify(buildSidebar(index, path, (p) => withBase(p, '/'), [])).length;
		const small = sidebarIndex(many.slice(0, 60));
		expect(total('/questions/q31/')).toBe(JSON.stringify(buildSidebar(small, '/questions/q31/', (p) => withBase(p, '/'), [])).length + 2);
	});

	it('truncates long descriptions at a word boundary', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('one two three four', 12)).toBe('one two…');
	});

	it('escapes text for HTML', () => {
		expect(escapeHtml(`</title><script>alert("x")</script> & 'y'`)).toBe('&#60;/title&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
	});
});
