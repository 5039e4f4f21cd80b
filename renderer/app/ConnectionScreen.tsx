import type { ConnectionProblem } from '../api';

/** Shown instead of the app when browser mode has no valid access token. */
export function ConnectionScreen({ problem }: { problem: ConnectionProblem }) {
  return (
    <main className="connection-screen">
      <div className="connection-card">
        <h1>Verbatim can’t reach its data yet</h1>
        {problem === 'missing-token' ? (
          <p>This page was opened without its access key. Every launch of Verbatim in the browser prints its own address.</p>
        ) : (
          <p>The access key of this page is no longer valid, probably because Verbatim was restarted.</p>
        )}
        <p>
          Open the address printed by <code>npm run serve</code> in the terminal. It looks like{' '}
          <code>http://127.0.0.1:PORT/#token=…</code>
        </p>
      </div>
    </main>
  );
}
