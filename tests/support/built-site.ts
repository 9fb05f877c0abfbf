/** Reads a built site from disk: its pages, their links and their ids, with a real HTML parser. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface BuiltPage {
	/** The site path of the page, `/questions/x/`. */
	path: string;
	/** Every `href` and `src` on the page, as written. */
	references: string[];
	ids: Set<string>;
	/** The text of every <script> element without `src`, as the browser sees it. */
	inlineScripts: string[];
	/** The content of the Content-Security-Policy <meta>, if any. */
	policy: string | undefined;
	/** A static redirect page (meta refresh), not content. */
	redirect: boolean;
	/** The size of the HTML file. */
	bytes: number;
}

function walk(node: Node, visit: (element: DefaultTreeAdapterMap['element']) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) walk(child as Node, visit);
	if ('content' in node && node.content) walk(node.content as Node, visit);
}

export async function readBuiltPages(dist: string): Promise<BuiltPage[]> {
	const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
	return Promise.all(
		files.map(async (file) => {
			const html = await readFile(join(dist, file), 'utf8');
			const references: string[] = [];
			const ids = new Set<string>();
			const inlineScripts: string[] = [];
			let policy: string | undefined;
			let redirect = false;
			walk(parse(html) as Node, (element) => {
				const attribute = (wanted: string) => element.attrs.find(({ name }) => name === wanted)?.value;
				for (const { name, value } of element.attrs) {
					if (name === 'id') ids.add(value);
					if ((name === 'href' || name === 'src') && element.tagName !== 'base') references.push(value);
				}
				const httpEquiv = attribute('http-equiv')?.toLowerCase();
				if (httpEquiv === 'refresh') redirect = true;
				if (httpEquiv === 'content-security-policy') policy = attribute('content');
				if (element.tagName === 'script' && attribute('src') === undefined) {
					inlineScripts.push(element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
				}
			});
			const path = `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
			return { path, references, ids, inlineScripts, policy, redirect, bytes: Buffer.byteLength(html) };
		}),
	);
}
