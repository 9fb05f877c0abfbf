import { describe, expect, it } from 'vitest';
import { withoutSearchOnlyData } from '../../../src/search/search-only.ts';

describe('withoutSearchOnlyData', () => {
	it('removes the elements marked search-only and nothing else', () => {
		const html =
			'<main><div hidden data-search-only data-pagefind-ignore><span data-pagefind-meta="Number">2</span><span data-pagefind-filter="Topic">APIs</span></div>' +
			'<p data-search-only-not="x">kept</p><div class="answers"><span>kept too</span></div></main>';
		expect(withoutSearchOnlyData(html)).toBe('<main><p data-search-only-not="x">kept</p><div class="answers"><span>kept too</span></div></main>');
	});

	it('removes the marked element when the attribute comes last', () => {
		expect(withoutSearchOnlyData('<p>a</p><div hidden data-search-only><span>x</span></div><p>b</p>')).toBe('<p>a</p><p>b</p>');
	});
});
