/**
 * Reads the glossary's YAML files, keeping where each concept stands so that errors can name the
 * file and line. Node-only; the browser gets the glossary as data from the build.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { conceptSchema, type Concept } from './concept-schema.ts';
import { glossaryProblems } from './glossary.ts';

export interface GlossaryEntry {
	/** File name inside the glossary folder. */
	file: string;
	line: number;
	/** The entry as written, before validation. */
	data: Record<string, unknown>;
}

export async function readGlossaryFiles(folder: string): Promise<GlossaryEntry[]> {
	const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
	const entries: GlossaryEntry[] = [];
	for (const file of files) {
		const lineCounter = new LineCounter();
		const document = parseDocument(await readFile(join(folder, file), 'utf8'), { lineCounter });
		if (document.errors.length > 0) {
			const [error] = document.errors;
			throw new Error(`${join(folder, file)}:${error!.linePos?.[0].line ?? 1}: ${error!.message.split('\n')[0]}`);
		}
		const list = document.contents;
		if (!list || !('items' in list) || isMap(list)) {
			throw new Error(`${join(folder, file)}:1: expected a list of concepts, each starting with "- id: …"`);
		}
		for (const item of list.items) {
			const line = lineCounter.linePos((isNode(item) && item.range?.[0]) || 0).line;
			const data = isNode(item) ? item.toJSON() : item;
			if (typeof data !== 'object' || data === null || Array.isArray(data)) {
				throw new Error(`${join(folder, file)}:${line}: expected a concept with fields such as "id: token-bucket"`);
			}
			entries.push({ file, line, data: data as Record<string, unknown> });
		}
	}
	return entries;
}

/**
 * Validates glossary entries one by one and as a whole.
 * @throws {Error} naming the file, line, concept and field of the first problems found.
 */
export function validateGlossary(entries: readonly GlossaryEntry[]): Concept[] {
	const concepts: Concept[] = [];
	const problems: string[] = [];
	for (const entry of entries) {
		const result = conceptSchema.safeParse(entry.data);
		if (result.success) concepts.push(result.data);
		else {
			for (const issue of result.error.issues) {
				problems.push(`${entry.file}:${entry.line}: concept "${String(entry.data.id)}", field "${issue.path.join('.')}": ${issue.message}`);
			}
		}
	}
	const where = new Map(entries.map((entry) => [String(entry.data.id), `${entry.file}:${entry.line}`]));
	for (const { conceptId, message } of glossaryProblems(concepts)) {
		problems.push(`${where.get(conceptId) ?? 'glossary'}: ${message}`);
	}
	if (problems.length > 0) {
		throw new Error(`The concept glossary has ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
	}
	return concepts;
}

/** Reads and validates every glossary file in `folder`. */
export async function loadGlossary(folder: string): Promise<Concept[]> {
	return validateGlossary(await readGlossaryFiles(folder));
}
