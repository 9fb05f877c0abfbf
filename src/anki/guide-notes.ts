/** The guide's questions as Anki notes, for the build's endpoints and `npm run export:anki`. */
import { stat } from 'node:fs/promises';
import type { GuideData } from '../lib/guide-model.ts';
import type { AnkiQuestion } from './apkg.ts';

async function modifiedTime(filePath: string | undefined): Promise<Date> {
	if (!filePath) return new Date(0);
	try {
		return (await stat(filePath)).mtime;
	} catch {
		return new Date(0);
	}
}

/**
 * One note per question. A note's modification time is its file's, so that Anki updates on
 * re-import exactly the notes whose questions changed; without a file, the start of 1970.
 */
export async function ankiQuestions(guide: Pick<GuideData, 'questions' | 'analyses' | 'labels'>, pageUrl: (slug: string) => string): Promise<AnkiQuestion[]> {
	return Promise.all(
		guide.questions.map(async (question) => ({
			number: question.number,
			slug: question.slug,
			title: question.question,
			topics: question.topics,
			great: question.tiers.great,
			separating: guide.analyses.get(question.slug)!.greatVsMediocre.betterOnly.map((id) => guide.labels.get(id) ?? id),
			url: pageUrl(question.slug),
			modified: await modifiedTime(question.filePath),
		})),
	);
}
