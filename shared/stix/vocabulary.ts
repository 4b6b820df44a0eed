// The fixed points of the workbench's STIX 2.1 mapping (docs/stix.md): the id namespace, the
// extension that carries what STIX has no property for, and the Admiralty ↔ confidence scales.
import type { Credibility } from '../model/annotation';

export const STIX_SPEC_VERSION = '2.1';
export const STIX_EXTENSION = '.json';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** Namespace of every UUIDv5 this app derives from its own record ids. Never change it: ids would move. */
export const WORKBENCH_NAMESPACE = '87f767ce-30da-4cc3-a6db-231a1e8443e5';

/** The property extension holding source reliability and the other workbench fields. */
export const EXTENSION_ID = 'extension-definition--2e6cbc04-5805-455b-9d48-739424006634';
/** The identity that declares the extension: the application itself. */
export const WORKBENCH_IDENTITY_ID = 'identity--9febf01b-648a-4af9-9128-cdeb2322e344';
/** Creation time of the two constant objects above; constant so re-exports do not version them. */
export const WORKBENCH_EPOCH = '2026-01-01T00:00:00.000Z';

/** What a workbench object was in the library: the extension's `role`. */
export type WorkbenchRole = 'source' | 'annotation' | 'link' | 'dossier' | 'narrative' | 'party' | 'analyst';

/** STIX Part 1, Appendix A: Admiralty Credibility → confidence; 6 ("cannot be judged") has none. */
const CONFIDENCE_BY_CREDIBILITY: Readonly<Record<Credibility, number | null>> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: null };

export function confidenceOf(credibility: Credibility | null): number | null {
  return credibility === null ? null : CONFIDENCE_BY_CREDIBILITY[credibility];
}

/** The same appendix's way back: 0–19 → 5, 20–39 → 4, 40–59 → 3, 60–79 → 2, 80–100 → 1. */
export function credibilityOf(confidence: number): Credibility {
  if (confidence >= 80) return 1;
  if (confidence >= 60) return 2;
  if (confidence >= 40) return 3;
  if (confidence >= 20) return 4;
  return 5;
}

/** A STIX object as JSON: only `type` and `id` are known to every reader. */
export type StixObject = Readonly<Record<string, unknown>> & { readonly type: string; readonly id: string };

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}
