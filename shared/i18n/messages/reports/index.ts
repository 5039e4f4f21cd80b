import type { AreaMessages } from '../../areaMessages';
import en from './en.json';
import hr from './hr.json';
import hu from './hu.json';
import nb from './nb.json';
import zhHans from './zh-Hans.json';

/** The Reports tab (renderer/reports). */
const reports: AreaMessages<typeof en> = { en, nb, hr, hu, 'zh-Hans': zhHans };
export default reports;
