/**
 * The schema of a question file in `content/questions/`, checked at every build. It lives apart
 * from `src/content.config.ts` so that the rules can be tested without a build.
 */
import { z } from 'astro/zod';
import { TIER_LABELS, type Tier } from './tiers.ts';

/** One answer tier: the text under its `## … response` heading. */
const answerText = (tier: Tier) =>
	z
		.string({ error: `missing; expected a "## ${TIER_LABELS[tier]} response" section with the answer text` })
		.min(1, { error: `is empty; expected the answer text under "## ${TIER_LABELS[tier]} response"` });

/** A question file in `content/questions/`, as written by `npm run import` and curated by hand. */
export const questionSchema = z.object({
	/** Position in the guide, unique across all documents; `/q/<number>/` will link to it. */
	number: z.number({ error: 'expected a whole number such as 4' }).int().positive(),
	/** The page address, `/questions/<slug>/`. Set once at import and never changed by a re-import. */
	slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected lower-case words joined by hyphens, such as "rate-limiting"',
	}),
	/** Slugs the question had before; each keeps working as a redirect to the current page. */
	formerSlugs: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
	/** The question exactly as the document asks it; the page title. */
	question: z.string({ error: 'expected the question text' }).trim().min(1, { error: 'expected the question text' }),
	/** Subject areas, curated by hand ("APIs", "Security"); the first one places the question in the sidebar. */
	topics: z.array(z.string().trim().min(1)).default([]),
	/** Where the question came from. */
	source: z.object({
		/** Title line of the imported document; questions are grouped under it on the home page. */
		document: z.string().min(1),
		/** The number the document gave the question, used to match it on re-import. */
		position: z.number().int().positive(),
	}),
	/** Fingerprint of the text as last imported; lets a re-import tell document changes from hand edits. */
	importedHash: z.string().optional(),
	/**
	 * Optional corrections to the concept comparison, for what wording alone cannot settle:
	 * `ignore` drops a concept the matcher found; `add.<tier>` states a concept a tier expresses in
	 * words the glossary cannot recognise. Ids must exist in `content/concepts/`.
	 */
	concepts: z
		.object({
			/** Concept ids never to list for this question. */
			ignore: z.array(z.string()).default([]),
			/** Concept ids each tier states without naming them. */
			add: z
				.object({ great: z.array(z.string()), mediocre: z.array(z.string()), poor: z.array(z.string()) })
				.partial()
				.default({}),
		})
		.default({ ignore: [], add: {} }),
	/** The three sample answers, from the file's `## Great/Mediocre/Poor response` sections. */
	tiers: z.object({
		great: answerText('great'),
		mediocre: answerText('mediocre'),
		poor: answerText('poor'),
	}),
});

/** A question as the content layer gives it to pages: the file's validated data. */
export type QuestionData = z.output<typeof questionSchema>;
