import { ApiContractError, ApiProblemError, ApiUnreachableError } from '../api/api-errors';

/**
 * Shows why a request failed: the API's problem document (title, detail,
 * field errors), a friendly hint when the API cannot be reached, or the raw
 * message for anything unexpected.
 */
export function ErrorBanner({ error }: { error: unknown }) {
  if (error instanceof ApiUnreachableError) {
    return (
      <div className="banner banner-offline" role="alert">
        <strong className="banner-title">Cannot reach the Tributary API</strong>
        <p>
          The server did not answer. Check that it is running (<code>npm start</code>) and that <code>/ready</code>{' '}
          answers; this page retries by itself.
        </p>
      </div>
    );
  }
  if (error instanceof ApiProblemError) {
    const { title, detail, status, errors } = error.problem;
    return (
      <div className="banner banner-problem" role="alert">
        <strong className="banner-title">{title}</strong>
        {status !== undefined && <span className="banner-status">HTTP {status}</span>}
        {detail && <p>{detail}</p>}
        {errors && errors.length > 0 && (
          <ul className="banner-errors">
            {errors.map((fieldError, index) => (
              <li key={`${fieldError.path}-${index}`}>
                <code>{fieldError.path || '(request)'}</code> {fieldError.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (error instanceof ApiContractError) {
    return (
      <div className="banner banner-problem" role="alert">
        <strong className="banner-title">The API answered in an unexpected shape</strong>
        <p>The UI and the API are probably at different versions.</p>
        <ul className="banner-errors">
          {error.issues.slice(0, 5).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="banner banner-problem" role="alert">
      <strong className="banner-title">Something went wrong</strong>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </div>
  );
}
