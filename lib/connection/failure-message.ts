import { ApiFailure, type ApiFailureKind } from '../api/errors';

export interface ConnectFailure {
  kind: ApiFailureKind | 'unknown';
  /** One line saying what went wrong. */
  title: string;
  /** What to do about it. */
  advice: string;
}

/**
 * Why connecting failed, in words that tell the three common cases apart: the address cannot be
 * reached, the server is a Throughline API that refused the token, or the server is something else.
 */
export function connectFailure(error: unknown, apiUrl: string): ConnectFailure {
  const host = hostOf(apiUrl);
  if (!(error instanceof ApiFailure))
    return {
      kind: 'unknown',
      title: 'Connecting failed.',
      advice: error instanceof Error ? error.message : 'Try again.',
    };
  switch (error.kind) {
    case 'unreachable':
      return {
        kind: error.kind,
        title: `Can't reach ${host}.`,
        advice:
          error.detail === 'timed out'
            ? 'It did not answer in time. Check the API URL, your network and VPN, then try again.'
            : 'Check the API URL (scheme, host and port), that the server is running, and your network or VPN.',
      };
    case 'unauthorized':
      return {
        kind: error.kind,
        title: `${host} refused this API token.`,
        advice:
          'The server is a Throughline context API, but the token is wrong, revoked or for another server. Copy the whole token again, or ask your admin for a new one.',
      };
    case 'not-throughline':
      return {
        kind: error.kind,
        title: `${host} is not a Throughline context API.`,
        advice:
          'It answered, but not as a context API does. Check the API URL: it is the address of your Throughline server (ask your admin), not of Jira, GitHub or Linear.',
      };
    case 'forbidden':
      return {
        kind: error.kind,
        title: `${host} does not allow this token to read the context.`,
        advice: 'Ask your admin for a token with read access.',
      };
    default:
      return {
        kind: error.kind,
        title: `${host} could not answer right now.`,
        advice: `${error.message} Try again in a moment.`,
      };
  }
}

function hostOf(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return 'The server';
  }
}
