import { FormattedMessage } from 'react-intl';
import type { ConnectionProblem } from '../api';
import { useT } from '../i18n/useT';

/** Shown instead of the app when browser mode has no valid access token. */
export function ConnectionScreen({ problem }: { problem: ConnectionProblem }) {
  const { t } = useT();
  return (
    <main className="connection-screen">
      <div className="connection-card">
        <h1>{t('app.connectionTitle')}</h1>
        <p>{problem === 'missing-token' ? t('app.connectionMissingToken') : t('app.connectionExpiredToken')}</p>
        <p>
          <FormattedMessage
            id="app.connectionHowTo"
            values={{
              command: <code translate="no">npm run serve</code>,
              example: <code translate="no">http://127.0.0.1:PORT/#token=…</code>,
            }}
          />
        </p>
      </div>
    </main>
  );
}
