import { loadGlossary } from './src/analysis/glossary-files.ts';
import { zipf } from './src/analysis/terms.ts';
const g = await loadGlossary('content/concepts');
const rows: string[] = [];
for (const c of g) for (const p of [c.label, ...c.aliases]) {
  if (/\s|-|\//.test(p.trim())) continue;
  if (/^[A-Z0-9]{2,}s?$/.test(p) || /[A-Z].*[A-Z]/.test(p.slice(1))) continue;
  const z = zipf(p);
  if (z >= 2.0 && z < 3.3) rows.push(`${z.toFixed(1)} ${p}  <- ${c.id}${c.umbrella ? ' (umbrella)' : ''}${p === c.label ? ' [label]' : ''}`);
}
console.log(rows.sort().reverse().join('\n'));
