/**
 * How questions are arranged: order, grouping by topic and by document, neighbours, and the
 * sidebar. Pure functions over question data so that pages and the route middleware share them.
 */
import { questionPath, topicPath } from './urls.ts';

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
		const members = groups.get(name);
		if (members) members.push(question);
		else groups.set(name, [question]);
	}
	return [...groups].map(([name, members]) => ({ name, questions: members }));
}

/** A topic's page address part: "APIs" → `apis`, "CI/CD" → `ci-cd`, "C++" → `c-plus-plus`. */
export function topicSlug(topic: string): string {
	return (
		topic
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/\+/g, ' plus ')
			.replace(/#/g, ' sharp ')
			.replace(/['’]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'topic'
	);
}

export interface Topic<T extends QuestionSummary = QuestionSummary> {
	name: string;
	slug: string;
	/** Every question tagged with the topic (first or not), in number order. */
	questions: T[];
}

/**
 * Every topic with the questions tagged with it, ordered by their first question; questions
 * without topics form the topic "Other".
 * @throws when two topics would share a page address.
 */
export function topicGroups<T extends QuestionSummary>(questions: readonly T[]): Topic<T>[] {
	const topics = new Map<string, Topic<T>>();
	const nameOfSlug = new Map<string, string>();
	for (const question of byNumber(questions)) {
		for (const name of new Set(question.topics.length > 0 ? question.topics : [UNCATEGORISED])) {
			let topic = topics.get(name);
			if (!topic) {
				const slug = topicSlug(name);
				const other = nameOfSlug.get(slug);
				if (other !== undefined) {
					throw new Error(
						`the topics "${other}" and "${name}" would share the page /topics/${slug}/ (question ${question.number}); expected topic names that differ in more than case and punctuation`,
					);
				}
				nameOfSlug.set(slug, name);
				topic = { name, slug, questions: [] };
				topics.set(name, topic);
			}
			topic.questions.push(question);
		}
	}
	return [...topics.values()];
}

/** A question as the sidebar and the previous/next links list it: "2. Explain…". */
export function numberedQuestion(question: Pick<QuestionSummary, 'number' | 'question'>): string {
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

/** How many of its questions a topic's sidebar group shows at most. */
export const SIDEBAR_QUESTIONS = 25;

/** What the sidebar needs to know about the guide, computed once for every page. */
export interface SidebarIndex<T extends QuestionSummary = QuestionSummary> {
	topics: Topic<T>[];
	/** Site path of a question or topic page → its topic, and for a question its place in that topic. */
	places: Map<string, { topic: number; position?: number }>;
}

export function sidebarIndex<T extends QuestionSummary>(questions: readonly T[]): SidebarIndex<T> {
	const topics = topicGroups(questions);
	const places: SidebarIndex['places'] = new Map();
	const topicIndex = new Map(topics.map((topic, index) => [topic.name, index]));
	topics.forEach((topic, index) => {
		places.set(topicPath(topic.slug), { topic: index });
		topic.questions.forEach((question, position) => {
			// A question's first topic is the group that opens on its page.
			if (topicIndex.get(primaryTopic(question)) === index) places.set(questionPath(question.slug), { topic: index, position });
		});
	});
	return { topics, places };
}

/** The label of the link to a topic's page. */
export function topicLinkLabel(topic: Pick<Topic, 'name' | 'questions'>): string {
	return topic.questions.length === 1 ? `1 question in ${topic.name}` : `All ${topic.questions.length} questions in ${topic.name}`;
}

/**
 * The sidebar: fixed guide pages, then the topics. The topic of the current page (a question's
 * first topic, or a topic page) is an open group: a link to its topic's page, then its questions,
 * at most `limit` of them, those nearest the current one by number. Every other topic is a link to
 * its page (a closed group would only hide that one link). So a page's sidebar grows with the
 * number of topics, never with the number of questions.
 */
export function buildSidebar(
	index: SidebarIndex,
	currentPath: string,
	withBase: (path: string) => string,
	fixedPages: readonly { label: string; path: string }[],
	limit: number = SIDEBAR_QUESTIONS,
): (SidebarLink | SidebarGroup)[] {
	const isCurrent = (path: string) => withBase(path) === currentPath || withBase(path) === `${currentPath}/`;
	const link = (label: string, path: string, current = isCurrent(path)): SidebarLink => ({
		type: 'link',
		label,
		href: withBase(path),
		isCurrent: current,
		badge: undefined,
		attrs: {},
	});
	const place = index.places.get(sitePath(currentPath, withBase('/')));
	const topics = index.topics.map((topic, topicNumber): SidebarLink | SidebarGroup => {
		if (place?.topic !== topicNumber) return link(topic.name, topicPath(topic.slug), false);
		const entries = [link(topicLinkLabel(topic), topicPath(topic.slug), place.position === undefined)];
		const first = Math.max(0, Math.min((place.position ?? 0) - Math.floor((limit - 1) / 2), topic.questions.length - limit));
		for (const question of topic.questions.slice(first, first + limit)) {
			entries.push(link(numberedQuestion(question), questionPath(question.slug), question === topic.questions[place.position ?? -1]));
		}
		return { type: 'group', label: topic.name, entries, collapsed: false, badge: undefined };
	});
	return [...fixedPages.map(({ label, path }) => link(label, path)), ...topics];
}

/** `/guide/questions/x` under the base `/guide/` → `/questions/x/`. */
function sitePath(currentPath: string, base: string): string {
	const path = currentPath.startsWith(base) ? `/${currentPath.slice(base.length)}` : currentPath;
	return path.endsWith('/') ? path : `${path}/`;
}
