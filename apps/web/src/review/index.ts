export { declineReasons } from './decline-reasons';
export { BackToQueue, ReviewPanel } from './review-panel';
