import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { apolloClient } from './core/apollo';
import { AppNotifications } from './ui/AppNotifications';
import { AppErrorBoundary } from './ui/RouteErrorBoundary';
import { cssVariablesResolver, theme } from './ui/theme';

// The server's per-response nonce for <style> elements (the page has no inline script; see the CSP header).
const styleNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

const root = createRoot(container);
// As a transition, the first render yields to the browser every few milliseconds instead of holding the main thread
// until the whole shell is built; the loading state in index.html stays until it commits.
startTransition(() => {
  root.render(
    <StrictMode>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        getStyleNonce={() => styleNonce}
      >
        <AppNotifications />
        <AppErrorBoundary>
          <ApolloProvider client={apolloClient}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </ApolloProvider>
        </AppErrorBoundary>
      </MantineProvider>
    </StrictMode>,
  );
});
