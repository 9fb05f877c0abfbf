import { loadGlossary } from './src/analysis/glossary-files.ts';
import { compileMatcher } from './src/analysis/matcher.ts';
const g = await loadGlossary('content/concepts');
const m = compileMatcher(g);
const text = process.argv[2]!;
for (const o of m.find(text)) console.log(o.conceptId, JSON.stringify(text.slice(o.start, o.end)), o.loose ? 'LOOSE' : '', o.negated ? 'NEG' : '');
