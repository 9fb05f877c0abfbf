import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { loadGlossary } from './src/analysis/glossary-files.ts';
import { createAnalysisContext, analyzeQuestion } from './src/analysis/compare.ts';
import { parseDocument } from './src/importer/parse-document.ts';
const g = await loadGlossary('content/concepts');
const ctx = createAnalysisContext(g);
for (const f of ['seed', 'second-document', 'product-backend']) {
  const labels = parse(await readFile(`tests/concept-labels/${f}.yaml`, 'utf8'));
  const path = new URL(labels.document, `file:///work/wt-compare/tests/concept-labels/`).pathname;
  const doc = parseDocument(await readFile(path, 'utf8'), path);
  for (const q of doc.questions) {
    const l = labels.questions[q.position] ?? {};
    const words = q.tiers.great.split(/\s+/).length;
    const listed = analyzeQuestion(q.tiers, ctx).greatVsMediocre.betterOnly.length;
    const lab = (l.separators?.length ?? 0) + (l.terms?.length ?? 0);
    console.log(f.padEnd(16), 'Q' + q.position, 'words', words, 'labelled', lab, 'concepts listed', listed, 'words/labelled', (words / lab).toFixed(1));
  }
}
