import { compileMatcher } from './src/analysis/matcher.ts';
import { specificTerms } from './src/analysis/terms.ts';
const m = compileMatcher([]);
for (const t of process.argv.slice(2)) console.log(t, '=>', specificTerms(t, m).map((x) => `${x.text}${x.everyday ? '*' : ''}`));
