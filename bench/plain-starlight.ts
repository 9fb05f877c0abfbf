/**
 * The yardstick for page weight: plain Starlight 0.42 (this project's own copy) rendering the same
 * questions the way a Starlight user would without this guide: one Markdown page per question,
 * the question as its title, the three answers as `<details>` tiers, Starlight's default sidebar
 * listing every question, and nothing else.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/build-tools/site.ts';
import type { DocumentQuestion } from '../src/importer/parse-document.ts';
import { TIERS, type Tier } from '../src/questions/tiers.ts';

const TIER_LABELS: Record<Tier, string> = { great: 'Great response', mediocre: 'Mediocre response', poor: 'Poor response' };

/** Answer text as Markdown that shows it as written: HTML-significant characters and Markdown punctuation escaped. */
const asText = (text: string) => text.replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`).replace(/([\\`*_[\]#|~])/g, '\\$1');

/** The page path of the question numbered `position` in the plain site. */
export const plainQuestionPath = (position: number) => `/questions/q${position}/`;

/** Writes a plain Starlight project for `questions` into `folder` (using this project's node_modules); returns its root. */
export async function writePlainStarlightProject(folder: string, questions: readonly Pick<DocumentQuestion, 'position' | 'question' | 'tiers'>[]): Promise<string> {
	const docs = join(folder, 'src/content/docs');
	await mkdir(join(docs, 'questions'), { recursive: true });
	await symlink(join(PROJECT_ROOT, 'node_modules'), join(folder, 'node_modules'));
	await writeFile(
		join(folder, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	integrations: [starlight({ title: 'Interview Study Guide', sidebar: [{ label: 'Questions', autogenerate: { directory: 'questions' } }] })],
});
`,
	);
	await writeFile(
		join(folder, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	await writeFile(join(docs, 'index.md'), '---\ntitle: Interview Study Guide\n---\n\nOne page per question, in the sidebar.\n');
	for (const question of questions) {
		const tiers = TIERS.map((tier) => `<details>\n<summary>${TIER_LABELS[tier]}</summary>\n\n${asText(question.tiers[tier])}\n\n</details>`);
		await writeFile(
			join(docs, 'questions', `q${question.position}.md`),
			`---\ntitle: ${JSON.stringify(`${question.position}. ${question.question}`)}\nsidebar:\n  order: ${question.position}\n---\n\n${tiers.join('\n\n')}\n`,
		);
	}
	return folder;
}
