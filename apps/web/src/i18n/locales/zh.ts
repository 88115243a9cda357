import { bundle } from './bundle.js';

/** Every Chinese namespace, in one chunk loaded only when Chinese is shown. */
export default bundle(import.meta.glob('./zh/*.json', { eager: true }));
