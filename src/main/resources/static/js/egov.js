// egov-province: small page behaviour shared by every page. No inline scripts (the CSP forbids them).
(function () {
    'use strict';
    function meta(name) {
        const element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.content : null;
    }
    // htmx requests carry the CSRF token like forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        const header = meta('csrf-header');
        const token = meta('csrf-token');
        if (header && token) {
            event.detail.headers[header] = token;
        }
    });
    // A 400 answer is a page that says what to correct (e.g. a search too long): where a region asks for it, htmx
    // shows it instead of ignoring it as an error.
    document.addEventListener('htmx:beforeSwap', function (event) {
        const target = event.detail.target;
        if (event.detail.xhr.status === 400 && target && target.closest('[data-swap-on-400]')) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });
    // "Print" buttons (no inline onclick: the CSP forbids it)
    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) {
            window.print();
        }
    });
    window.egov = { meta: meta };
})();
