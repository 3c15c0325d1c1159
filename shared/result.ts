/** What every operation returns across a boundary (IPC, CLI, test bridge). */
export interface AppError {
  /** For programs: a stable code such as "VALIDATION" or "NOT_FOUND". */
  code: string;
  /** For people: a Vietnamese sentence saying where and what to do. */
  message: string;
  /** Optional per-field or per-row details, each a Vietnamese sentence. */
  details?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, details?: string[]): Result<never> => ({
  ok: false,
  error: details && details.length ? { code, message, details } : { code, message },
});

/** Thrown inside services; the boundary turns it into a failed Result. */
export class UserError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
