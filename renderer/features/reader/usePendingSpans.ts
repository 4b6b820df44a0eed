// Highlights for tags on their way to storage: painted on the key press, so tagging feels
// instant, and dropped once the stored annotation covers the same passage (or, should storing
// fail, shortly after the attempt ends).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnnotationKind } from '../../../shared/model';
import type { PaintedSpan } from './highlightPainter';

interface PendingSpan extends PaintedSpan {
  readonly settled: boolean;
}

export interface PendingSpans {
  /** The stored spans with the pending ones merged in, sorted by start. */
  readonly withPending: readonly PaintedSpan[];
  /** Paints a pending span; call the returned function when the store attempt has ended. */
  readonly add: (span: { readonly kind: AnnotationKind; readonly start: number; readonly end: number }) => () => void;
}

/** A failed tag's pending highlight goes after this; a stored one is replaced well before. */
const SETTLED_LIFETIME_MS = 2000;
let nextPendingId = 0;

function covers(stored: PaintedSpan, pending: PaintedSpan): boolean {
  // Storing may widen a passage to whole code points, never narrow it.
  return stored.kind === pending.kind && stored.start <= pending.start && stored.end >= pending.end && stored.end - stored.start <= pending.end - pending.start + 2;
}

export function usePendingSpans(stored: readonly PaintedSpan[]): PendingSpans {
  const [pending, setPending] = useState<readonly PendingSpan[]>([]);

  // Drop pending spans whose annotation has arrived from storage.
  const visible = useMemo(
    () => pending.filter((p) => !(p.settled && stored.some((s) => covers(s, p)))),
    [pending, stored],
  );
  useEffect(() => {
    if (visible.length !== pending.length) setPending(visible);
  }, [visible, pending]);

  const add = useCallback<PendingSpans['add']>(({ kind, start, end }) => {
    nextPendingId += 1;
    const id = `pending-${nextPendingId}`;
    setPending((current) => [...current, { id, kind, start, end, settled: false }]);
    return () => {
      setPending((current) => current.map((p) => (p.id === id ? { ...p, settled: true } : p)));
      setTimeout(() => setPending((current) => current.filter((p) => p.id !== id)), SETTLED_LIFETIME_MS);
    };
  }, []);

  const withPending = useMemo(
    () => (visible.length === 0 ? stored : [...stored, ...visible].sort((a, b) => a.start - b.start)),
    [stored, visible],
  );
  return useMemo(() => ({ withPending, add }), [withPending, add]);
}
