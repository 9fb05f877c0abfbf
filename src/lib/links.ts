/**
 * Links people paste into their own notes: absolute URLs and Markdown links. Pure, so that the
 * build and the copy buttons in the browser produce the same text.
 */

/** Escapes text for the label of a Markdown link: brackets, parentheses, backticks and backslashes. */
function escapeMarkdownLabel(text: string): string {
	return text.replace(/[\\`[\]()*_<>]/g, '\\$&');
}

/** Encodes the characters that would end or break a Markdown link destination. */
function escapeMarkdownUrl(url: string): string {
	return url.replace(/[()\s<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[Q2. Explain how you would design…](https://example.org/questions/rate-limiting/#great)` */
export function markdownLink(label: string, url: string): string {
	return `[${escapeMarkdownLabel(label)}](${escapeMarkdownUrl(url)})`;
}

/** The label a link copied into someone's notes carries: "Q2. Explain…", a question number that reads as one outside the guide. */
export function copiedLinkLabel(number: number, question: string): string {
	return `Q${number}. ${question}`;
}

/** An absolute URL for a site path, when the site's address is known. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	return site ? new URL(path, site).href : path;
}
