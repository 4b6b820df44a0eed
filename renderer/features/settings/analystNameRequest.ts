// Asks the name prompt to show again (at the first annotation or export while the analyst's name
// is still empty), from wherever that happens, without threading a callback through every view.
const EVENT = 'dossier-workbench:ask-analyst-name';

export function requestAnalystName(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onAnalystNameRequest(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
