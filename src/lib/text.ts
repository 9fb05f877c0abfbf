/** Cuts text at a word boundary to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "1 question", "19 questions". */
export function countLabel(count: number, singular: string): string {
	return `${count} ${singular}${count === 1 ? '' : 's'}`;
}

/** "The mediocre answer covers 5 of the great answer's 13 concepts." */
export function coverageSummary(weaker: string, better: string, covered: number, total: number): string {
	return `The ${weaker.toLowerCase()} answer covers ${covered} of the ${better.toLowerCase()} answer’s ${countLabel(total, 'concept')}.`;
}

/** "In the great answer", "In the great and mediocre answers", "In the great, mediocre and poor answers". */
export function tiersPhrase(tiers: readonly string[]): string {
	const names = tiers.map((tier) => tier.toLowerCase());
	const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	return `In the ${list} ${names.length === 1 ? 'answer' : 'answers'}`;
}

/** Escapes text for use inside HTML: `<b>` becomes `&lt;b&gt;`. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
