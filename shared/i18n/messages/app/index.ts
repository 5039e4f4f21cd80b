import type { AreaMessages } from '../../areaMessages';
import en from './en.json';
import hr from './hr.json';
import hu from './hu.json';
import nb from './nb.json';
import zhHans from './zh-Hans.json';

/** The app shell (renderer/App.tsx, renderer/app): loading, connection problems, About, leaving with unsaved work. */
const app: AreaMessages<typeof en> = { en, nb, hr, hu, 'zh-Hans': zhHans };
export default app;
