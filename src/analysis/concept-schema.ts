import { z } from 'astro/zod';

/** One concept of the glossary in `content/concepts/*.yaml`. */
export const conceptSchema = z.object({
	/** Stable identifier in lower-case words joined by hyphens; the page is `/concepts/<id>/`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'expected lower-case words joined by hyphens, such as "token-bucket"',
	}),
	/** How the concept is named on chips and pages ("Token bucket"); also matched in answers. */
	label: z.string().trim().min(1, { error: 'expected a label such as "Token bucket"' }),
	/**
	 * Other ways answers name the concept: abbreviations, expansions, spelling and word variants.
	 * Plurals, inflections, and hyphen/space/slash variants are matched without being listed.
	 */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** One sentence, in our own words, shown on the concept page and on chips. */
	definition: z.string().trim().min(1, { error: 'expected a one-sentence definition' }).max(240, {
		error: 'expected one sentence of at most 240 characters',
	}),
	/** A stable reference for further reading. */
	link: z.url({ error: 'expected a full URL such as https://en.wikipedia.org/wiki/Token_bucket' }).optional(),
	/** The id of the broader concept this one is a kind of: exponential backoff refines retries. */
	refines: z.string().optional(),
	/**
	 * A broad area rather than a technique (Monitoring, Scalability, Distributed systems): listed as
	 * a separator only when the answer says more than its name (mentions it twice or more), and last.
	 */
	umbrella: z.boolean().default(false),
	/**
	 * How readers say the idea in their own words: word patterns matched by stem, in order, inside
	 * one clause; `…` stands for up to five words ("back off … longer each time", "same message
	 * twice … no harm"). Each has at least two words, and none is specific to one question. "Check
	 * my answer" credits them; the comparison reads them only to tell that the other answer states a
	 * concept too (a paraphrase never makes a separator).
	 */
	paraphrases: z.array(z.string().trim().regex(/\S+\s+\S+/, { error: 'expected a pattern of at least two words' })).optional(),
});

export type Concept = z.infer<typeof conceptSchema>;
