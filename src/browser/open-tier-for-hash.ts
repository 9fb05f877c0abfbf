/**
 * Opens the collapsed answer tier that holds the element a URL fragment points at, on load and
 * whenever the fragment changes. Browsers scroll to the target but do not open its <details>.
 */
export function openTierForHash(hash: string, root: Document = document): void {
	if (hash.length < 2) return;
	const target = root.getElementById(decodeURIComponent(hash.slice(1)));
	const tier = target?.closest('details');
	if (!target || !tier) return;
	tier.open = true;
	target.scrollIntoView();
}

openTierForHash(location.hash);
addEventListener('hashchange', () => openTierForHash(location.hash));
