import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect, isDesktopWindow, setLeaving } from './api';
import { App } from './App';
import { ConnectionScreen } from './app/ConnectionScreen';
import { installLeaveGuard } from './app/leaveGuard';
import { I18nProvider } from './i18n/I18nProvider';
import './styles/base.css';
import './styles/controls.css';
import './styles/widgets.css';
import './styles/dialog.css';
import './styles/welcome.css';
import './styles/study.css';
import './styles/table.css';
import './styles/grid.css';
import './styles/import.css';

const root = createRoot(document.getElementById('root')!);
// Decide the transport before the first render: without a token there is nothing to show but help.
const problem = connect();
// Closing the window or tab writes unsaved notes first (flushers.ts).
if (!problem) installLeaveGuard(window, { closesItself: isDesktopWindow(), onLeaving: setLeaving });
root.render(
  <StrictMode>
    <I18nProvider connected={!problem}>{problem ? <ConnectionScreen problem={problem} /> : <App />}</I18nProvider>
  </StrictMode>,
);
