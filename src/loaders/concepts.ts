/** Content loader for the concept glossary, `content/concepts/*.yaml`. */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readGlossaryFiles, validateGlossary } from '../analysis/glossary-files.ts';
import { watchFolder } from './watch-folder.ts';

export function conceptsLoader({ base }: { base: string }): Loader {
	return {
		name: 'concept-glossary',
		async load({ store, parseData, generateDigest, config, watcher }) {
			const folder = fileURLToPath(new URL(base, config.root));
			const load = async () => {
				const entries = await readGlossaryFiles(folder);
				const concepts = validateGlossary(entries);
				store.clear();
				for (const [index, concept] of concepts.entries()) {
					// Relative to the project, as Astro wants, also for a glossary outside it (GUIDE_CONCEPTS_DIR).
					const filePath = relative(fileURLToPath(config.root), join(folder, entries[index]!.file));
					const data = await parseData({ id: concept.id, data: concept, filePath });
					store.set({ id: concept.id, data, filePath, digest: generateDigest(data) });
				}
			};
			await load();
			watchFolder(watcher, folder, '.yaml', load);
		},
	};
}
