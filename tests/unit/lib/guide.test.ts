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

	it('builds a sidebar with only the current question’s first topic as a group, the others as links, under the base path', () => {
		const base = (path: string) => withBase(path, '/guide/');
		const sidebar = buildSidebar(sidebarIndex(questions), '/guide/questions/q3/', base, [{ label: 'All questions', path: '/' }]);
		expect(sidebar[0]).toMatchObject({ type: 'link', label: 'All questions', href: '/guide/', isCurrent: false });
		expect(sidebar.slice(1).map((entry) => (entry.type === 'group' ? [entry.label, entry.collapsed, entry.entries.map((link) => link.label)] : [entry.label, entry.href]))).toEqual([
			['APIs', '/guide/topics/apis/'],
			['Data', false, ['All 2 questions in Data', '1. Question 1?', '3. Question 3?']],
			['Other', '/guide/topics/other/'],
		]);
		expect(sidebar[2]).toMatchObject({ entries: [{ href: '/guide/topics/data/', isCurrent: false }, {}, { label: '3. Question 3?', href: '/guide/questions/q3/', isCurrent: true }] });
		expect(sidebar.flatMap((entry) => (entry.type === 'group' ? entry.entries : [entry])).filter((entry) => entry.isCurrent)).toHaveLength(1);
		// A question opens its first topic, even where another topic lists it first.
		const first = buildSidebar(sidebarIndex(questions), '/guide/questions/q1', base, []);
		expect(first.map((entry) => entry.type)).toEqual(['group', 'link', 'link']);
	});

	it('opens a topic page’s own group, its link marked current; other pages list every topic as a link', () => {
		const index = sidebarIndex(questions);
		const topicPage = buildSidebar(index, '/topics/data/', (path) => withBase(path, '/'), [{ label: 'All questions', path: '/' }]);
		expect(topicPage[2]).toMatchObject({ label: 'Data', collapsed: false });
		expect((topicPage[2] as { entries: { isCurrent: boolean }[] }).entries.map((entry) => entry.isCurrent)).toEqual([true, false, false]);
		const home = buildSidebar(index, '/', (path) => withBase(path, '/'), [{ label: 'All questions', path: '/' }]);
		expect(home[0]).toMatchObject({ isCurrent: true });
		expect(home.map((entry) => [entry.type, entry.label])).toEqual([['link', 'All questions'], ['link', 'APIs'], ['link', 'Data'], ['link', 'Other']]);
	});

	it('shows at most the 25 questions nearest the current one: the sidebar does not grow with the guide', () => {
		const many = Array.from({ length: 1000 }, (_, index) => question(index + 1, [index % 2 ? 'Odd' : 'Even']));
		const index = sidebarIndex(many);
		const shown = (path: string) => {
			const group = buildSidebar(index, path, (p) => withBase(p, '/'), []).find((entry) => entry.type === 'group');
			return group?.type === 'group' ? group.entries.map((entry) => entry.label.split('.')[0]) : [];
		};
		const numbers = (from: number, step = 2, count = 25) => Array.from({ length: count }, (_, i) => String(from + i * step));
		expect(shown('/questions/q1/')).toEqual(['All 500 questions in Even', ...numbers(1)]);
		expect(shown('/questions/q501/')).toEqual(['All 500 questions in Even', ...numbers(501 - 24)]);
		expect(shown('/questions/q1000/')).toEqual(['All 500 questions in Odd', ...numbers(1000 - 48)]);
		expect(shown('/topics/odd/')).toEqual(['All 500 questions in Odd', ...numbers(2)]);
		const total = (path: string) => JSON.stringify(buildSidebar(index, path, (p) => withBase(p, '/'), [])).length;
		const small = sidebarIndex(many.slice(0, 60));
		// Only the open group's "All 500 questions" (not "All 30") is longer: one digit.
		expect(total('/questions/q31/')).toBe(JSON.stringify(buildSidebar(small, '/questions/q31/', (p) => withBase(p, '/'), [])).length + 1);
	});

	it('truncates long descriptions at a word boundary', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('one two three four', 12)).toBe('one two…');
	});

	it('escapes text for HTML', () => {
		expect(escapeHtml(`</title><script>alert("x")</script> & 'y'`)).toBe('&#60;/title&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
	});
});
