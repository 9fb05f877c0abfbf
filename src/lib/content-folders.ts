/**
 * The folders a build reads its content from: the committed ones, or others named by environment
 * variables, for tests and previews (`GUIDE_QUESTIONS_DIR=some/folder npm run build`).
 */

/** The question files, one Markdown file per question. */
export const questionsFolder = (): string => process.env.GUIDE_QUESTIONS_DIR ?? './content/questions/';

/** The concept glossary's YAML files. */
export const conceptsFolder = (): string => process.env.GUIDE_CONCEPTS_DIR ?? './content/concepts/';
