import { Initial1764162000000 } from './1764162000000-initial';

/** In order of application; listed as classes because the apps are bundled. */
export const migrations = [Initial1764162000000];
