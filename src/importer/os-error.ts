/** Turns an operating-system error into one line that names the file and says what to do. */
const ADVICE: Record<string, string> = {
	ENOENT: 'no such file or folder; check the path',
	EISDIR: 'is a folder, not a document; give the path of a text file',
	ENOTDIR: 'a part of this path is a file, not a folder; check the path',
	EACCES: 'permission denied; check who owns the file and its permissions',
	EPERM: 'the operation is not permitted; check the permissions of the file and its folder',
	ENAMETOOLONG: 'the file name is too long for the file system; shorten the path',
	EMFILE: 'too many files are open; raise the limit (ulimit -n) and run again',
	ENFILE: 'the system has too many files open; close some programs and run again',
	ENOSPC: 'the disk is full; free some space and run again',
	EROFS: 'the file system is read-only; choose another --out folder',
	EBUSY: 'the file is in use by another program; close it and run again',
};

export function isOsError(error: unknown): error is NodeJS.ErrnoException {
	return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined;
}

export function describeOsError(error: NodeJS.ErrnoException, fallbackPath: string): string {
	const path = error.path ?? fallbackPath;
	return `${path}: ${ADVICE[error.code!] ?? `${error.code} (${error.message.split(',')[0]})`}`;
}
