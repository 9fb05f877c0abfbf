/**
 * Short, readable slugs from question text: "Explain how you would design a rate-limiting system
 * for an API." becomes `rate-limiting-system-api`. A slug is made once, when a question is first
 * imported, and never changed by a re-import, so links to it keep working.
 */

/** Words that frame a question rather than name its subject. */
const FRAMING_WORDS = new Set(
	`a about an and any approach are as at be between by can choose considerations could describe
	design did do does ensure explain for from handle how i if implement in into is it make
	of on or over production should tell that the their them this to use using versus vs
	walk we what when where which while who why with would you your`.split(/\s+/),
);

const MAX_WORDS = 4;
/** Longest slug: file names and URLs stay well inside every file system's limits. */
export const MAX_SLUG_LENGTH = 60;

export function slugify(question: string): string {
	const words = question
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9-]+/)
		.flatMap((word) => word.split(/-+/).filter(Boolean).join('-') || [])
		.filter((word) => !FRAMING_WORDS.has(word));
	return capLength(words.slice(0, MAX_WORDS).join('-')) || 'question';
}

/** Cuts a slug to {@link MAX_SLUG_LENGTH} at a word boundary; a single longer word is cut as is. */
function capLength(slug: string): string {
	if (slug.length <= MAX_SLUG_LENGTH) return slug;
	const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
	const boundary = cut.lastIndexOf('-');
	return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** Returns `slug`, or `slug-2`, `slug-3`, … when it is taken. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
	if (!taken.has(slug)) return slug;
	let suffix = 2;
	while (taken.has(`${slug}-${suffix}`)) suffix += 1;
	return `${slug}-${suffix}`;
}
