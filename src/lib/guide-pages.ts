/** The guide's own pages, in the order the sidebar lists them; each is also a published URL. */
export const GUIDE_PAGES = [
	{ label: 'All questions', path: '/' },
	{ label: 'Topics', path: '/topics/' },
	{ label: 'Concepts', path: '/concepts/' },
	{ label: 'Quiz', path: '/quiz/' },
	{ label: 'Review', path: '/review/' },
	{ label: 'How to use this guide', path: '/how-to-study/' },
] as const;

/** The guide's name: the site title, and the name of its Anki deck. */
export const GUIDE_TITLE = 'Interview Study Guide';
