// Checks every IPC call before it reaches a handler: the calling frame must be our own top-level
// page, and the arguments must be plain data matching the shared zod schema.
import type { z } from 'zod';
import { isAppUrl } from './appUrl';

/** The parts of an Electron sender frame we look at; WebFrameMain fits it. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Keys that would rewrite prototypes if some later code merged the payload into an object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export class IpcRefusedError extends Error {
  override readonly name = 'IpcRefusedError';
}

/**
 * Refuses calls from anything but app://workbench's top-level frame: a page that got navigated
 * elsewhere, an iframe, or a frame already gone (null) must not reach the file system.
 */
export function assertTrustedSender(channel: string, frame: SenderFrame | null | undefined): void {
  if (frame === null || frame === undefined) {
    throw new IpcRefusedError(`${channel}: refused, the calling frame no longer exists`);
  }
  if (!isAppUrl(frame.url)) {
    throw new IpcRefusedError(`${channel}: refused, the caller is not the Dossier Workbench page`);
  }
  if (frame.parent !== null) {
    throw new IpcRefusedError(`${channel}: refused, only the top-level page may call the host`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * zod reads inherited properties and accepts class instances, so first insist on a plain object
 * whose keys are all its own, none of them prototype-polluting.
 */
function assertPlainPayload(channel: string, payload: unknown): void {
  if (!isPlainObject(payload)) {
    throw new IpcRefusedError(`${channel}: refused, the request must be a plain object`);
  }
  for (const key of Reflect.ownKeys(payload)) {
    if (typeof key !== 'string') {
      throw new IpcRefusedError(`${channel}: refused, the request has a symbol key`);
    }
    if (FORBIDDEN_KEYS.has(key)) {
      throw new IpcRefusedError(`${channel}: refused, the request has the forbidden key ${JSON.stringify(key)}`);
    }
  }
  for (const key in payload) {
    if (!Object.hasOwn(payload, key)) {
      throw new IpcRefusedError(`${channel}: refused, the request has inherited properties`);
    }
  }
}

/** Parses a call's argument list: exactly one plain-object argument matching `schema`. */
export function parseRequest<Schema extends z.ZodType>(
  channel: string,
  schema: Schema,
  args: readonly unknown[],
): z.output<Schema> {
  if (args.length !== 1) {
    throw new IpcRefusedError(`${channel}: refused, expected one request argument, got ${args.length}`);
  }
  const payload = args[0];
  assertPlainPayload(channel, payload);
  const result = schema.safeParse(payload);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`)
      .join('; ');
    throw new IpcRefusedError(`${channel}: refused, invalid request (${problems})`);
  }
  return result.data;
}

/** For channels that take no argument: anything passed is a caller we do not recognise. */
export function assertNoArguments(channel: string, args: readonly unknown[]): void {
  if (args.length !== 0) {
    throw new IpcRefusedError(`${channel}: refused, expected no arguments, got ${args.length}`);
  }
}

/**
 * The shared schema allows `.` and `..` (no slashes), and names made only of dots or spaces that
 * Windows silently rewrites; as a suggested save name they would point the dialog at a folder.
 */
export function assertUsableFileName(channel: string, name: string): void {
  if (/^[. ]+$/.test(name) || /[. ]$/.test(name)) {
    throw new IpcRefusedError(`${channel}: refused, ${JSON.stringify(name)} is not a usable file name`);
  }
}
