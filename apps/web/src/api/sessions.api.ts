import { apiGet, apiSend, type ApiSchema } from './api-client';

export type Session = ApiSchema<'Session'>;
export type SetupRequest = ApiSchema<'SetupRequest'>;
export type SessionCreateRequest = ApiSchema<'SessionCreateRequest'>;

/** The signed-in session of the cookie; 401 when nobody is signed in. */
export function getCurrentSession(signal?: AbortSignal): Promise<Session> {
  return apiGet('/v1/sessions/current', signal ? { signal } : {});
}

/** Whether first-run setup is still to do (no user exists yet). Public. */
export function getSetupStatus(signal?: AbortSignal): Promise<ApiSchema<'SetupStatus'>> {
  return apiGet('/v1/setup', signal ? { signal } : {});
}

/** Signs in: the API sets the session cookie. 401 `invalid_login` for a wrong e-mail or password. */
export function signIn(request: SessionCreateRequest): Promise<Session> {
  return apiSend('post', '/v1/sessions', { body: request });
}

/** First run: creates the admin user and signs them in. 409 once a user exists. */
export function setUpFirstAdmin(request: SetupRequest): Promise<Session> {
  return apiSend('post', '/v1/setup', { body: request });
}

/** Signs out: ends the session and clears the cookie. */
export function signOut(): Promise<undefined> {
  return apiSend('delete', '/v1/sessions/current');
}
