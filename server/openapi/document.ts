import { paths } from './paths';
import { componentSchemas } from './schemas';

let cached: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document of the context API v1 (built once, on first request). */
export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Throughline context API',
      version: '1',
      description:
        'Every route but /healthz needs Authorization: Bearer <token>. Every error, including 404 for an unknown route, has the body of the Error schema. CORS: any origin, no credentials.',
    },
    security: [{ bearer: [] }],
    paths: paths(),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: componentSchemas(),
    },
  };
  return cached;
}
