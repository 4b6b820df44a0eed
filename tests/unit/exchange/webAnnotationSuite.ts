// Runs the W3C Web Annotation Working Group's own test suite (../shared/conformance/
// web-annotation-tests): every MUST assertion of annotationMusts.test, with Ajv's draft-04 dialect.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** Beside the repository, as in CI: ../shared/conformance/web-annotation-tests. */
export const SUITE_ROOT = resolve(__dirname, '../../../../shared/conformance/web-annotation-tests');

export interface Assertion {
  readonly file: string;
  readonly expectedResult: 'valid' | 'invalid';
  readonly errorMessage: string;
  readonly validate: ValidateFunction;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export function suiteAvailable(): boolean {
  return existsSync(join(SUITE_ROOT, 'annotations', 'annotationMusts.test'));
}

/** The MUST assertions, compiled once, with every definitions/*.json registered by its id. */
export function loadMustAssertions(): Assertion[] {
  const ajv = new Ajv04({ strict: false, allErrors: false });
  addFormats(ajv);
  const definitions = join(SUITE_ROOT, 'definitions');
  // The folder also holds an empty .gitignore: only the .json files are schemas.
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) ajv.addSchema(readJson(join(definitions, file)));
  const list = readJson(join(SUITE_ROOT, 'annotations', 'annotationMusts.test')).assertions as string[];
  return list.map((file) => {
    const schema = readJson(join(SUITE_ROOT, file));
    if (schema.assertionType !== 'must') throw new Error(`${file} is not a MUST assertion`);
    return {
      file,
      expectedResult: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
      errorMessage: String(schema.errorMessage ?? ''),
      validate: ajv.compile(schema),
    };
  });
}

/** The assertions an annotation fails, by file name; empty when it conforms. */
export function failedMusts(assertions: readonly Assertion[], annotation: unknown): string[] {
  return assertions.filter((a) => (a.validate(annotation) ? 'valid' : 'invalid') !== a.expectedResult).map((a) => a.file);
}

/** The suite's own sample annotations, parsed; the incorrect folder also holds files that are not JSON. */
export function suiteSamples(kind: 'correct' | 'incorrect'): { readonly name: string; readonly annotation: unknown }[] {
  const folder = join(SUITE_ROOT, 'tools', 'samples', kind);
  return readdirSync(folder)
    .filter((name) => /^anno\d+.*\.json$/.test(name))
    .flatMap((name) => {
      try {
        return [{ name, annotation: JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown }];
      } catch {
        return [];
      }
    });
}
