// Puts generated records straight into the workbench's IndexedDB (after the app has created
// it), the way a long-used library would hold them; the page is reloaded afterwards so every
// live query starts from the stored data.
import type { Page } from '@playwright/test';
import type { Annotation, Source } from '../../../shared/model';

export interface SeedRecords {
  readonly sources: readonly Source[];
  readonly annotations: readonly Annotation[];
}

export async function seedLibrary(page: Page, records: SeedRecords): Promise<void> {
  await page.evaluate(async ({ sources, annotations }) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction(['sources', 'sourceTexts', 'annotations'], 'readwrite');
      for (const { text, ...record } of sources) {
        transaction.objectStore('sources').put(record);
        transaction.objectStore('sourceTexts').put({ id: record.id, text });
      }
      for (const annotation of annotations) transaction.objectStore('annotations').put(annotation);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, records);
}
