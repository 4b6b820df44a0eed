// Analyst settings, kept as one record in the settings table.
import { z } from 'zod';

export const PERSISTENCE_STATES = ['unknown', 'granted', 'denied', 'unsupported'] as const;

export const settingsSchema = z.object({
  analystName: z.string().max(200),
  storagePersistence: z.enum(PERSISTENCE_STATES),
});
export type Settings = Readonly<z.infer<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = { analystName: '', storagePersistence: 'unknown' };
