import { bundle } from './bundle.js';

/** Every English namespace, in one chunk loaded only when English is shown. */
export default bundle(import.meta.glob('./en/*.json', { eager: true }));
