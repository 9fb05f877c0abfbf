/** Small DOM helpers for the study tools. Text always goes in as text, never as markup. */

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** The question slug a link or location points at, given the site's base path. */
export function questionSlugOf(pathname: string, base: string = import.meta.env.BASE_URL): string | undefined {
	const prefix = `${base.replace(/\/$/, '')}/questions/`;
	if (!pathname.startsWith(prefix)) return undefined;
	return /^([a-z0-9-]+)\/?$/.exec(pathname.slice(prefix.length))?.[1];
}

/**
 * Applies the stylesheet that code loaded on first use brings with it (the text of a `?inline` CSS
 * import), so that pages that never load the code never download its styles. A constructed
 * stylesheet needs no Content-Security-Policy hash, unlike a `<style>` element.
 */
export function adoptStyles(css: string): void {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
