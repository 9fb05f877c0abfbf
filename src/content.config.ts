import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { conceptSchema } from './analysis/concept-schema.ts';
import { conceptsLoader } from './loaders/concepts.ts';
import { questionsLoader } from './loaders/questions.ts';
import { questionSchema } from './questions/question-schema.ts';

export const collections = {
	concepts: defineCollection({
		loader: conceptsLoader({ base: './content/concepts/' }),
		schema: conceptSchema,
	}),
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema(),
	}),
	questions: defineCollection({
		// GUIDE_QUESTIONS_DIR builds the site from another folder of question files (tests, previews).
		loader: questionsLoader({ base: process.env.GUIDE_QUESTIONS_DIR ?? './content/questions/' }),
		schema: questionSchema,
	}),
};
