// The strict STIX 2.1 validator the tests hold every export to: OASIS's JSON Schemas (compiled
// with Ajv's 2020-12 class and formats) for the bundle and for each object by its type, plus the
// MUST rules no schema expresses (shared/stix/bundleRules.ts). The schemas are files beside the
// repository (../shared/conformance/stix2-json-schemas), so this runs in Node only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { checkBundleRules, checkStandaloneObjectRules } from '../../shared/stix/bundleRules';

export const STIX_CONFORMANCE_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'conformance', 'stix2-json-schemas');

export interface StixValidationProblem {
  readonly path: string;
  readonly message: string;
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonFilesUnder(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** Every example bundle OASIS ships (examples/ and its threat reports). */
export function oasisExampleFiles(): string[] {
  return jsonFilesUnder(join(STIX_CONFORMANCE_DIR, 'examples'));
}

interface CompiledSchemas {
  readonly bundle: ValidateFunction;
  readonly byType: ReadonlyMap<string, ValidateFunction>;
  /**
   * Types the specification defines, with a schema of their own, that bundle.json's list of
   * object schemas leaves out (note, opinion, grouping, location, incident, extension-definition
   * in this copy). bundle.json then takes them for custom objects, which must match exactly one of
   * core and cyber-observable-core; they match both, so it refuses any bundle holding one. OASIS
   * fixed the same gap for infrastructure (cti-stix2-json-schemas issue #133). These objects are
   * held to their own type's schema instead, never to none.
   */
  readonly missingFromBundle: ReadonlySet<string>;
}

let compiled: CompiledSchemas | null = null;

function schemas(): CompiledSchemas {
  if (compiled) return compiled;
  // allErrors for complete reports; strict off because OASIS's schemas use `definitions` that
  // strict mode rejects as unknown; no `u` flag because their patterns escape `-` (`\-?$`),
  // which ECMAScript's unicode mode refuses.
  const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  // ajv-formats has no internationalised host names; the domain-name schema uses it. Any
  // string passes that one format, as the schema's own pattern still applies.
  ajv.addFormat('idn-hostname', true);
  const byType = new Map<string, ValidateFunction>();
  const files = jsonFilesUnder(join(STIX_CONFORMANCE_DIR, 'schemas'));
  const loaded = files.map((file) => ({ file, schema: JSON.parse(readFileSync(file, 'utf8')) as { $id: string; title?: string } }));
  for (const { schema } of loaded) ajv.addSchema(schema);
  let bundle: ValidateFunction | undefined;
  for (const { file, schema } of loaded) {
    const validate = ajv.getSchema(schema.$id);
    if (!validate) throw new Error(`schema not compiled: ${file}`);
    const name = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
    if (name === 'bundle') bundle = validate;
    else if (/\/(sdos|sros|observables)\//.test(file) || ['marking-definition', 'extension-definition', 'language-content'].includes(name)) byType.set(name, validate);
  }
  if (!bundle) throw new Error('bundle.json not found among the OASIS schemas');
  const bundleSchema = loaded.find(({ file }) => file.endsWith('/common/bundle.json'))?.schema;
  const listed = new Set([...JSON.stringify(bundleSchema).matchAll(/"\$ref":"\.\.\/[a-z]+\/([a-z0-9-]+)\.json"/g)].map((m) => m[1]));
  const missingFromBundle = new Set([...byType.keys()].filter((type) => !listed.has(type)));
  compiled = { bundle, byType, missingFromBundle };
  return compiled;
}

function schemaProblems(validate: ValidateFunction, value: unknown, prefix: string): StixValidationProblem[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => ({ path: `${prefix}${error.instancePath}`, message: `${error.message ?? 'invalid'} (${error.schemaPath})` }));
}

/** A bundle, or one object shared on its own (OASIS ships such examples): its schema and rules. */
export function validateStixDocument(value: unknown): StixValidationProblem[] {
  const type = (value as { type?: unknown } | null)?.type;
  if (type === 'bundle' || typeof type !== 'string') return validateStixBundle(value);
  const validate = schemas().byType.get(type);
  return [...(validate ? schemaProblems(validate, value, '$') : []), ...checkStandaloneObjectRules(value)];
}

/** All problems of a bundle: schema errors per object and for the bundle, then the MUST rules. */
export function validateStixBundle(value: unknown): StixValidationProblem[] {
  const { bundle, byType, missingFromBundle } = schemas();
  const objects = (value as { objects?: unknown } | null)?.objects;
  const typeOf = (object: unknown): unknown => (object as { type?: unknown } | null)?.type;
  let envelope = value;
  if (Array.isArray(objects) && objects.some((o) => missingFromBundle.has(String(typeOf(o))))) {
    const kept = objects.filter((o) => !missingFromBundle.has(String(typeOf(o))));
    const { objects: _all, ...rest } = value as { objects: unknown[] };
    envelope = kept.length > 0 ? { ...rest, objects: kept } : rest;
  }
  const problems = [...schemaProblems(bundle, envelope, '$')];
  if (Array.isArray(objects)) {
    objects.forEach((object: unknown, index) => {
      const type = (object as { type?: unknown }).type;
      const validate = typeof type === 'string' ? byType.get(type) : undefined;
      // Types the specification does not define (custom objects) have only the bundle's check.
      if (validate) problems.push(...schemaProblems(validate, object, `$.objects[${index}]`));
    });
  }
  problems.push(...checkBundleRules(value));
  return problems;
}
