/**
 * The weight of a first visit to a built page, for the benchmark and the page-weight budget test:
 * gzip bytes of its HTML, stylesheets and scripts with the modules they import statically.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
/** Static imports in (possibly minified) JavaScript: `import{a}from"./x.js"`, `import "./y.js"`, `export*from"./z.js"`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
	files: string[];
}

/**
 * The gzip bytes of a first visit to a page: its HTML, its stylesheets, its scripts and every
 * module they import statically. Search (Pagefind, loaded on demand) is left out.
 */
export async function firstVisitWeight(dist: string, pagePath: string, base = '/'): Promise<PageWeight> {
	const gzip = (bytes: Buffer | string) => gzipSync(bytes).length;
	const html = await readFile(join(dist, pagePath, 'index.html'), 'utf8');
	const seen = new Set<string>();
	const weight: PageWeight = { html: gzip(html), css: 0, js: 0, total: 0, files: [] };
	const fileOf = (url: string, from: string) => {
		const resolved = new URL(url, `http://site${from}`);
		if (resolved.host !== 'site') return undefined;
		return resolved.pathname;
	};
	const addScript = async (path: string) => {
		if (seen.has(path) || path.includes('/pagefind/')) return;
		seen.add(path);
		const code = await readFile(join(dist, path.slice(base.length - 1)), 'utf8');
		weight.js += gzip(code);
		weight.files.push(path);
		await followImports(code, path);
	};
	const followImports = async (code: string, from: string) => {
		for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
			const path = fileOf(specifier!, from);
			if (path?.endsWith('.js')) await addScript(path);
		}
	};
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		if (attribute(tag, 'rel')?.toLowerCase() !== 'stylesheet') continue;
		const path = fileOf(attribute(tag, 'href')!, pagePath);
		if (!path || seen.has(path) || path.includes('/pagefind/')) continue;
		seen.add(path);
		weight.css += gzip(await readFile(join(dist, path.slice(base.length - 1))));
		weight.files.push(path);
	}
	for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
		const src = attribute(tag!, 'src');
		if (src) {
			const path = fileOf(src, pagePath);
			if (path) await addScript(path);
		} else if (/type\s*=\s*["']?module/i.test(tag!)) {
			await followImports(body!, pagePath);
		}
	}
	weight.total = weight.html + weight.css + weight.js;
	return weight;
}
