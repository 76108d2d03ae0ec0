import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo context every surface is tested with (server/seed/demo.yaml). */
export const DEMO_YAML = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'server', 'seed', 'demo.yaml'),
  'utf8',
);

/** A small file with one mistake on a known line: goal status `at-risk` (line 9). */
export const BAD_STATUS_YAML = `workspace: Acme
buckets:
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: self-serve
    title: Self-serve
    goals:
      - id: activation
        status: at-risk
        title: Activation
links: []
`;
