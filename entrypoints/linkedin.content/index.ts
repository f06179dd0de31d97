import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Field detection and the coaching panel are wired here (issue #4).
  },
});
