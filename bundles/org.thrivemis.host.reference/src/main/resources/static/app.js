// Progressive enhancement only: every page works without JavaScript. Loaded as a module from this
// server, so the Content-Security-Policy (default-src 'self') allows it and no inline script is needed.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()
