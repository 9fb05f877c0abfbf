/**
 * Maps over items with at most `limit` calls in flight, keeping the order of results.: the importer and
 * the question-folder reader handle thousands of files, and opening them all at once exhausts file
 * descriptors (EMFILE).
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await map(items[index]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/** Files open at once: far below the common 256 and 1,024 descriptor limits. */
export const FILE_CONCURRENCY = 32;
