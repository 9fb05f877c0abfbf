/**
 * Content loader for `content/questions/`: reads each question file with the same parser the
 * importer uses, validates it against the collection schema, and rejects duplicate numbers and
 * slugs, which a per-entry schema cannot see.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readQuestionFolder } from '../questions/question-folder.ts';
import { watchFolder } from './watch-folder.ts';

export function questionsLoader({ base }: { base: string }): Loader {
	return {
		name: 'question-files',
		async load(context) {
			const folder = fileURLToPath(new URL(base, context.config.root));
			await loadFolder(context, folder);
			watchFolder(context.watcher, folder, '.md', () => loadFolder(context, folder));
		},
	};
}

async function loadFolder({ store, parseData, generateDigest, config }: LoaderContext, folder: string) {
	const files = await readQuestionFolder(folder, { shownAs: relative(fileURLToPath(config.root), folder) });
	const firstFileWith = { number: new Map<unknown, string>(), slug: new Map<unknown, string>() };
	const entries = [];
	for (const { fileName, shownPath: filePath, text, file: raw } of files) {
		const data: Record<string, unknown> = await parseData({
			id: String(raw.frontmatter.slug ?? fileName),
			data: { ...raw.frontmatter, tiers: raw.tiers },
			filePath,
		});
		const claims = [
			['number', data.number],
			['slug', data.slug],
			...((data.formerSlugs as string[]) ?? []).map((slug) => ['formerSlugs', slug] as const),
		] as const;
		for (const [field, value] of claims) {
			const kind = field === 'number' ? 'number' : 'slug';
			const earlier = firstFileWith[kind].get(value);
			if (earlier) {
				throw new Error(
					`${filePath}: field "${field}" is ${JSON.stringify(value)}, which ${earlier} already uses; expected every question to have its own ${kind}`,
				);
			}
			firstFileWith[kind].set(value, filePath);
		}
		entries.push({ id: String(data.slug), data, filePath, digest: generateDigest(text) });
	}
	store.clear();
	for (const entry of entries) store.set(entry);
}
