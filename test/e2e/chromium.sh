#!/usr/bin/env bash
# Debian's Chromium for Playwright (playwright.config.ts: executablePath), with the features the
# tests never use turned off. Chromium reads only the last --disable-features it is given, so this
# merges Playwright's own list with ours into one instead of replacing it.
#
# Ours: the omnibox popup WebUI. Chromium 156 runs the full browser headless, and each window
# keeps a renderer for that popup (chrome://omnibox-popup.top-chrome/) busy at 25-30 % of a core:
# measured on login.spec.ts and cart.spec.ts, 12 % of the suite's CPU time.
features="WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup"
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) features="${arg#--disable-features=},$features" ;;
    *) args+=("$arg") ;;
  esac
done
exec "${CHROMIUM:-/usr/bin/chromium}" "${args[@]}" "--disable-features=$features"
