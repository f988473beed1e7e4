import { ApiProblemError } from '../../api/api-errors';

/**
 * The API's field errors on a connection request, by form field: `config.baseUrl`
 * and `secrets.apiKey` are both the auth form's `baseUrl` / `apiKey`; `name` and
 * `connector` are the dialog's own fields.
 */
export function connectionFieldErrors(error: unknown): {
  form: Record<string, string>;
  name?: string;
  connector?: string;
} {
  const form: Record<string, string> = {};
  let name: string | undefined;
  let connector: string | undefined;
  if (!(error instanceof ApiProblemError)) return { form };
  for (const fieldError of error.problem.errors ?? []) {
    const path = fieldError.path ?? '';
    if (path === 'name') name = fieldError.message;
    else if (path === 'connector') connector = fieldError.message;
    else {
      const field = path.replace(/^(config|secrets)\.?/, '');
      form[field] = form[field] ? `${form[field]}; ${fieldError.message}` : fieldError.message;
    }
  }
  return { form, ...(name ? { name } : {}), ...(connector ? { connector } : {}) };
}
