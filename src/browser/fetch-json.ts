/** Reads a JSON file of the site, under its base path. A failed request is an error, never a value. */
import { withBase } from '../lib/urls.ts';

export class FetchError extends Error {
	/** The site path that failed, before the base path. */
	readonly path: string;
	constructor(path: string, detail: string) {
		super(`Could not load ${path}: ${detail}`);
		this.path = path;
	}
}

export async function fetchJson<T>(path: string): Promise<T> {
	let response: Response;
	try {
		response = await fetch(withBase(path));
	} catch (error) {
		throw new FetchError(path, error instanceof Error ? error.message : String(error));
	}
	if (!response.ok) throw new FetchError(path, `the server answered ${response.status}`);
	try {
		return (await response.json()) as T;
	} catch {
		throw new FetchError(path, 'the answer is not JSON');
	}
}
