import type { Out } from '../../shared/ipc/contract';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';

export function AboutDialog({ info, onClose }: { info: Out<'app:info'> | null; onClose: () => void }) {
  const { t } = useT();
  return (
    <Dialog
      title={t('app.aboutTitle')}
      onClose={onClose}
      size="small"
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('app.aboutLede')}</p>
      {info && (
        <dl className="facts">
          <dt>{t('common.version')}</dt>
          <dd translate="no">{info.version}</dd>
          <dt>{t('app.aboutFormat')}</dt>
          <dd>{t('app.aboutSchema', { version: info.schemaVersion })}</dd>
          <dt>{t('app.aboutRunningAs')}</dt>
          <dd>{info.mode === 'electron' ? t('app.aboutDesktop') : t('app.aboutBrowser')}</dd>
          <dt>{t('common.studiesFolder')}</dt>
          <dd className="path" translate="no">
            {info.studiesDir}
          </dd>
        </dl>
      )}
    </Dialog>
  );
}
