import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ApiProblemError, ApiUnreachableError } from './api/api-errors';
import { AppLayout } from './components/app-layout';
import { FlowsPage } from './pages/flows.page';
import { NotFoundPage } from './pages/not-found.page';
import { RunDetailPage } from './pages/run-detail.page';
import { RunsPage } from './pages/runs.page';
import { SessionGate } from './features/session/session-gate';
import { ConnectionsPage } from './pages/connections.page';
import { SetupPage } from './pages/setup.page';
import { SignInPage } from './pages/sign-in.page';

// The editor brings React Flow and CodeMirror; load them when a flow is opened, not with the flow list.
const FlowEditorPage = lazy(() =>
  import('./pages/flow-editor.page').then((module) => ({ default: module.FlowEditorPage })),
);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again, and an unreachable API is
        // retried by the pages' own polling; show either at once.
        retry: (failureCount, error) => {
          if (error instanceof ApiUnreachableError) return false;
          if (error instanceof ApiProblemError && (error.problem.status ?? 500) < 500) return false;
          return failureCount < 2;
        },
        staleTime: 1_000,
      },
    },
  });
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="setup" element={<SetupPage />} />
          <Route element={<SessionGate />}>
            <Route element={<AppLayout />}>
              <Route index element={<FlowsPage />} />
              <Route
                path="flows/:slug"
                element={
                  <Suspense fallback={<p className="muted">Loading the editor…</p>}>
                    <FlowEditorPage />
                  </Suspense>
                }
              />
              <Route path="runs" element={<RunsPage />} />
              <Route path="runs/:id" element={<RunDetailPage />} />
              <Route path="connections" element={<ConnectionsPage />} />
              <Route path="connections/:id" element={<ConnectionsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
