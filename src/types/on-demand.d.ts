/** `import url from './x.ts?on-demand'`: the URL of x.ts built as a chunk of its own (src/integrations/on-demand-chunks.ts). */
declare module '*?on-demand' {
	const url: string;
	export default url;
}
