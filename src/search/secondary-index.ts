/**
 * Writes the second Pagefind index, of concept and topic pages, with Pagefind's Node API. Those
 * pages are left out of Starlight's index (`pagefind: false`); the search dialog merges this one in
 * with a low weight (see options.ts), so that they follow the questions.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadGlossary } from '../analysis/glossary-files.ts';
import { conceptsFolder, questionsFolder } from '../lib/content-folders.ts';
import { topicGroups, type QuestionSummary } from '../lib/guide.ts';
import { readQuestionFolder } from '../questions/question-folder.ts';
import { SEARCH_WORDS_FILE, SECONDARY_INDEX_FOLDER } from './options.ts';
import { conceptRecord, topicRecord, type SearchRecord } from './records.ts';
import { searchWords } from './vocabulary.ts';

/** Fails with every message Pagefind gave, naming the step. */
function checked<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind (${step}, ${SECONDARY_INDEX_FOLDER}): ${response.errors.join('; ')}`);
	return response;
}

/** Writes `records` as a Pagefind bundle into `outputPath`. */
export async function writeSecondaryIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
	try {
		const { index } = checked('create', await pagefind.createIndex({ forceLanguage: 'en' }));
		if (!index) throw new Error(`Pagefind (create, ${SECONDARY_INDEX_FOLDER}): no index`);
		for (const record of records) checked(`record ${record.url}`, await index.addCustomRecord(record));
		checked('write', await index.writeFiles({ outputPath }));
	} finally {
		await pagefind.close();
	}
}

/**
 * The records of every concept page and topic page of the guide, and the words a search can
 * match: those of the questions, their answers and these records (concept names, aliases and
 * definitions, which question pages also carry as metadata).
 */
export async function secondaryRecords(conceptsFolder: string, questionsFolder: string): Promise<{ records: SearchRecord[]; words: string[] }> {
	const concepts = await loadGlossary(conceptsFolder);
	// The build has already validated every question file; the topics only need their summaries.
	const files = (await readQuestionFolder(questionsFolder)).map(({ file }) => file);
	const questions = files.map((file) => file.frontmatter as unknown as QuestionSummary);
	const records = [...concepts.map((concept) => conceptRecord(concept)), ...topicGroups(questions).map((topic) => topicRecord(topic))];
	const answers = files.flatMap((file) => Object.values(file.tiers));
	return { records, words: searchWords([...records.map((record) => record.content), ...questions.map((question) => question.question), ...answers]) };
}

/** Astro integration: after the build, writes the concept and topic index next to Starlight's. */
export default function secondarySearchIndex(): AstroIntegration {
	return {
		name: 'guide:secondary-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { records, words } = await secondaryRecords(conceptsFolder(), questionsFolder());
				const folder = fileURLToPath(new URL(`./${SECONDARY_INDEX_FOLDER}/`, dir));
				await writeSecondaryIndex(records, folder);
				await writeFile(join(folder, SEARCH_WORDS_FILE), JSON.stringify(words));
				logger.info(`Indexed ${records.length} concept and topic pages in /${SECONDARY_INDEX_FOLDER}/, and ${words.length} words for spelling.`);
			},
		},
	};
}
