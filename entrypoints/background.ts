import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired in lib/background (see issues #3, #4, #5).
});
