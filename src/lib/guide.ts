/**
 * How questions are arranged: order, grouping by topic and by document, neighbours, and the
 * sidebar. Pure functions over question data so that pages and the route middleware share them.
 */
import { questionPath } from './urls.ts';

/** The fields of a question that arranging it needs. */
export interface QuestionSummary {
	number: number;
	slug: string;
	question: string;
	topics: string[];
	source: { document: string };
}

export const UNCATEGORISED = 'Other';

export function byNumber<T extends { number: number }>(questions: readonly T[]): T[] {
	return [...questions].sort((a, b) => a.number - b.number);
}

/** The topic that places a question in the sidebar: its first one. */
export function primaryTopic(question: QuestionSummary): string {
	return question.topics[0] ?? UNCATEGORISED;
}

/** Groups questions in number order under a key, groups ordered by their first question. */
export function groupBy<T extends QuestionSummary>(questions: readonly T[], key: (question: T) => string) {
	const groups = new Map<string, T[]>();
	for (const question of byNumber(questions)) {
		const name = key(question);
		groups.set(name, [...(groups.get(name) ?? []), question]);
	}
	return [...groups].map(([name, members]) => ({ name, questions: members }));
}

export function questionLabel(question: Pick<QuestionSummary, 'number' | 'question'>): string {
	return `${question.number}. ${question.question}`;
}

interface SidebarLink {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: undefined;
	attrs: Record<string, string>;
}

interface SidebarGroup {
	type: 'group';
	label: string;
	entries: SidebarLink[];
	collapsed: boolean;
	badge: undefined;
}

/**
 * The sidebar: fixed guide pages, then one group per primary topic. Only the group holding the
 * current page starts expanded.
 */
export function buildSidebar(
	questions: readonly QuestionSummary[],
	currentPath: string,
	withBase: (path: string) => string,
	fixedPages: readonly { label: string; path: string }[],
): (SidebarLink | SidebarGroup)[] {
	const isCurrent = (path: string) => withBase(path) === currentPath || withBase(path) === `${currentPath}/`;
	const link = (label: string, path: string): SidebarLink => ({
		type: 'link',
		label,
		href: withBase(path),
		isCurrent: isCurrent(path),
		badge: undefined,
		attrs: {},
	});
	const groups = groupBy(questions, primaryTopic).map(({ name, questions: members }): SidebarGroup => {
		const entries = members.map((question) => link(questionLabel(question), questionPath(question.slug)));
		return { type: 'group', label: name, entries, collapsed: !entries.some((entry) => entry.isCurrent), badge: undefined };
	});
	return [...fixedPages.map(({ label, path }) => link(label, path)), ...groups];
}
