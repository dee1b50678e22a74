import type { Strings } from '../../strings';
import type { home as ja } from '../ja/home';

export const home: Strings<typeof ja> = {
  title: 'Welcome',
  titleOf: 'Welcome to {{library}}',
  lead: "This is {{library}}'s patron page. Log in ({{card}} and password) to see your reservations and loans.",
  cardNumber: 'card number',
  toMypage: 'Go to My page',
  toLogin: 'Log in',
  searchHeading: 'Search the catalogue',
  searchLabel: 'Catalogue search',
  advancedSearch: 'Advanced search',
  patronHeading: 'Your library account',
  pagesHeading: 'About the library',
  highlights: {
    heading: 'From the collection',
    newArrivals: 'New arrivals',
    loans: 'Most borrowed',
    reservations: 'Most reserved',
    more: 'More: {{what}}',
    empty: 'Nothing yet.',
  },
};
