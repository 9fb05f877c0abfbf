import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { conceptSchema } from './analysis/concept-schema.ts';
import { conceptsFolder, questionsFolder } from './lib/content-folders.ts';
import { conceptsLoader } from './loaders/concepts.ts';
import { questionsLoader } from './loaders/questions.ts';
import { questionSchema } from './questions/question-schema.ts';

export const collections = {
	concepts: defineCollection({
		loader: conceptsLoader({ base: conceptsFolder() }),
		schema: conceptSchema,
	}),
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema(),
	}),
	questions: defineCollection({
		loader: questionsLoader({ base: questionsFolder() }),
		schema: questionSchema,
	}),
};
