import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PlainCrashScreen } from './components/errors/CrashScreen';
import { ErrorBoundary } from './components/errors/ErrorBoundary';

const root = document.getElementById('root');
if (!root) throw new Error('numbase: #root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary fallback={(error) => <PlainCrashScreen error={error} />}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
