/**
 * The guide's one script, on every page (the sidebar, which every page has, loads it), so that a
 * page makes a single request for the guide's own code. Each part is a delegated handler or a
 * check that finds nothing to do on pages without its controls; what only some readers use (the
 * progress code, the quiz, the shortcuts dialog, the copy fallbacks) loads on first use.
 */
import './open-tier-for-hash.ts';
import './copy-links.ts';
import './progress-loader.ts';
import './quiz-launcher.ts';
import './shortcuts.ts';
import './study-first.ts';
import './print.ts';

// The study tools need this script; they stay hidden (keeping their place) until it runs.
for (const bar of document.querySelectorAll<HTMLElement>('.study-bar')) bar.hidden = false;
