// Words and small formatting shared by every view of annotations.
import type { CommandId } from '../../../shared/commands';
import type { AnnotationKind, LinkType } from '../../../shared/model';

export const KIND_LABELS: Readonly<Record<AnnotationKind, string>> = { claim: 'Claim', denial: 'Denial', action: 'Action' };

/** The registry command that tags the reader's selection as each kind (keys C, D, A). */
export const TAG_COMMANDS: Readonly<Record<AnnotationKind, CommandId>> = { claim: 'annotate.claim', denial: 'annotate.denial', action: 'annotate.action' };

export const LINK_LABELS: Readonly<Record<LinkType, { readonly outgoing: string; readonly incoming: string }>> = {
  denies: { outgoing: 'denies', incoming: 'denied by' },
  supports: { outgoing: 'supports', incoming: 'supported by' },
  'responds-to': { outgoing: 'responds to', incoming: 'answered by' },
  contradicts: { outgoing: 'contradicts', incoming: 'contradicted by' },
};

export function shortQuote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
