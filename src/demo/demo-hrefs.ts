/** The app's addresses the demo panel sends the designer to (the app owns its routes). */
export interface DemoHrefs {
  home: string;
  mypage: string;
}
