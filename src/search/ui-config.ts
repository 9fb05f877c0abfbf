/** Replaces Starlight's `virtual:starlight/pagefind-config`: the options its Search hands to Pagefind's UI. */
import { searchOptions } from './options.ts';
import './label-search-input.ts';

export const pagefindUserConfig = searchOptions(import.meta.env.BASE_URL);
