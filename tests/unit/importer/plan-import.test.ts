import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../src/importer/parse-document.ts';
import { planImport, type ExistingQuestionFile } from '../../../src/importer/plan-import.ts';
import { parseQuestionFile } from '../../../src/questions/question-file.ts';

const document = (title: string, answers: string[]): ParsedDocument => ({
	title,
	questions: answers.map((great, index) => ({
		position: index + 1,
		question: `How would you design system ${title} ${index + 1}?`,
		tiers: { great, mediocre: 'mediocre', poor: 'poor' },
		line: index * 4 + 2,
	})),
});

/** Applies a plan's writes to an in-memory folder, the way the CLI applies them to disk. */
function apply(folder: Map<string, string>, writes: { fileName: string; content: string }[]) {
	for (const { fileName, content } of writes) folder.set(fileName, content);
	return folder;
}

function existing(folder: Map<string, string>): ExistingQuestionFile[] {
	return [...folder].map(([fileName, text]) => ({ fileName, file: parseQuestionFile(text) }));
}

function editAnswer(folder: Map<string, string>, fileName: string, from: string, to: string) {
	folder.set(fileName, folder.get(fileName)!.replace(from, to));
}

describe('planImport', () => {
	it('adds every question of a new document with numbers, slugs and an empty topic list', () => {
		const plan = planImport(document('Doc', ['a', 'b']), []);
		expect(plan.changes.map((change) => [change.kind, change.number, change.fileName])).toEqual([
			['added', 1, 'system-doc-1.md'],
			['added', 2, 'system-doc-2.md'],
		]);
		const file = parseQuestionFile(plan.writes[0]!.content);
		expect(file.frontmatter).toMatchObject({ number: 1, slug: 'system-doc-1', topics: [], source: { document: 'Doc', position: 1 } });
	});

	it('changes nothing when the same document is imported again', () => {
		const folder = apply(new Map(), planImport(document('Doc', ['a', 'b']), []).writes);
		const plan = planImport(document('Doc', ['a', 'b']), existing(folder));
		expect(plan.writes).toEqual([]);
		expect(plan.changes.map((change) => change.kind)).toEqual(['unchanged', 'unchanged']);
	});

	it('updates an untouched file when the document changed, keeping slug, number and topics', () => {
		const folder = apply(new Map(), planImport(document('Doc', ['a', 'b']), []).writes);
		editAnswer(folder, 'system-doc-1.md', 'slug: system-doc-1', 'slug: renamed-by-hand');
		editAnswer(folder, 'system-doc-1.md', 'topics: []', 'topics:\n  - APIs');
		const plan = planImport(document('Doc', ['a, revised', 'b']), existing(folder));
		expect(plan.changes.map((change) => change.kind)).toEqual(['updated', 'unchanged']);
		const updated = parseQuestionFile(plan.writes[0]!.content);
		expect(updated.tiers.great).toBe('a, revised');
		expect(updated.frontmatter).toMatchObject({ slug: 'renamed-by-hand', number: 1, topics: ['APIs'] });
	});

	it('keeps a hand edit when the document has not changed', () => {
		const folder = apply(new Map(), planImport(document('Doc', ['a']), []).writes);
		editAnswer(folder, 'system-doc-1.md', '\na\n', '\na, fixed by hand\n');
		const plan = planImport(document('Doc', ['a']), existing(folder));
		expect(plan.changes[0]!.kind).toBe('kept-hand-edit');
		expect(plan.writes).toEqual([]);
	});

	it('blocks the whole import when a hand-edited file changed in the document too, until forced', () => {
		const folder = apply(new Map(), planImport(document('Doc', ['a', 'b']), []).writes);
		editAnswer(folder, 'system-doc-1.md', '\na\n', '\na, fixed by hand\n');
		const changed = document('Doc', ['a, revised', 'b, revised']);

		const blocked = planImport(changed, existing(folder));
		expect(blocked.blocked).toBe(true);
		expect(blocked.writes).toEqual([]);
		expect(blocked.changes.map((change) => change.kind)).toEqual(['conflict', 'updated']);

		const forced = planImport(changed, existing(folder), { force: true });
		expect(forced.changes.map((change) => change.kind)).toEqual(['overwritten-hand-edit', 'updated']);
		expect(parseQuestionFile(forced.writes[0]!.content).tiers.great).toBe('a, revised');
	});

	it('numbers a second document after the existing questions and never reuses a slug', () => {
		const folder = apply(new Map(), planImport(document('Doc', ['a', 'b']), []).writes);
		const second = document('Doc', ['c']);
		second.title = 'Other';
		second.questions[0]!.question = 'How would you design system Doc 1?';
		const plan = planImport(second, existing(folder));
		expect(plan.changes).toEqual([
			{ kind: 'added', number: 3, fileName: 'system-doc-1-2.md', question: 'How would you design system Doc 1?' },
		]);
		expect(parseQuestionFile(plan.writes[0]!.content).frontmatter.source).toEqual({ document: 'Other', position: 1 });
	});

	it('reports questions that left the document and leaves their files alone', () => {
		const folder = apply(new Map(), planImport(document('Doc', ['a', 'b']), []).writes);
		const plan = planImport(document('Doc', ['a']), existing(folder));
		expect(plan.changes.map((change) => change.kind)).toEqual(['unchanged', 'not-in-document']);
		expect(plan.writes).toEqual([]);
	});
});
