/** The build and serve helpers live with the benchmark's in src/build-tools/site.ts. */
export { buildSite, checkTypes, PROJECT_ROOT, serveSite } from '../../src/build-tools/site.ts';
