import { maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';

/** The status, title and detail Node's parser error maps to. */
function describe(code: string | undefined): [number, string, string] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [
        431,
        'Request Header Fields Too Large',
        `The request line and headers together must stay under ${maxHeaderSize} bytes.`,
      ];
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [
        413,
        'Content Too Large',
        'The chunk extensions of the request body are too large.',
      ];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [
        408,
        'Request Timeout',
        'The request did not arrive in full in time.',
      ];
    default:
      return [
        400,
        'Bad Request',
        `The request is not valid HTTP/1.1${code ? ` (${code})` : ''}; a body longer than its Content-Length is one cause.`,
      ];
  }
}

/**
 * The raw HTTP/1.1 answer, a problem document, for a request Node's parser
 * refused with `error`. The connection closes after it, as the parser can
 * no longer tell where the next request would start.
 *
 * @param error - The error of the server's `clientError` event.
 * @return The bytes to write to the socket.
 */
export function clientErrorResponse(error: Error & { code?: string }): Buffer {
  const [status, title, detail] = describe(error.code);
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  return Buffer.from(
    [
      `HTTP/1.1 ${status} ${title}`,
      'Content-Type: application/problem+json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Cache-Control: no-store',
      'X-Content-Type-Options: nosniff',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

/**
 * Listener for the Node server's `clientError` event: answers a request the
 * HTTP parser refused (headers too large, malformed bytes, a body longer
 * than its Content-Length, a timeout) with a problem document instead of
 * an empty body, then closes the connection. Writes nothing when the socket
 * is gone or an answer on it has already started, so no reply is corrupted.
 *
 * `startServer()` attaches it; a host that serves `createApp()` itself
 * attaches it as `server.on('clientError', answerClientError)`.
 *
 * @param error - What the parser refused.
 * @param socket - The client's connection.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Duplex,
): void {
  // Node keeps the answer in progress on the socket; its headers going out
  // means raw bytes now would land inside that answer.
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })
    ._httpMessage;
  if (
    error.code === 'ECONNRESET' ||
    !socket.writable ||
    inFlight?.headersSent
  ) {
    socket.destroy();
    return;
  }
  // A client that never reads would keep the socket open; it gets a while.
  const timer = setTimeout(() => socket.destroy(), 10_000);
  timer.unref();
  socket.end(clientErrorResponse(error), () => {
    clearTimeout(timer);
    socket.destroy();
  });
}
