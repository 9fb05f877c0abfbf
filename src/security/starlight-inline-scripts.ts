/**
 * Hashes of the inline scripts Starlight writes into every page. Astro's CSP hashes the scripts it
 * bundles but not `is:inline` ones, so they are listed here. The quality gate in
 * tests/e2e/quality-gates.test.ts names any inline script in the build that is not covered, with
 * its hash, so that a Starlight upgrade that changes one is caught rather than silently blocked.
 */
export const STARLIGHT_INLINE_SCRIPT_HASHES = [
	// ThemeProvider: reads the stored theme before first paint.
	'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	// Search: opens the search dialog from its button.
	'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
	// ThemeSelect: syncs the theme pickers.
	'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	// SidebarRestorePoint / SidebarPersister: restore the sidebar's open groups and scroll.
	'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
] as const;
