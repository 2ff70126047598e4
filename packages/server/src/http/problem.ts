/** One field that failed validation, as named in a 422 problem document. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error that becomes an RFC 9457 problem document. Throw it from a route;
 * the app's error handler writes the response.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    title: string,
    detail?: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** Builds the problem document body for `error` at `instance`. */
export function problemBody(error: HttpError, instance: string) {
  return {
    type: 'about:blank',
    title: error.title,
    status: error.status,
    detail: error.message,
    instance,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

/** 400: the request is malformed. */
export const badRequest = (detail: string) =>
  new HttpError(400, 'Bad Request', detail);

/** 401: the caller must sign in. */
export const unauthorized = (detail = 'Sign in to do this.') =>
  new HttpError(401, 'Unauthorized', detail, {
    headers: { 'WWW-Authenticate': 'Bearer' },
  });

/** 403: signed in, but not allowed. */
export const forbidden = (detail: string) =>
  new HttpError(403, 'Forbidden', detail);

/** 404: nothing with that id. */
export const notFound = (detail: string) =>
  new HttpError(404, 'Not Found', detail);

/** 409: the request conflicts with the current state. */
export const conflict = (detail: string) =>
  new HttpError(409, 'Conflict', detail);
