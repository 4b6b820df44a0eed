// Renderer entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prepareViewsWorker } from './workers/viewsClient';
import './ui/theme.css';
import './ui/layout.css';
import './ui/annotations.css';
import './commands/commands.css';

// Before the first render: the views worker's few reads for the Claims and Actors tabs' first
// answers then reach IndexedDB ahead of the library list's counts and the search worker's reads,
// which keep it busy for seconds on a large library (requests are served one at a time).
prepareViewsWorker();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
