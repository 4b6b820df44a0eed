// The validator against OASIS's own example bundles: a validator that refused them would be wrong.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STIX_CONFORMANCE_DIR, oasisExampleFiles, validateStixDocument } from '../../stix/stixValidator';

describe('the STIX 2.1 validator', () => {
  const files = oasisExampleFiles();

  it('finds the OASIS examples, the apt1 threat report among them', () => {
    expect(files.map((f) => relative(STIX_CONFORMANCE_DIR, f))).toContain('examples/threat-reports/apt1.json');
  });

  it.each(files.map((f) => [relative(STIX_CONFORMANCE_DIR, f), f]))('accepts %s', (_name, file) => {
    expect(validateStixDocument(JSON.parse(readFileSync(file, 'utf8')) as unknown)).toEqual([]);
  });
});
