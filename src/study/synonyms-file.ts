/** Reads the synonym table the checker uses (src/study/synonyms.json) in Node. */
import { readFile } from 'node:fs/promises';
import type { Synonyms } from './paraphrase.ts';

export async function loadSynonyms(path = new URL('./synonyms.json', import.meta.url)): Promise<Synonyms> {
	try {
		return new Map(Object.entries(JSON.parse(await readFile(path, 'utf8')) as Record<string, string>));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
		throw error;
	}
}
