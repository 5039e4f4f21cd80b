import http from 'node:http';

/** A raw upload to browser mode's `PUT /api/upload`, streamed in `chunks` (no Content-Length, so the server must count). */
export function uploadTo(
  server: { port: number; token: string },
  query: string,
  chunks: Buffer[],
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { ok: boolean; value?: { fileId: string; name: string; size: number }; error?: { code: string; message: string } };
}> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'PUT',
        path: `/api/upload?${query}`,
        headers: {
          host: `127.0.0.1:${server.port}`,
          authorization: `Bearer ${server.token}`,
          'content-type': 'application/octet-stream',
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}
