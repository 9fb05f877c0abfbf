/** An error at a line of a text file: `line 12: what was found and what was expected`. */
export class LineError extends Error {
	readonly line: number;
	readonly detail: string;
	constructor(line: number, detail: string) {
		super(`line ${line}: ${detail}`);
		this.line = line;
		this.detail = detail;
	}
}
