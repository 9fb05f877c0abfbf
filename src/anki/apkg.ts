/**
 * The guide as an Anki package (`.apkg`): a zip holding `collection.anki2`, an SQLite database in
 * the schema Anki reads from packages (version 11), and an empty media list. One note per
 * question, one card per note, the deck named after the guide with one sub-deck per topic.
 * Note, card and deck ids and note guids are derived from slugs and names, so that importing an
 * updated package updates the notes it made before instead of adding copies.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { zipSync, strToU8 } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

/** What a note is made of: one question of the guide. */
export interface AnkiQuestion {
	number: number;
	slug: string;
	/** The question, as plain text. */
	title: string;
	/** Its topics, in order; the first decides its sub-deck. */
	topics: string[];
	/** The great answer, as plain text; blank lines separate paragraphs. */
	great: string;
	/** Labels of the concepts only the great answer states. */
	separating: string[];
	/** The question page's address. */
	url: string;
	/** When the question last changed: Anki updates a note on re-import when this is newer. */
	modified: Date;
}

export const NOTE_FIELDS = ['Question', 'Number', 'Great answer', 'Separating concepts', 'URL'] as const;

/** A positive id below 2^48, the same for the same text in every build. */
export function stableId(kind: string, text: string): number {
	return Number.parseInt(createHash('sha256').update(`${kind}\0${text}`).digest('hex').slice(0, 12), 16) || 1;
}

/** Anki's note guid for a question: ten characters derived from its slug. */
export function noteGuid(slug: string): string {
	return createHash('sha256').update(`guid\0${slug}`).digest('base64url').slice(0, 10);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as an Anki field: Anki fields are HTML, so the text is escaped and paragraphs become line breaks. */
const field = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

/** Anki tags cannot hold spaces. */
export const topicTag = (topic: string) => topic.trim().replace(/\s+/g, '_');

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: #111; background: #fff; }
.nightMode .card, .card.nightMode { color: #eee; background: #1e1e1e; }
.number { font-size: 14px; opacity: 0.8; }
.separating { font-size: 16px; }`;

const FRONT = '<div class="number">Question {{Number}}</div>\n<div class="question">{{Question}}</div>';
const BACK = `{{FrontSide}}
<hr id="answer">
<div class="great">{{Great answer}}</div>
{{#Separating concepts}}<p class="separating"><b>What sets it apart:</b> {{Separating concepts}}</p>{{/Separating concepts}}
<p><a href="{{URL}}">Open the question in the guide</a></p>`;

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

let sqlJs: Promise<SqlJsStatic> | undefined;

function loadSqlJs(): Promise<SqlJsStatic> {
	const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
	sqlJs ??= initSqlJs({ locateFile: () => wasm });
	return sqlJs;
}

const deckJson = (id: number, name: string, mod: number) => ({
	id,
	name,
	mod,
	usn: -1,
	lrnToday: [0, 0],
	revToday: [0, 0],
	newToday: [0, 0],
	timeToday: [0, 0],
	collapsed: false,
	browserCollapsed: false,
	desc: '',
	dyn: 0,
	conf: 1,
	extendNew: 0,
	extendRev: 0,
});

const DECK_OPTIONS = {
	id: 1,
	name: 'Default',
	mod: 0,
	usn: 0,
	maxTaken: 60,
	autoplay: true,
	timer: 0,
	replayq: true,
	dyn: false,
	new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
	rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
	lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
};

/** Sub-deck names: "Guide::Topic". */
export const topicDeckName = (guide: string, topic: string) => `${guide}::${topic.replace(/::/g, ':')}`;

/**
 * The `.apkg` bytes for `questions`, in a deck called `guide`. With `topic`, only that topic's
 * questions, all in its sub-deck; otherwise each question goes to its first topic's sub-deck.
 */
export async function buildApkg(guide: string, questions: readonly AnkiQuestion[], { topic }: { topic?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
	const SQL = await loadSqlJs();
	const db = new SQL.Database();
	try {
		db.run(SCHEMA);
		const chosen = topic === undefined ? questions : questions.filter((question) => question.topics.includes(topic));
		const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
		const latest = chosen.reduce((max, question) => Math.max(max, seconds(question.modified)), 0);
		const modelId = stableId('model', 'interview-study-guide/question/v1');
		const parentId = stableId('deck', guide);
		const decks: Record<string, ReturnType<typeof deckJson>> = {
			1: deckJson(1, 'Default', latest),
			[parentId]: deckJson(parentId, guide, latest),
		};
		const deckOf = (question: AnkiQuestion) => {
			const deckTopic = topic ?? question.topics[0];
			if (deckTopic === undefined) return parentId;
			const name = topicDeckName(guide, deckTopic);
			const id = stableId('deck', name);
			decks[id] ??= deckJson(id, name, latest);
			return id;
		};
		const model = {
			id: modelId,
			name: `${guide} question`,
			type: 0,
			mod: latest,
			usn: -1,
			sortf: 0,
			did: parentId,
			tmpls: [{ name: 'Question → great answer', ord: 0, qfmt: FRONT, afmt: BACK, did: null, bqfmt: '', bafmt: '' }],
			flds: NOTE_FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
			css: CSS,
			latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
			latexPost: '\\end{document}',
			latexsvg: false,
			req: [[0, 'any', [0]]],
			tags: [],
			vers: [],
		};
		const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
		const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
		for (const question of chosen) {
			const noteId = stableId('note', question.slug);
			const fields = [question.title, String(question.number), question.great, question.separating.join(', '), question.url].map(field);
			const checksum = Number.parseInt(createHash('sha1').update(question.title).digest('hex').slice(0, 8), 16);
			const tags = question.topics.length === 0 ? '' : ` ${question.topics.map(topicTag).join(' ')} `;
			insertNote.run([noteId, noteGuid(question.slug), modelId, seconds(question.modified), tags, fields.join('\x1f'), fields[0]!, checksum]);
			insertCard.run([stableId('card', question.slug), noteId, deckOf(question), seconds(question.modified), question.number]);
		}
		insertNote.free();
		insertCard.free();
		const conf = {
			nextPos: chosen.length + 1,
			estTimes: true,
			activeDecks: [1],
			sortType: 'noteFld',
			timeLim: 0,
			sortBackwards: false,
			addToCur: true,
			curDeck: 1,
			newBury: true,
			newSpread: 0,
			dueCounts: true,
			curModel: String(modelId),
			collapseTime: 1200,
		};
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, \'{}\')', [
			latest,
			latest * 1000,
			latest * 1000,
			JSON.stringify(conf),
			JSON.stringify({ [modelId]: model }),
			JSON.stringify(decks),
			JSON.stringify({ 1: DECK_OPTIONS }),
		]);
		const collection = db.export();
		// A fixed time in the zip entries keeps two builds of one commit byte-identical.
		const mtime = new Date(2000, 0, 1);
		// A copy in its own ArrayBuffer, which is what a Response body takes.
		return new Uint8Array(zipSync({ 'collection.anki2': [collection, { mtime }], media: [strToU8('{}'), { mtime }] }, { level: 9 }));
	} finally {
		db.close();
	}
}
