/** The Anki package read back as Anki would: unzip it, open the collection with SQLite, check it. */
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApkg, NOTE_FIELDS, noteGuid, stableId, type AnkiQuestion } from '../../../src/anki/apkg.ts';

const MODIFIED = new Date('2026-11-28T10:00:00Z');
const questions: AnkiQuestion[] = [
	{
		number: 1,
		slug: 'api-versioning',
		title: 'How do you approach <API> versioning?',
		topics: ['APIs', 'Architecture'],
		great: 'Version in the URL.\n\nDeprecate with notice & headers.',
		separating: ['Deprecation policy', 'Semantic versioning'],
		url: 'https://example.org/questions/api-versioning/',
		modified: MODIFIED,
	},
	{ number: 2, slug: 'rate-limiting', title: 'Design a rate limiter.', topics: ['APIs'], great: 'Token bucket.', separating: [], url: '/questions/rate-limiting/', modified: MODIFIED },
	{ number: 3, slug: 'caching', title: 'Caching?', topics: ['Data stores'], great: 'TTL.', separating: ['TTL'], url: '/questions/caching/', modified: MODIFIED },
];

let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
	const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
	SQL = await initSqlJs({ locateFile: () => wasm });
});

const open: Database[] = [];
afterAll(() => open.forEach((db) => db.close()));

async function readPackage(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	const db = new SQL.Database(files['collection.anki2']);
	open.push(db);
	const rows = (sql: string) => {
		const [result] = db.exec(sql);
		return result ? result.values.map((row) => Object.fromEntries(result.columns.map((column, index) => [column, row[index]]))) : [];
	};
	return { files, rows };
}

describe('buildApkg', () => {
	it('writes a collection in Anki’s schema: tables, model, fields, notes, cards and decks', async () => {
		const { files, rows } = await readPackage(await buildApkg('Interview Study Guide', questions));
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(strFromU8(files.media!)).toBe('{}');
		const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => row.name);
		expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
		const [col] = rows('SELECT * FROM col');
		expect(col!.ver).toBe(11);
		const models = JSON.parse(String(col!.models));
		const model = Object.values(models)[0] as { id: number; flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[] };
		expect(model.flds.map((f) => f.name)).toEqual([...NOTE_FIELDS]);
		expect(model.tmpls[0]!.qfmt).not.toContain('Great answer');
		expect(model.tmpls[0]!.afmt).toContain('{{Great answer}}');
		const decks = Object.values(JSON.parse(String(col!.decks)) as Record<string, { id: number; name: string }>);
		expect(decks.map((deck) => deck.name).sort()).toEqual(['Default', 'Interview Study Guide', 'Interview Study Guide::APIs', 'Interview Study Guide::Data stores']);

		const notes = rows('SELECT * FROM notes ORDER BY id');
		expect(notes).toHaveLength(3);
		const versioning = notes.find((note) => note.id === stableId('note', 'api-versioning'))!;
		expect(versioning.guid).toBe(noteGuid('api-versioning'));
		expect(versioning.mid).toBe(model.id);
		expect(versioning.tags).toBe(' APIs Architecture ');
		expect(String(versioning.flds).split('\x1f')).toEqual([
			'How do you approach &lt;API&gt; versioning?',
			'1',
			'Version in the URL.<br><br>Deprecate with notice &amp; headers.',
			'Deprecation policy, Semantic versioning',
			'https://example.org/questions/api-versioning/',
		]);
		expect(versioning.mod).toBe(MODIFIED.getTime() / 1000);

		const cards = rows('SELECT * FROM cards ORDER BY due');
		expect(cards).toHaveLength(3);
		const deckName = (id: unknown) => decks.find((deck) => deck.id === id)!.name;
		expect(cards.map((card) => [card.nid, deckName(card.did), card.type, card.queue])).toEqual([
			[stableId('note', 'api-versioning'), 'Interview Study Guide::APIs', 0, 0],
			[stableId('note', 'rate-limiting'), 'Interview Study Guide::APIs', 0, 0],
			[stableId('note', 'caching'), 'Interview Study Guide::Data stores', 0, 0],
		]);
	});

	it('keeps ids from slugs across builds, so re-importing updates notes, and builds byte-identical packages', async () => {
		const first = await buildApkg('Interview Study Guide', questions);
		expect(await buildApkg('Interview Study Guide', questions)).toEqual(first);
		const edited = questions.map((question) => (question.slug === 'caching' ? { ...question, great: 'TTL and invalidation.', modified: new Date('2026-12-01T00:00:00Z') } : question));
		const { rows } = await readPackage(await buildApkg('Interview Study Guide', edited));
		const { rows: before } = await readPackage(first);
		expect(rows('SELECT id, guid FROM notes ORDER BY id')).toEqual(before('SELECT id, guid FROM notes ORDER BY id'));
		expect(rows('SELECT id FROM cards ORDER BY id')).toEqual(before('SELECT id FROM cards ORDER BY id'));
	});

	it('packs one topic into its sub-deck', async () => {
		const { rows } = await readPackage(await buildApkg('Interview Study Guide', questions, { topic: 'APIs' }));
		expect(rows('SELECT COUNT(*) AS n FROM notes')[0]!.n).toBe(2);
		const dids = new Set(rows('SELECT did FROM cards').map((card) => card.did));
		expect([...dids]).toEqual([stableId('deck', 'Interview Study Guide::APIs')]);
	});

	it('stays small for 1,000 questions', async () => {
		const many = Array.from({ length: 1000 }, (_, index): AnkiQuestion => ({
			number: index + 1,
			slug: `question-${index + 1}`,
			title: `Question ${index + 1}: how would you design system ${index} for scale and reliability?`,
			topics: [`Topic ${index % 12}`, `Topic ${(index + 5) % 12}`],
			great: `${'I would start from the requirements, measure, and choose a design with clear trade-offs. '.repeat(8)}${index}`,
			separating: ['Idempotency', 'Backpressure', 'Observability'],
			url: `https://example.org/questions/question-${index + 1}/`,
			modified: MODIFIED,
		}));
		const started = performance.now();
		const bytes = await buildApkg('Interview Study Guide', many);
		const { rows } = await readPackage(bytes);
		expect(rows('SELECT COUNT(*) AS n FROM cards')[0]!.n).toBe(1000);
		console.log(`Anki package for 1,000 questions: ${(bytes.length / 1024).toFixed(0)} KB, built in ${(performance.now() - started).toFixed(0)} ms`);
		expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
	});
});
