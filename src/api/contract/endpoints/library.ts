import { define } from '../endpoint';
import { LibraryInfo } from '../library';

/** The library's profile: name, branches and the rules the app follows. */
export const libraryInfoEndpoints = {
  getLibrary: define({
    method: 'GET',
    path: '/library',
    summary: "The library's name, branches and rules, which the app follows instead of hard-coding one library",
    auth: 'public',
    response: LibraryInfo,
    errors: [],
  }),
};
