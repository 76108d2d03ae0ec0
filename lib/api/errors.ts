/** Why a call to the context API failed, in terms a surface can explain to a person. */
export type ApiFailureKind =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'not-throughline'
  | 'cursor-expired'
  | 'invalid-request'
  | 'rate-limited'
  | 'answer-too-large'
  | 'server-error';

const ADVICE: Record<ApiFailureKind, string> = {
  unreachable:
    "Can't reach the context API. Check the API URL and your network; Throughline will retry.",
  unauthorized:
    'The context API refused the API token. Paste a valid token in Throughline settings.',
  forbidden: 'This API token is not allowed to do that. Ask an admin for an admin token.',
  'not-throughline':
    'The server at this URL answered, but it is not a Throughline context API. Check the API URL.',
  'cursor-expired': 'The context API asked for a full resync.',
  'invalid-request': 'The context API rejected the request.',
  'answer-too-large':
    'The context API sent an answer too large to accept; Throughline asks for smaller pieces.',
  'rate-limited': 'The context API asked Throughline to slow down; it will retry.',
  'server-error': 'The context API had an internal error; Throughline will retry.',
};

export class ApiFailure extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    readonly detail?: string,
    readonly status?: number,
    /** From a 429's or 503's `Retry-After`: how long the server asked us to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(detail ? `${ADVICE[kind]} (${detail})` : ADVICE[kind]);
    this.name = 'ApiFailure';
  }

  /** The plain-words message for people, without the technical detail. */
  get advice(): string {
    return ADVICE[this.kind];
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  if (error instanceof Error) return `Sync failed: ${error.message}`;
  return 'Sync failed for an unknown reason.';
}
