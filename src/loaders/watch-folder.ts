import type { LoaderContext } from 'astro/loaders';

/** In the dev server, reloads a collection when a file of its folder (with `extension`) changes. */
export function watchFolder(watcher: LoaderContext['watcher'], folder: string, extension: string, reload: () => Promise<void>): void {
	watcher?.add(folder);
	watcher?.on('all', (_event, path) => {
		if (path.startsWith(folder) && path.endsWith(extension)) void reload();
	});
}
