/**
 * Decides what an import writes, without touching the disk, so every decision can be tested.
 *
 * A question is matched to its file by document title and the number the document gives it.
 * Re-imports are three-way: each file records a fingerprint of the text it was imported with
 * (`importedHash`), so the planner can tell a change in the document from a hand edit of the file.
 * Hand edits win unless the document changed too; then the import stops until `--force`.
 * Slugs, numbers, topics and any other curated frontmatter are never changed by a re-import.
 */
import { createHash } from 'node:crypto';
import type { ParsedDocument } from './parse-document.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { serializeQuestionFile, type QuestionFrontmatter, type RawQuestionFile } from '../questions/question-file.ts';
import { TIERS, type TierTexts } from '../questions/tiers.ts';

export interface ExistingQuestionFile {
	/** File name inside the questions folder. */
	fileName: string;
	file: RawQuestionFile;
}

export type ChangeKind =
	| 'added'
	| 'updated'
	| 'unchanged'
	| 'kept-hand-edit'
	| 'conflict'
	| 'overwritten-hand-edit'
	| 'not-in-document';

export interface PlannedChange {
	kind: ChangeKind;
	number: number;
	fileName: string;
	question: string;
}

export interface ImportPlan {
	/** Files to write, by file name; empty when the plan has conflicts. */
	writes: { fileName: string; content: string }[];
	changes: PlannedChange[];
	/** True when hand-edited files would be overwritten and `force` was not given. */
	blocked: boolean;
}

/** Fingerprint of the document-derived text of a question. */
export function contentHash(question: string, tiers: Partial<TierTexts>): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify([question, ...TIERS.map((tier) => tiers[tier] ?? '')]));
	return `sha256:${hash.digest('hex').slice(0, 32)}`;
}

export function planImport(
	document: ParsedDocument,
	existing: readonly ExistingQuestionFile[],
	{ force = false }: { force?: boolean } = {},
): ImportPlan {
	const sourceOf = (file: RawQuestionFile) => file.frontmatter.source as QuestionFrontmatter['source'] | undefined;
	const fromThisDocument = new Map(
		existing
			.filter(({ file }) => sourceOf(file)?.document === document.title)
			.map((entry) => [sourceOf(entry.file)!.position, entry]),
	);
	// New files are named after their slug, so a slug is taken when a question or a file has it.
	const takenSlugs = new Set(
		existing.flatMap(({ file, fileName }) => [String(file.frontmatter.slug), fileName.replace(/\.md$/, '')]),
	);
	let nextNumber = Math.max(0, ...existing.map(({ file }) => Number(file.frontmatter.number) || 0)) + 1;

	const writes: ImportPlan['writes'] = [];
	const changes: PlannedChange[] = [];
	let blocked = false;

	for (const incoming of document.questions) {
		const theirs = contentHash(incoming.question, incoming.tiers);
		const match = fromThisDocument.get(incoming.position);
		if (!match) {
			const slug = uniqueSlug(slugify(incoming.question), takenSlugs);
			takenSlugs.add(slug);
			const fileName = `${slug}.md`;
			const frontmatter: QuestionFrontmatter = {
				number: nextNumber++,
				slug,
				question: incoming.question,
				topics: incoming.section ? [incoming.section] : [],
				source: { document: document.title, position: incoming.position },
				importedHash: theirs,
			};
			writes.push({ fileName, content: serializeQuestionFile({ frontmatter, tiers: incoming.tiers }) });
			changes.push({ kind: 'added', number: frontmatter.number, fileName, question: incoming.question });
			continue;
		}
		fromThisDocument.delete(incoming.position);

		const { frontmatter, tiers } = match.file;
		const ours = contentHash(String(frontmatter.question ?? ''), tiers);
		const base = frontmatter.importedHash;
		const change = { number: Number(frontmatter.number), fileName: match.fileName, question: incoming.question };
		let kind: ChangeKind;
		if (ours === theirs) kind = 'unchanged';
		else if (base === theirs) kind = 'kept-hand-edit';
		else if (base === ours) kind = 'updated';
		else kind = force ? 'overwritten-hand-edit' : 'conflict';
		changes.push({ kind, ...change });
		if (kind === 'conflict') blocked = true;
		if (kind === 'updated' || kind === 'overwritten-hand-edit') {
			const updated = { ...frontmatter, question: incoming.question, importedHash: theirs } as QuestionFrontmatter;
			writes.push({ fileName: match.fileName, content: serializeQuestionFile({ frontmatter: updated, tiers: incoming.tiers }) });
		}
	}
	for (const { fileName, file } of fromThisDocument.values()) {
		changes.push({
			kind: 'not-in-document',
			number: Number(file.frontmatter.number),
			fileName,
			question: String(file.frontmatter.question),
		});
	}
	return { writes: blocked ? [] : writes, changes, blocked };
}
