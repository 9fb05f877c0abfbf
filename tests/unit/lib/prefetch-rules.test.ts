import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SPECULATION_RULES, SPECULATION_RULES_HASH } from '../../../src/lib/prefetch-rules.ts';

describe('the speculation rules', () => {
	it('prefetch links on hover, except downloads', () => {
		const [rule] = JSON.parse(SPECULATION_RULES).prefetch;
		expect(rule.eagerness).toBe('moderate');
		expect(rule.where.and).toContainEqual({ not: { selector_matches: '[download]' } });
	});

	it('carry the hash the policy allows them by', () => {
		expect(SPECULATION_RULES_HASH).toBe(`sha256-${createHash('sha256').update(SPECULATION_RULES).digest('base64')}`);
	});
});
