/**
 * Opens the collapsed answer tier that holds the element a URL fragment points at: on load, when
 * the fragment changes, and when a same-page link is followed again (the fragment then does not
 * change, but the reader may have closed the tier since). Browsers scroll to the target but do
 * not reliably open its <details>.
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
document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
	if (link instanceof HTMLAnchorElement && link.hash === location.hash) openTierForHash(link.hash);
});
