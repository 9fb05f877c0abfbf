import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = fileURLToPath(new URL('../../../shared/seeds/000_d710c2abce48546a.txt', import.meta.url));

export function readSeed(): string {
	return readFileSync(SEED_PATH, 'utf8');
}

export function fixturePath(name: string): string {
	return fileURLToPath(new URL(`../fixtures/documents/${name}`, import.meta.url));
}

export function readFixture(name: string): string {
	return readFileSync(fixturePath(name), 'utf8');
}

/** A glossary folder of `tests/fixtures/glossary/`, to build a guide with instead of `content/concepts/`. */
export function glossaryFixturePath(name: string): string {
	return fileURLToPath(new URL(`../fixtures/glossary/${name}/`, import.meta.url));
}
