/**
 * `compute` with its results kept by argument, for functions called over and over on a small
 * vocabulary (stemming the words of a guide's answers), where the cache stays as small as it.
 */
export function memoizeByWord<T>(compute: (word: string) => T): (word: string) => T {
	const results = new Map<string, T>();
	return (word) => {
		let result = results.get(word);
		if (result === undefined) {
			result = compute(word);
			results.set(word, result);
		}
		return result;
	};
}
