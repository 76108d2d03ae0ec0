import { SyncQuerySchema } from '../../lib/schema/sync';
import { jsonSchemaOf, type ComponentName } from './schemas';

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName) => ({ content: { 'application/json': { schema: ref(name) } } });

/** When each status is answered; every error has the body of the Error schema. */
const ERROR_WHEN: Record<number, string> = {
  400: 'Invalid input: the body or a parameter does not match the schema (code invalid_input)',
  401: 'No token, or an unknown or revoked one (code unauthorized)',
  403: 'The token is not an admin token (code forbidden)',
  410: 'The cursor cannot be served: from another server, ahead of this one, or below the tombstone-pruning horizon; start over without a cursor (code cursor_expired)',
  413: "The body is larger than the route's limit: 3 MB for mutations, 5 MB for an import (code payload_too_large)",
  429: 'Too many requests with this token, too many at once, or too many failed authentications from this address; see the Retry-After header (code rate_limited)',
  500: 'An unexpected failure; nothing is revealed about it (code internal)',
};

function errors(...statuses: number[]) {
  return Object.fromEntries(
    [401, 429, 500, ...statuses].map((status) => [
      status,
      { description: ERROR_WHEN[status] ?? 'Error', ...json('Error') },
    ]),
  );
}

/** The sync query parameters, from the schema the route validates them with. */
function syncParameters() {
  const properties = jsonSchemaOf(SyncQuerySchema, 'input').properties as Record<string, object>;
  const descriptions: Record<string, string> = {
    cursor: 'Opaque, from the previous page; none means from the start (the current state)',
    limit: 'Changes per page',
  };
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: descriptions[name],
    schema,
  }));
}

/** Every route of server/app.ts; test/server/openapi.test.ts checks that none is missing. */
export function paths(): Record<string, unknown> {
  return {
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Whether the server is up (no token needed)',
        security: [],
        responses: { 200: { description: 'The server is up', ...json('Health') } },
      },
    },
    '/v1/me': {
      get: {
        operationId: 'me',
        summary: 'Who the token acts as, in which workspace',
        responses: { 200: { description: 'Token user and workspace', ...json('Me') }, ...errors() },
      },
    },
    '/v1/sync': {
      get: {
        operationId: 'sync',
        summary: 'One page of the change feed; follow cursor while more is true',
        parameters: syncParameters(),
        responses: {
          200: { description: 'One page of changes, oldest first', ...json('SyncPage') },
          ...errors(400, 410),
        },
      },
    },
    '/v1/mutations': {
      post: {
        operationId: 'mutations',
        summary: 'Tag (link.set) or untag (link.clear) tickets; idempotent by mutation id',
        description:
          'link.set names an intentId and/or a bucketId, or says noFit: true (no intent fits this work) with neither and an optional note. A later link.set replaces the whole link.',
        requestBody: { required: true, ...json('MutationsRequest') },
        responses: {
          200: { description: 'One result per mutation, in order', ...json('MutationsResponse') },
          ...errors(400, 413),
        },
      },
    },
    '/v1/import': {
      post: {
        operationId: 'import',
        summary: 'Import a context file (admin token). Idempotent.',
        description:
          'YAML with Content-Type application/yaml (or text/yaml), else JSON. A 400 lists each problem in error.details as { path, message, line? }.',
        requestBody: {
          required: true,
          content: {
            'application/yaml': { schema: ref('ContextFile') },
            'application/json': { schema: ref('ContextFile') },
          },
        },
        responses: {
          200: { description: 'What changed', ...json('ImportResult') },
          ...errors(400, 403, 413),
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document',
        responses: {
          200: {
            description: 'The OpenAPI 3.1 document',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...errors(),
        },
      },
    },
  };
}
