import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.garbo = 'active';
  },
});
