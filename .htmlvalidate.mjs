// html-validate configuration for the built site (checked by `npm run check:site` and `npm test`).
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A claim page's <title> is the claim's neutral restatement, which the content model allows
    // up to 120 characters; cutting it to 70 would truncate the claim mid-sentence in tabs and
    // bookmarks. Search engines truncate long titles on their own.
    'long-title': 'off',
  },
};
