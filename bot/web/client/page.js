/* The privacy and help pages: the quick exit only. */
import { startQuickExit } from './quickExit.js';

startQuickExit();
