/**
 * Site-internal URLs. Every link the site makes goes through here so that a build under a
 * sub-path (`astro build --base /guide/`) links correctly.
 */

/** Prefixes a site path (`/questions/x/`) with the configured base (`/guide/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}${path}`;
}

export function questionPath(slug: string): string {
	return `/questions/${slug}/`;
}

export function conceptPath(id: string): string {
	return `/concepts/${id}/`;
}

export function topicPath(slug: string): string {
	return `/topics/${slug}/`;
}

/** The printable page of every question, or of one part of a large guide (src/lib/print-parts.ts). */
export function printPath(partSlug?: string): string {
	return partSlug === undefined ? '/print/' : `/print/${partSlug}/`;
}

/** The Anki package of the whole guide, or of one topic's questions. */
export function ankiPath(topicSlug?: string): string {
	return topicSlug === undefined ? '/anki/guide.apkg' : `/anki/topics/${topicSlug}.apkg`;
}
