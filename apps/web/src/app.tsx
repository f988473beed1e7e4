import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ApiProblemError, ApiUnreachableError } from './api/api-errors';
import { AppLayout } from './components/app-layout';
import { FlowsPage } from './pages/flows.page';
import { NotFoundPage } from './pages/not-found.page';
import { RunDetailPage } from './pages/run-detail.page';
import { RunsPage } from './pages/runs.page';

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
          <Route element={<AppLayout />}>
            <Route index element={<FlowsPage />} />
            <Route path="runs" element={<RunsPage />} />
            <Route path="runs/:id" element={<RunDetailPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
