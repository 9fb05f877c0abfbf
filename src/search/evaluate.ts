/**
 * Scores search results against labelled queries (tests/search-labels/queries.yaml): whether an
 * expected question is among the first three results, whether the first result is a question, and
 * whether a concept page ever comes above a question page whose answers contain the query's words.
 */
import { z } from 'astro/zod';
import { searchTerm } from './query.ts';
import type { ResultType } from './records.ts';

const labelledQuerySchema = z.object({
	/** What the reader types. */
	query: z.string().min(1),
	/** What sort of query it is, to report scores by kind. */
	kind: z.enum(['exact', 'synonym', 'question', 'phrase', 'misspelling']),
	/** Slugs of the question pages a reader expects to find. */
	expect: z.array(z.string().min(1)).min(1),
});

/** The labelled set: `tune` may guide changes to the ranking, `heldOut` is only ever measured. */
export const labelledQueriesSchema = z.object({ tune: z.array(labelledQuerySchema), heldOut: z.array(labelledQuerySchema) });

export type LabelledQuery = z.infer<typeof labelledQuerySchema>;

/** One search result as the dialog shows it. */
export interface RankedResult {
	/** The site path of the page (no base, no fragment). */
	path: string;
	type: ResultType | undefined;
}

export interface QueryScore {
	query: LabelledQuery;
	expectedInTopThree: boolean;
	firstIsQuestion: boolean;
	/** Concept pages ranked above a question page whose answers contain every word of the query. */
	conceptsAboveAnsweringQuestion: string[];
	/** The first three results' paths, for the report. */
	topThree: string[];
}

/** The question page's slug for a site path, or undefined for other pages. */
export function questionSlug(path: string): string | undefined {
	return /^\/questions\/([^/]+)\/$/.exec(path)?.[1];
}

/** Lower-case words of a text, for "contains the query's words". */
function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `answers` contains every word of `query` (as written, or a longer word starting with it). */
export function containsQueryWords(query: string, answers: string): boolean {
	const answerWords = new Set(words(answers));
	return words(searchTerm(query)).every((word) => answerWords.has(word) || [...answerWords].some((answerWord) => answerWord.startsWith(word)));
}

/** Scores one query's results; `answers` maps a question slug to the text of its three answers. */
export function scoreQuery(query: LabelledQuery, results: readonly RankedResult[], answers: ReadonlyMap<string, string>): QueryScore {
	const expected = new Set(query.expect);
	const conceptsAbove: string[] = [];
	const conceptsSoFar: string[] = [];
	for (const result of results) {
		const slug = questionSlug(result.path);
		if (result.type === 'Concept') conceptsSoFar.push(result.path);
		else if (slug && containsQueryWords(query.query, answers.get(slug) ?? '')) conceptsAbove.push(...conceptsSoFar.splice(0));
	}
	return {
		query,
		expectedInTopThree: results.slice(0, 3).some((result) => expected.has(questionSlug(result.path) ?? '')),
		firstIsQuestion: results[0]?.type === 'Question',
		conceptsAboveAnsweringQuestion: conceptsAbove,
		topThree: results.slice(0, 3).map((result) => result.path),
	};
}

export interface SetSummary {
	queries: number;
	/** Share of queries with an expected question among the first three results. */
	expectedInTopThree: number;
	/** Share of queries whose first result is a question page. */
	firstIsQuestion: number;
	/** Queries where a concept page came above a question page that contains the query's words. */
	conceptAboveAnsweringQuestion: number;
}

export function summarize(scores: readonly QueryScore[]): SetSummary {
	const share = (test: (score: QueryScore) => boolean) => (scores.length === 0 ? 0 : scores.filter(test).length / scores.length);
	return {
		queries: scores.length,
		expectedInTopThree: share((score) => score.expectedInTopThree),
		firstIsQuestion: share((score) => score.firstIsQuestion),
		conceptAboveAnsweringQuestion: scores.filter((score) => score.conceptsAboveAnsweringQuestion.length > 0).length,
	};
}
