/**
 * A stand-in for the context Astro gives a content loader, so that loaders are tested without a
 * build. `parseData` validates with the collection's real schema and, like Astro, fails naming the
 * file and each field; `store` keeps what the loader sets.
 */
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';

export function fakeLoaderContext(root: string, schema: z.ZodType) {
	const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
	const context = {
		collection: 'test',
		config: { root: pathToFileURL(root.endsWith('/') ? root : `${root}/`) },
		store: {
			clear: () => entries.clear(),
			set: (entry: { id: string; data: Record<string, unknown>; filePath?: string }) => {
				entries.set(entry.id, entry);
				return true;
			},
		},
		async parseData({ data, filePath }: { id: string; data: unknown; filePath?: string }) {
			const result = schema.safeParse(data);
			if (result.success) return result.data;
			const fields = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
			throw new Error(`${filePath}: ${fields.join('; ')}`);
		},
		generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
		watcher: undefined,
	};
	return { context: context as unknown as LoaderContext, entries };
}
