/** The part of the `stopword` package the checker uses: its English list of function words. */
declare module 'stopword' {
	export const eng: readonly string[];
}
