/** The three sample-answer tiers, best first. Their ids double as the page anchors (`#great`). */
export const TIERS = ['great', 'mediocre', 'poor'] as const;

export type Tier = (typeof TIERS)[number];

export type TierTexts = Record<Tier, string>;

/** How each tier is named in headings, documents and question files. */
export const TIER_LABELS: Record<Tier, string> = {
	great: 'Great',
	mediocre: 'Mediocre',
	poor: 'Poor',
};
