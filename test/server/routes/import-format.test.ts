import { describe, expect, it } from 'vitest';
import { formatOfBody } from '../../../server/routes/import';

describe('formatOfBody', () => {
  it('follows a Content-Type that names YAML or JSON', () => {
    expect(formatOfBody('application/yaml; charset=utf-8', '{"a": 1}')).toBe('yaml');
    expect(formatOfBody('text/yaml', '{}')).toBe('yaml');
    expect(formatOfBody('application/json', 'workspace: A')).toBe('json');
    expect(formatOfBody('application/vnd.acme+json', 'workspace: A')).toBe('json');
  });

  it('otherwise reads JSON from a first { or [, and YAML from anything else', () => {
    expect(formatOfBody(undefined, '  \n {"workspace": "A"}')).toBe('json');
    expect(formatOfBody('text/plain', '[1]')).toBe('json');
    expect(formatOfBody(undefined, 'workspace: A')).toBe('yaml');
    expect(formatOfBody('application/octet-stream', '# comment\nworkspace: A')).toBe('yaml');
  });
});
