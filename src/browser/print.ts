/** Printing shows every answer: open all tiers before printing, and close again what was closed. */
let closedBeforePrint: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
	closedBeforePrint = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
	for (const details of closedBeforePrint) details.open = true;
});
addEventListener('afterprint', () => {
	for (const details of closedBeforePrint) details.open = false;
	closedBeforePrint = [];
});
