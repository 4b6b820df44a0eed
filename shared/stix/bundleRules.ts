// The STIX 2.1 MUST rules a JSON Schema cannot express, over a whole bundle: well-formed ids
// (type--UUIDv4/v5), millisecond timestamps with `modified` not before `created`, and every
// `*_ref`/`*_refs` naming an object of an allowed type that is in the bundle (or a marking
// definition). The app refuses a bundle on these; the test validator adds OASIS's schemas.
import { jsonPath, type ExchangeProblem, type PathSegment } from '../exchange/problems';

const UUID_V4_V5 = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[45][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
const ID_PATTERN = new RegExp(`^([a-z][a-z0-9-]+[a-z0-9])--${UUID_V4_V5}$`);
const TIMESTAMP = /^\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;
/** Objects that need no bundle of their own: marking definitions may be the well-known TLP ones. */
const FREE_STANDING_TYPES: ReadonlySet<string> = new Set(['marking-definition']);
/** Stop after this many: a broken bundle only gets longer reports, not more useful ones. */
const MAX_RULE_PROBLEMS = 200;

/** Where a reference may point, by property name; properties not listed may name any object. */
const ALLOWED_TARGETS: Readonly<Record<string, readonly string[]>> = {
  created_by_ref: ['identity'],
  object_marking_refs: ['marking-definition'],
  marking_ref: ['marking-definition'],
  where_sighted_refs: ['identity', 'location'],
  observed_data_refs: ['observed-data'],
  sample_refs: ['file', 'artifact'],
  sample_ref: ['file', 'artifact', 'network-traffic'],
  operating_system_refs: ['software'],
  operating_system_ref: ['software'],
  installed_software_refs: ['software'],
  analysis_sco_refs: [],
  host_vm_ref: ['software'],
  resolves_to_refs: ['ipv4-addr', 'ipv6-addr', 'domain-name', 'mac-addr'],
  belongs_to_refs: ['autonomous-system'],
  src_ref: ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'],
  dst_ref: ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'],
  from_ref: ['email-addr'],
  sender_ref: ['email-addr'],
  to_refs: ['email-addr'],
  cc_refs: ['email-addr'],
  bcc_refs: ['email-addr'],
  raw_email_ref: ['artifact'],
  body_raw_ref: ['artifact', 'file'],
  parent_directory_ref: ['directory'],
  contains_refs: [],
  content_ref: ['artifact'],
  creator_user_ref: ['user-account'],
  image_ref: ['file'],
  parent_ref: ['process'],
  child_refs: ['process'],
  opened_connection_refs: ['network-traffic'],
};
const NOT_RELATABLE: ReadonlySet<string> = new Set(['relationship', 'sighting', 'bundle', 'marking-definition', 'language-content']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typeOfId(id: string): string {
  return id.slice(0, Math.max(0, id.indexOf('--')));
}

export function isWellFormedId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

class Problems {
  readonly list: ExchangeProblem[] = [];
  add(path: readonly PathSegment[], message: string): void {
    if (this.list.length < MAX_RULE_PROBLEMS) this.list.push({ path: jsonPath(path), message });
  }
}

/** Checks the bundle's envelope and every object; an empty list means the rules hold. */
export function checkBundleRules(value: unknown): readonly ExchangeProblem[] {
  const problems = new Problems();
  if (!isRecord(value) || value.type !== 'bundle') {
    problems.add([], 'not a STIX bundle: the top level must be an object whose type is "bundle"');
    return problems.list;
  }
  if (typeof value.id !== 'string' || !ID_PATTERN.test(value.id) || typeOfId(value.id) !== 'bundle') {
    problems.add(['id'], 'must be "bundle--" and a UUIDv4 or v5');
  }
  if (value.objects === undefined) return problems.list;
  if (!Array.isArray(value.objects)) {
    problems.add(['objects'], 'must be a list of STIX objects');
    return problems.list;
  }
  const objects: unknown[] = value.objects;
  const typesById = new Map<string, string>();
  for (const object of objects) if (isRecord(object) && typeof object.id === 'string' && typeof object.type === 'string') typesById.set(object.id, object.type);
  objects.forEach((object, index) => checkObject(object, ['objects', index], typesById, problems));
  return problems.list;
}

/** The rules for one object shared on its own, outside a bundle: its references cannot be resolved. */
export function checkStandaloneObjectRules(value: unknown): readonly ExchangeProblem[] {
  const problems = new Problems();
  checkObject(value, [], null, problems);
  return problems.list;
}

function checkObject(object: unknown, path: readonly PathSegment[], typesById: ReadonlyMap<string, string> | null, problems: Problems): void {
  if (!isRecord(object)) {
    problems.add(path, 'must be a STIX object');
    return;
  }
  const { type, id, created, modified } = object;
  if (typeof type !== 'string' || type.length < 3) problems.add([...path, 'type'], 'must name the object type');
  if (!isWellFormedId(id)) problems.add([...path, 'id'], 'must be the object type, "--" and a UUIDv4 or v5');
  else if (typeOfId(id) !== type) problems.add([...path, 'id'], `must start with its type "${String(type)}--"`);
  for (const [name, stamp] of [['created', created], ['modified', modified]] as const) {
    if (stamp !== undefined && (typeof stamp !== 'string' || !TIMESTAMP.test(stamp))) problems.add([...path, name], 'must be an RFC 3339 timestamp in UTC (…Z)');
  }
  if (typeof created === 'string' && typeof modified === 'string' && Date.parse(modified) < Date.parse(created)) {
    problems.add([...path, 'modified'], `must not be before created (${created})`);
  }
  checkReferences(object, path, typesById, problems);
  if (type === 'relationship') {
    for (const end of ['source_ref', 'target_ref'] as const) {
      const target = object[end];
      if (typeof target === 'string' && NOT_RELATABLE.has(typeOfId(target))) problems.add([...path, end], `a relationship cannot point to a ${typeOfId(target)}`);
    }
  }
}

/** Walks the object (extensions and granular markings included) for every reference property. */
function checkReferences(value: unknown, path: readonly PathSegment[], typesById: ReadonlyMap<string, string> | null, problems: Problems): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkReferences(item, [...path, index], typesById, problems));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key.endsWith('_ref') && typeof inner === 'string') checkReference(key, inner, [...path, key], typesById, problems);
    else if (key.endsWith('_refs') && Array.isArray(inner)) {
      inner.forEach((ref, index) => {
        if (typeof ref === 'string') checkReference(key, ref, [...path, key, index], typesById, problems);
        else problems.add([...path, key, index], 'must be a STIX identifier');
      });
    } else if (typeof inner === 'object') checkReferences(inner, [...path, key], typesById, problems);
  }
}

function checkReference(key: string, ref: string, path: readonly PathSegment[], typesById: ReadonlyMap<string, string> | null, problems: Problems): void {
  if (!isWellFormedId(ref)) {
    problems.add(path, 'must be a STIX identifier (type--UUIDv4/v5)');
    return;
  }
  // A lone object (not in a bundle) has nothing to resolve against: only the form is checked.
  if (typesById === null) return;
  const type = typesById.get(ref) ?? (FREE_STANDING_TYPES.has(typeOfId(ref)) ? typeOfId(ref) : undefined);
  if (type === undefined) {
    problems.add(path, `names ${ref}, which is not in the bundle`);
    return;
  }
  const allowed = ALLOWED_TARGETS[key];
  if (allowed && allowed.length > 0 && !allowed.includes(type)) problems.add(path, `must name ${allowed.join(' or ')}, not ${type}`);
}
