/**
 * Where the reader's study progress is stored in the browser: one versioned key. A module of its
 * own so that the code every page loads can look for saved progress without bundling the rules.
 */
export const STORAGE_KEY = 'interview-study-guide/progress/v1';
