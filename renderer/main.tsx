// Renderer entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prepareViewsWorker } from './workers/viewsClient';
import './ui/theme.css';
import './ui/layout.css';
import './ui/annotations.css';
import './commands/commands.css';

// Before the first render: the views worker starts and takes in the Claims and Actors tabs' first
// answers (a file kept between sessions, else a few reads by index) while the library list and the
// search worker begin their long reads of IndexedDB, behind which a first visit used to wait.
prepareViewsWorker();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
