/**
 * A file operation the environment refused (no space, no permission, a directory in the way).
 * These are the user's to fix, not bugs: the CLI reports them with exit 2, a reason in words and
 * a hint, never a stack trace.
 */

/** What each system error code means, in words a user acts on. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'already exists',
  ENOENT: 'no such file or directory',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EPIPE: 'the reader went away (broken pipe)',
  EAGAIN: 'not ready (a special file)',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EINVAL: 'not allowed here',
  EXDEV: 'on another device',
};

/** Hints by code; the rest get the general one. */
const HINTS: Readonly<Record<string, string>> = {
  EACCES: 'choose a directory you can write to, or fix its permissions',
  EPERM: 'choose a directory you can write to, or fix its permissions',
  EROFS: 'choose a directory on a writable disk',
  ENOSPC: 'free some space, or choose a directory on another disk',
  EDQUOT: 'free some space, or choose a directory on another disk',
  EISDIR: 'move the directory out of the way, or choose another directory',
  ENOTDIR: 'name a directory to write into (it is created if missing), not a file',
  EEXIST: 'name a directory to write into (it is created if missing), not a file',
};

const GENERAL_HINT = 'choose another directory';

export interface SystemError extends Error {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
}

/** A Node system error (errno code such as ENOSPC), as thrown by node:fs and streams. */
export function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string' && /^E[A-Z0-9]+$/.test((error as SystemError).code);
}

/** `no space left on device (ENOSPC)`: the reason in words, then the code to search for. */
export function systemErrorReason(error: SystemError): string {
  return `${REASONS[error.code] ?? error.message.replace(/^[A-Z0-9]+: /, '').replace(/,.*$/, '')} (${error.code})`;
}

export class OutputError extends Error {
  readonly hint: string;

  constructor(
    /** The errno code: ENOSPC, EISDIR, ... */
    readonly code: string,
    /** The file or directory the user asked for (never an internal temporary name). */
    readonly path: string,
    message: string,
    hint?: string,
  ) {
    super(message);
    this.name = 'OutputError';
    this.hint = hint ?? HINTS[code] ?? GENERAL_HINT;
  }

  /** `cannot write 'out/plan.md': no space left on device (ENOSPC)`; anything but a system error is left as it is (a bug). */
  static from(error: unknown, action: string, path: string): unknown {
    if (error instanceof OutputError || !isSystemError(error)) return error;
    return new OutputError(error.code, path, `cannot ${action} '${path}': ${systemErrorReason(error)}`);
  }
}
