// The Dossier record: the analyst's product, an ordered list of passages and narrative sections.
import { z } from 'zod';

export const DOSSIER_VIEW_KINDS = ['claims', 'timeline'] as const;
export type DossierViewKind = (typeof DOSSIER_VIEW_KINDS)[number];

export const dossierItemSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('passage'),
    id: z.string().min(1),
    annotationId: z.string().min(1),
    commentary: z.string().max(100_000),
  }),
  z.object({
    type: z.literal('narrative'),
    id: z.string().min(1),
    /** Lexical editor state as JSON. */
    content: z.string().max(1_000_000),
    contentText: z.string().max(1_000_000),
  }),
  // A cross-article view as a section: the claims table or the timeline for the filter it was
  // added with, computed from the library when shown or printed (docs/exchange-format.md).
  z.object({
    type: z.literal('view'),
    id: z.string().min(1),
    view: z.enum(DOSSIER_VIEW_KINDS),
    title: z.string().max(500),
    /** The view's filter, field by field (shared/claims/claimFilter.ts, shared/timeline/timelineEvents.ts). */
    filter: z.record(z.string().max(50), z.string().max(500)),
  }),
]);
export type DossierItem = Readonly<z.infer<typeof dossierItemSchema>>;

export const dossierSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(500),
  subtitle: z.string().max(500),
  author: z.string().max(500),
  handling: z.string().max(500),
  summary: z.string().max(100_000),
  items: z.array(dossierItemSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Dossier = Readonly<z.infer<typeof dossierSchema>>;
